package org.eventline.suggest.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.text.CalendarWords;

/**
 * What the actors of a sentence do in it, read from the words around them:
 *
 * <ul>
 *   <li>a <b>source</b>, the police or officials, only speaks of the event or responds to it
 *       ("Police said ...", "according to county police", "police in Clairton, Pennsylvania,
 *       responded to multiple reports of a shooting"): it is not one of its actors, and its words
 *       do not make a shooting a battle. A source that speaks of itself as acting ("police said
 *       they arrested ...") stays an actor, and so does an army that reports a fight.
 *   <li>a <b>victim</b> is the subject of a passive verb of violence ("A police officer was shot
 *       dead", "Metropolitan Police sergeant Matt Ratana was shot ... by a prisoner"): never the
 *       perpetrator of violence against civilians. When the text also names who acted ("by
 *       militants", "by a prisoner") it is not the first actor of any event, and an actor named
 *       after {@code by} comes first; with no agent named ("Three soldiers killed in east Ukraine")
 *       who fought whom is left open and a battle keeps the order of the text.
 * </ul>
 *
 * Pure: reads the sentence's text and the mentions' offsets in it.
 */
public final class ActorRoles {

  private static final Pattern SPEECH =
      Pattern.compile(
          "^(?:\\s+(?:spokes(?:man|woman|person)|sources?|officials?|chief|commissioner|"
              + "statement|authorities|department|office))?"
              + "(?:,?\\s+(?:in|at|from) (?:the )?(?:(?:eastern|western|northern|southern|central)"
              + " )?(?:(?-i:\\p{Lu})[\\p{L}-]*[ ,]*){1,4}){0,2}"
              + "[\\s,]+(?:said|says|say|told|stated|reported|reports|added|confirmed|confirms|"
              + "(?:responded|arrived|were called|was called|attended)(?![^.;]*\\b(?:shot|fired|"
              + "killed|opened fire|arrested|detained|clashed|stormed|raided)\\b)|are investigating|"
              + "were investigating|is investigating|investigated|opened an investigation|"
              + "launched an investigation)\\b"
              + "(?<rest>\\s+(?:that\\s+)?(?:it|they|its|their|we|our)\\b)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The actors whose words are taken as a source only: the police, officials, residents and
   * witnesses ("residents said"). An army or a group that reports a fight has usually fought it
   * ("the military said all four attackers were killed"), so it stays an actor.
   */
  private static final Pattern SPEAKING_BODY =
      Pattern.compile(
          "\\b(police|policem[ae]n|officers|sheriff|officials?|authorities|constabulary|gendarmerie"
              + "|residents|witnesses|eyewitnesses|locals|villagers|relatives|medics|doctors)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ACCORDING_TO =
      Pattern.compile(
          "\\b(?:according to|told|quoted by|cited by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** A source that goes on to speak of itself acting ("according to the army, its troops ..."). */
  private static final Pattern SELF_REFERENCE =
      Pattern.compile(
          "^[^.;]{0,3}\\s*,?\\s*(?:it|they|its|their|we|our)\\b", Pattern.CASE_INSENSITIVE);

  private static final String VIOLENCE =
      "(?:shot|killed|wounded|injured|hurt|stabbed|attacked|ambushed|beaten|abducted|kidnapped|"
          + "targeted|murdered|assassinated|slain|executed|lynched|hacked|gunned down|"
          + "shot dead|taken hostage|held hostage)";

  /**
   * Words that may stand between a victim and its verb: names, ranks, ages, nicknames in quotes
   * ("Metropolitan Police sergeant Matiu "Matt" Ratana was shot").
   */
  private static final String BETWEEN =
      "(?:\\s+(?>\"[^\"]{1,20}\"|\u201C[^\u201D]{1,20}\u201D|\\d+-year-old|"
          + "(?:sergeants?|officers?|constables?|inspectors?|soldiers?|servicem[ae]n|troops|"
          + "members?|personnel|policem[ae]n|guards?|commanders?|men|women)\\b|"
          + "(?-i:\\p{Lu})[\\p{L}'.-]*))*?";

  private static final Pattern PASSIVE =
      Pattern.compile(
          "^"
              + BETWEEN
              + "\\s*,?\\s+(?:was|were|has been|have been|had been|being|got|is|are)\\s+"
              + "(?:\\w+ly\\s+)?"
              + VIOLENCE
              + "\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The headline passive, with no auxiliary: "Two soldiers killed in ambush". Not with verbs that
   * are as often active with no object ("Boko Haram attacked on Sunday", "Police shot in the air").
   */
  private static final Pattern BARE_PASSIVE =
      Pattern.compile(
          "^"
              + BETWEEN
              + "\\s+"
              + "(?:killed|wounded|injured|hurt|stabbed|beaten|abducted|kidnapped|murdered"
              + "|assassinated|slain|executed|lynched|hacked|gunned down|shot dead|taken hostage"
              + "|held hostage|shot and killed|shot and wounded)"
              + "(?=\\s+(?:by|in|on|near|after|during|as|while|when|outside|inside|overnight)"
              + "\\b|\\s*[,.;:]|\\s*$)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Who or what acted, written after the verb: "by a prisoner", "by \"armed terrorist groups\"", or
   * a weapon ("by a landmine", "by rebel fire"), which names no one.
   */
  private static final Pattern BY =
      Pattern.compile(
          "^[^.;]{0,120}?(?<!reported |announced |confirmed |claimed |surrounded |followed "
              + "|accompanied |organi[sz]ed |run |owned |operated )\\bby\\s+(?:a |an |the )?"
              + "[\"\u201C]?(?<words>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})",
          Pattern.CASE_INSENSITIVE);

  /** Words after "by" that say when or how, not who: "by Sunday evening", "by mistake". */
  private static final Set<String> TIMES =
      Set.of(
          "morning",
          "evening",
          "night",
          "noon",
          "midnight",
          "then",
          "now",
          "dawn",
          "dusk",
          "far",
          "mistake",
          "accident");

  private static boolean time(String word) {
    return TIMES.contains(word)
        || CalendarWords.MONTHS.contains(word)
        || CalendarWords.WEEKDAYS.contains(word);
  }

  /** Who used a weapon, after it: "fire from Ukrainian positions". */
  private static final Pattern FROM =
      Pattern.compile("^[^.;]{0,60}?\\bfrom\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  /** An attack "of" someone, in the wire English of some sources: "in attack of ...". */
  private static final Pattern OF =
      Pattern.compile(
          "^[^.;]{0,60}?\\b(?:attacks?|shelling|assault|raids?|strikes?|ambush)\\s+of\\s+(?:the\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /** Words that name an armed force, not a polity or a place. */
  private static final Pattern FORCE =
      Pattern.compile(
          "\\b(?:troops|forces|army|military|soldiers|servicem[ae]n|militants|fighters|rebels"
              + "|militias?|units?|regiment|battalion|brigade)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> WEAPONS =
      Set.of(
          "fire",
          "gunfire",
          "shelling",
          "shell",
          "shells",
          "artillery",
          "mortar",
          "mortars",
          "rocket",
          "rockets",
          "missile",
          "missiles",
          "drone",
          "drones",
          "strike",
          "strikes",
          "airstrike",
          "airstrikes",
          "air",
          "bomb",
          "bombs",
          "bombing",
          "ied",
          "ieds",
          "mine",
          "mines",
          "landmine",
          "landmines",
          "explosion",
          "explosions",
          "blast",
          "blasts",
          "grenade",
          "grenades",
          "bullet",
          "bullets",
          "sniper",
          "car",
          "vehicle",
          "truck",
          "train",
          "shrapnel",
          "debris",
          "attack",
          "attacks",
          "raid",
          "raids",
          "gunshot",
          "gunshots",
          "knife",
          "machete",
          "gun",
          "weapon");

  private ActorRoles() {}

  /**
   * The spans of a sentence's actors that only speak of the event (see the class comment), as start
   * and end offsets.
   */
  public static List<int[]> sources(String sentence, List<ActorMention> mentions) {
    List<int[]> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (source(sentence, m)) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static boolean source(String sentence, ActorMention m) {
    if (!SPEAKING_BODY.matcher(m.phrase()).find()) {
      return false;
    }
    Matcher speech = SPEECH.matcher(sentence).region(m.end(), sentence.length());
    speech.useAnchoringBounds(true);
    if (speech.lookingAt()) {
      return speech.group("rest") == null;
    }
    Matcher before = ACCORDING_TO.matcher(sentence).region(0, m.start());
    if (before.find()) {
      Matcher self = SELF_REFERENCE.matcher(sentence).region(m.end(), sentence.length());
      return !self.lookingAt();
    }
    return false;
  }

  /**
   * The sentence's actors in the roles it gives them: sources left out, victims marked, and an
   * actor named after the victim's verb and {@code by} moved first.
   */
  public static List<ActorMention> assign(String sentence, List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>();
    int agentAt = -1;
    for (ActorMention m : mentions) {
      if (source(sentence, m)) {
        continue;
      }
      int verbEnd = passiveEnd(sentence, m);
      int by = agentAfter(sentence, verbEnd, mentions);
      if (by >= 0) {
        out.add(m.as(ActorMention.Role.VICTIM_OF_NAMED_AGENT));
        if (agentAt < 0) {
          agentAt = by;
        }
      } else {
        out.add(verbEnd >= 0 || objectOfViolence(sentence, m) ? m.as(ActorMention.Role.VICTIM) : m);
      }
    }
    if (agentAt >= 0) {
      for (ActorMention m : out) {
        if (!m.victim() && m.start() >= agentAt && m.start() - agentAt <= 25) {
          out.remove(m);
          out.add(0, m);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Where the words naming who acted start, after a passive verb that ends at {@code verbEnd} ("was
   * shot ... by a prisoner"); -1 when there is no verb, no "by", or "by" names a weapon ("by a
   * landmine"). Only a victim of a named agent gives up the first place: "Three soldiers killed in
   * east Ukraine" leaves open who fought whom, and the soldiers' side stays first.
   */
  private static int agentAfter(String sentence, int verbEnd, List<ActorMention> mentions) {
    if (verbEnd < 0) {
      return -1;
    }
    Matcher by = BY.matcher(sentence).region(verbEnd, sentence.length());
    by.useAnchoringBounds(true);
    if (by.lookingAt()) {
      String[] words = by.group("words").toLowerCase(Locale.ROOT).split("\\s+");
      if (time(words[0])) {
        return -1;
      }
      if (java.util.Arrays.stream(words).noneMatch(WEAPONS::contains)) {
        return by.start("words");
      }
    }
    // a weapon, then who used it: "by sniper fire from Ukrainian Armed Forces' positions"
    Matcher from = FROM.matcher(sentence).region(verbEnd, sentence.length());
    from.useAnchoringBounds(true);
    if (from.lookingAt()) {
      int at = from.end();
      return mentions.stream().anyMatch(m -> m.start() >= at && m.start() - at <= 25) ? at : -1;
    }
    // "in attack of Ukrainian military", "in shelling of Kiev troops": an armed force after "of"
    // is who attacked (wire English); a polity or a place ("shelling of Donetsk republic") is
    // what was attacked
    Matcher of = OF.matcher(sentence).region(verbEnd, sentence.length());
    of.useAnchoringBounds(true);
    if (of.lookingAt()) {
      int at = of.end();
      return mentions.stream()
              .anyMatch(
                  m -> m.start() >= at && m.start() - at <= 25 && FORCE.matcher(m.phrase()).find())
          ? at
          : -1;
    }
    return -1;
  }

  /**
   * A verb of violence right before a mention, with at most a number, an article or a few
   * capitalised words between: "Explosions Target Federal Govt Soldiers", "bomb kills three
   * soldiers".
   */
  private static final Pattern OBJECT_OF =
      Pattern.compile(
          "\\b(?:target(?:s|ed|ing)?|hit(?:s|ting)?|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?"
              + "|injur(?:e|es|ed|ing)|attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|struck|strikes?"
              + "|shell(?:s|ed|ing)?)\\s+(?:(?:the|a|an|\\d+|one|two|three|four|five|six|seven"
              + "|eight|nine|ten|several|many|dozens\\s+of|scores\\s+of)\\s+)?"
              + "(?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** True when the mention is the object of a verb of violence just before it. */
  private static boolean objectOfViolence(String sentence, ActorMention m) {
    String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
    return OBJECT_OF.matcher(before).find();
  }

  /** Where the passive verb of violence after a mention ends, or -1 when there is none. */
  private static int passiveEnd(String sentence, ActorMention m) {
    for (Pattern p : List.of(PASSIVE, BARE_PASSIVE)) {
      Matcher v = p.matcher(sentence).region(m.end(), sentence.length());
      v.useAnchoringBounds(true);
      if (v.lookingAt()) {
        return v.end();
      }
    }
    return -1;
  }
}
