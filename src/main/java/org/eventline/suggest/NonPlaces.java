package org.eventline.suggest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.places.PlaceMention;
import org.eventline.suggest.text.CapitalisedRuns;
import org.eventline.suggest.text.TextScan;

/**
 * Place names that, where they stand, are not where an event happened: a person's origin ("Ohio man
 * James Fields", "a Texas woman", "a resident of Antioch, Illinois"), a surname that is also a
 * small place ("Lam" after "Carrie Lam", "Rosselló" after "Ricardo Rosselló"), and a capital
 * standing for its government ("Kiev says", "Kiev forces", "... killed in separatist east: Kiev"),
 * and a place that names an institution or a title ("University of Cambridge", "Mayor of London").
 * One per article: surnames are learnt from the runs of capitalised words read so far, in text
 * order.
 */
final class NonPlaces {

  /** Words after a place name that make it someone's origin, not the event's place. */
  private static final Pattern ORIGIN =
      Pattern.compile(
          "\\s*(?:-born\\b|\\s(?:man|woman|men|women|native|natives|resident|residents|teen"
              + "|teens|teenager|teenagers|boy|girl|couple|family|gunman|shooter|suspect)\\b)");

  /**
   * An opening appositive before a place name that makes it someone's home: "A resident of Antioch,
   * Illinois, Rittenhouse ...". Not "killed 12 residents of Kajuru" or "A resident of Kajuru was
   * killed": there the place is the event's.
   */
  private static final Pattern ORIGIN_BEFORE =
      Pattern.compile(
          "(?i)^\\W*an?\\s+(?:[\\w-]+\\s+){0,2}(?:resident|native|citizen|inhabitant)\\s+of"
              + "\\s+(?:the\\s+)?$");

  /** After the home and its unit, the appositive ends and the person's name begins. */
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s*,\\s*\\p{Lu}");

  /** Words after a capital that make it its government: "Kiev says", "Kabul's forces". */
  private static final Pattern GOVERNMENT_AFTER =
      Pattern.compile(
          "(?:'s|’s)?\\s+(?:says|said|say|claims|claimed|accuses|accused|blames|blamed|denies"
              + "|denied|warns|warned|reports|reported|military|army|forces|troops|government"
              + "|authorities|officials|regime|loyalists)\\b"
              // only with the possessive: "Kiev's shelling" is Kiev's; "Kyiv shelling" may be on it
              + "|(?:'s|’s)\\s+(?:shelling|shellings|attacks?|snipers?|air ?strikes?|strikes?"
              + "|offensive|bombardments?|artillery|drones?|missiles?|rockets?|shells)\\b");

  /**
   * An attack named after a capital and placed at another town right after it: "Kiev shelling
   * <i>in</i> Donetsk", "Kyiv drone attack <i>on</i> Odesa". The capital's government acts; the
   * town that follows is where.
   */
  private static final Pattern ATTACK_ON_A_PLACE =
      Pattern.compile(
          "\\s+(?:\\p{L}+\\s+)?(?:shelling|shellings|attacks?|air ?strikes?|strikes?|offensive"
              + "|bombardments?|artillery fire|missile strikes?|drone attacks?|rocket attacks?)"
              + "\\s+(?:in|on|of|against)\\s+(?:the\\s+)?$");

  /** A source named at the end of a headline: "...: Kiev", "... - Kiev military". */
  private static final Pattern SOURCE_BEFORE = Pattern.compile("(?:[:|]|\\s[-–—])\\s*$");

  /**
   * An institution or a title named after a place: "University of Cambridge", "Mayor of London".
   */
  private static final Pattern INSTITUTION_BEFORE =
      Pattern.compile(
          "\\b(?:University|College|Bank|Museum|Institute|Academy|Archbishop|Bishop|Diocese|Duke"
              + "|Duchess|Earl|Prince|Princess|Mayor|Governor)\\s+of\\s+(?:the\\s+)?$");

  private final Set<String> surnames = new HashSet<>();

  /**
   * The sentence's place mentions without those that are not where an event happened; the
   * sentence's runs of capitalised words are learnt first.
   */
  List<PlaceMention> filter(String sentence, List<PlaceMention> found) {
    learn(sentence, found);
    Set<PlaceMention> homes = homes(sentence, found);
    return found.stream()
        .filter(m -> !homes.contains(m))
        .filter(m -> !origin(sentence, m))
        .filter(m -> !government(sentence, m) && !attackOnAnotherPlace(sentence, m, found))
        .filter(m -> !institution(sentence, m))
        .filter(m -> !(single(m) && surnames.contains(m.phrase())))
        .toList();
  }

  /**
   * Learns the surnames of a sentence's runs of capitalised words: every word but the first that no
   * place mention covers ("Lam" of "Carrie Lam", "Rosselló" and "Nevares" of "Ricardo Rosselló
   * Nevares", whose first surname is the one used alone).
   */
  private void learn(String sentence, List<PlaceMention> found) {
    // runs of two or more capitalised words: a person's full name among others
    for (CapitalisedRuns.Run run : CapitalisedRuns.of(sentence)) {
      Matcher word = WORD.matcher(sentence).region(run.start(), run.end());
      word.find(); // the first word: a given name or a title
      while (word.find()) {
        int at = word.start();
        if (found.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
          surnames.add(word.group());
        }
      }
    }
  }

  /** A word of a run of capitalised words. */
  private static final Pattern WORD = Pattern.compile("\\S+");

  /**
   * The places named as someone's home ("A resident of Antioch, Illinois, Rittenhouse is accused of
   * ..."), with the unit or country written after them.
   */
  private static Set<PlaceMention> homes(String sentence, List<PlaceMention> found) {
    Set<PlaceMention> homes = new HashSet<>();
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      if (!ORIGIN_BEFORE.matcher(sentence).region(0, m.start()).find()) {
        continue;
      }
      List<PlaceMention> home = new java.util.ArrayList<>(List.of(m));
      for (int j = i + 1; j < found.size(); j++) {
        PlaceMention next = found.get(j);
        boolean larger =
            next.level() == PlaceMention.Level.ADMIN1 || next.level() == PlaceMention.Level.COUNTRY;
        if (!larger
            || !sentence.substring(found.get(j - 1).end(), next.start()).strip().equals(",")) {
          break;
        }
        home.add(next);
      }
      int end = home.get(home.size() - 1).end();
      if (NAME_AFTER.matcher(sentence).region(end, sentence.length()).find()) {
        homes.addAll(home);
      }
    }
    return homes;
  }

  private static boolean origin(String sentence, PlaceMention m) {
    if (m.level() == PlaceMention.Level.DEMONYM) {
      return false;
    }
    Matcher after = ORIGIN.matcher(sentence);
    after.region(m.end(), sentence.length());
    return after.lookingAt();
  }

  private static boolean government(String sentence, PlaceMention m) {
    if (m.place() == null || !"PPLC".equals(m.place().featureCode())) {
      return false;
    }
    Matcher after = GOVERNMENT_AFTER.matcher(sentence);
    after.region(m.end(), sentence.length());
    return after.lookingAt() || SOURCE_BEFORE.matcher(sentence.substring(0, m.start())).find();
  }

  private static boolean attackOnAnotherPlace(
      String sentence, PlaceMention m, List<PlaceMention> found) {
    if (m.place() == null || !"PPLC".equals(m.place().featureCode())) {
      return false;
    }
    return found.stream()
        .filter(o -> o.start() > m.end() && o.start() - m.end() <= 60)
        .filter(o -> o.place() != null && !o.place().equals(m.place()))
        .findFirst()
        .map(o -> ATTACK_ON_A_PLACE.matcher(sentence.substring(m.end(), o.start())).matches())
        .orElse(false);
  }

  private static boolean institution(String sentence, PlaceMention m) {
    String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
    Matcher institution = INSTITUTION_BEFORE.matcher(before);
    // "attacked the University of Maiduguri", "at the University of X": the scene, a place
    return TextScan.endsWithAny(before, "of", "the")
        && institution.find()
        && !SCENE.matcher(before.substring(0, institution.start())).find();
  }

  /** Words before an institution that make it where an event happened. */
  private static final Pattern SCENE =
      Pattern.compile(
          "(?i)\\b(?:at|in|on|inside|near|outside|attacked|stormed|raided|bombed|struck|hit"
              + "|targeted|shelled)\\s+(?:the\\s+)?$");

  private static boolean single(PlaceMention m) {
    return m.level() != PlaceMention.Level.COUNTRY && !m.phrase().contains(" ");
  }
}
