package org.eventline.suggest.casualties;

import static org.eventline.suggest.casualties.CasualtyExpressions.lower;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.text.NumberWords;
import org.eventline.suggest.text.Quantity;
import org.eventline.suggest.text.QuantityReader;
import org.eventline.suggest.text.TextScan;

/**
 * How each shape of casualty phrase is read and checked: a count before its verb ("20 were
 * killed"), after it ("killing 20"), "left N dead", "death toll rose to N", "deaths of N", "no
 * casualties", and one person ("a man was shot dead", "killing a soldier").
 */
final class CasualtyShapes {

  private static final Pattern SURPASSED = Pattern.compile("surpass.*|exceed.*|top.*|passed");

  private static final Pattern PLURAL_AUX = Pattern.compile("\\s*(?:were|are|have)\\b.*");

  private static final Pattern TRAILING_DOTS = Pattern.compile("[.’']+$");

  private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(?:was|were|been|got|is|are)\\b");

  private static final Pattern OF_WHOM = Pattern.compile("(?i)of\\s+whom");

  /** One reading of a match. {@code start} moves the phrase start back, or is -1. */
  record Reading(String kind, Quantity quantity, String rule, int start) {}

  private static final Set<String> OBJECT_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "his",
          "her",
          "their",
          "its",
          "him",
          "them",
          "us",
          "me",
          "more",
          "several",
          "many",
          "dozens",
          "scores",
          "hundreds",
          "thousands",
          "no",
          "none",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "at",
          "some");
  private static final Set<String> BARE_VERBS =
      Set.of(
          "killed",
          "wounded",
          "injured",
          "hurt",
          "murdered",
          "executed",
          "massacred",
          "slain",
          "shot dead",
          "gunned down");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "one", "the", "another", "this", "that", "no");
  private static final Pattern TOKENS = Pattern.compile("\\s+");

  private CasualtyShapes() {}

  /** "two people were killed", "dozens died", "90 civilians were wounded", "no casualties". */
  static List<Reading> subject(Matcher m, String sentence) {
    String verb = lower(m.group("verb"));
    String gap = m.group("gap").trim();
    if (!gapOk(gap) || !gap.isEmpty() && (verb.equals("bodies") || verb.equals("lives"))) {
      return List.of();
    }
    if (m.group("zero") != null && !gap.isEmpty() && lower(m.group("zero")).equals("none")) {
      return List.of();
    }
    if (CasualtyWords.isUnit(TextScan.wordAfter(sentence, m.end("q")))) {
      return List.of(); // "3 p.m.", "20 years"
    }
    if (!m.group("aux").isBlank() || !activeVerb(verb, sentence, m.end())) {
      return readings(m, sentence, verb, "'" + lower(m.group("verb")) + "' after the count");
    }
    return List.of();
  }

  /** "killing 20", "injured fourteen police officers", "kills one". */
  static List<Reading> object(Matcher m, String sentence) {
    if (CasualtyWords.isUnit(TextScan.wordAfter(sentence, m.end()))) {
      return List.of();
    }
    String verb = lower(m.group("verb"));
    return readings(m, sentence, verb, "object of '" + verb + "'");
  }

  /** "left six soldiers dead". */
  static List<Reading> left(Matcher m, String sentence) {
    if (!gapOk(m.group("gap").trim())) {
      return List.of();
    }
    return readings(
        m, sentence, lower(m.group("verb")), "'left ... " + lower(m.group("verb")) + "'");
  }

  /** "burn four local guerrillas alive": the people burned alive were killed. */
  static List<Reading> burnedAlive(Matcher m, String sentence) {
    if (!gapOk(m.group("gap").trim())) {
      return List.of();
    }
    return readings(m, sentence, "killed", "'" + lower(m.group("verb")) + " ... alive'");
  }

  /** "death toll rose to 41", "an earlier toll of 27", "death count in the hundreds". */
  static List<Reading> toll(Matcher m, String sentence) {
    String kindWord = m.group("tkind") == null ? "" : lower(m.group("tkind"));
    if (kindWord.isEmpty() && !lower(m.group("toll")).equals("toll")) {
      return List.of(); // "the vote count", "a figure of"
    }
    if (CasualtyWords.isUnit(TextScan.wordAfter(sentence, m.end()))) {
      return List.of();
    }
    Quantity q = quantity(m, sentence);
    if (q == null) {
      return List.of();
    }
    String tverb = m.group("tverb") == null ? "" : lower(m.group("tverb"));
    if (SURPASSED.matcher(tverb).matches() && q.high() != null && q.low() != null) {
      int above = q.low() + 1;
      q = new Quantity(above, above, null, q.note() + "; '" + tverb + "' -> above " + q.low());
    }
    String verb =
        switch (kindWord) {
          case "casualty" -> "casualties";
          case "injury" -> "injured";
          default -> "killed";
        };
    String words = (kindWord + " " + lower(m.group("toll"))).trim();
    return tie(q, verb, "'" + words + "'", -1);
  }

  /** "the deaths of hundreds", "the wounding of thousands more". */
  static List<Reading> nounOf(Matcher m, String sentence) {
    if (CasualtyWords.isUnit(TextScan.wordAfter(sentence, m.end()))) {
      return List.of();
    }
    String noun = lower(m.group("verb"));
    String verb = noun.startsWith("wound") || noun.startsWith("injur") ? "injured" : "killed";
    return readings(m, sentence, verb, "'" + noun + " of'");
  }

  /** "without casualties", "no loss of life". */
  static List<Reading> none(Matcher m, String sentence) {
    String noun = lower(m.group("verb"));
    String verb = noun.startsWith("loss") ? "killed" : noun;
    String text = lower(m.group());
    return tie(Quantity.exact(0, "'" + text + "' -> 0"), verb, "'" + noun + "'", -1);
  }

  /** "a man was shot dead", "The attacker was shot dead", "Italian volunteer killed". */
  static List<Reading> onePerson(Matcher m, String sentence) {
    String verb = lower(m.group("verb"));
    boolean bare = m.group("aux").isBlank();
    if (bare && (verb.equals("dead") || activeVerb(verb, sentence, m.end()))) {
      return List.of(); // "the civilian dead", "a soldier killed two"
    }
    int start = determinerStart(sentence, m.start());
    String before = lower(sentence.substring(start, m.start()).trim());
    boolean none = before.startsWith("no ") || before.equals("no");
    String person = lower(m.group("person"));
    Quantity q;
    if (none) {
      q = Quantity.exact(0, "'no " + person + "' -> 0");
    } else if (PLURAL_AUX.matcher(lower(m.group("aux"))).matches()) {
      // "two soldiers and a civilian were killed": the last of a list, the rest not counted here
      q =
          new Quantity(
              1,
              null,
              null,
              "one person ('"
                  + person
                  + "') ending a list (plural verb)"
                  + " -> low 1, best none, high none");
    } else {
      q = Quantity.exact(1, "one person ('" + person + "') -> 1");
    }
    return tie(q, verb, "'" + verb + "'", start);
  }

  /**
   * "He died today", "she was wounded": one person, the one the sentence before spoke of (read only
   * in a sentence that goes on about an event, where the pronoun is its victim).
   */
  static List<Reading> pronoun(Matcher m, String sentence) {
    String verb = lower(m.group("verb"));
    boolean died = verb.equals("died") || verb.equals("dies");
    if (!died && !PASSIVE_AUX.matcher(lower(m.group("aux"))).find()) {
      return List.of(); // "he killed", "he then killed three", "she had shot dead two": it acted
    }
    String who = lower(m.group("pron"));
    return tie(Quantity.exact(1, "one person ('" + who + "') -> 1"), verb, "'" + verb + "'", -1);
  }

  /** True when "to" stands right before the verb at {@code verbStart} ("to kill"). */
  private static boolean infinitive(String sentence, int verbStart) {
    String before = sentence.substring(0, verbStart).stripTrailing();
    return before.length() >= 2
        && before.regionMatches(true, before.length() - 2, "to", 0, 2)
        && (before.length() == 2 || !Character.isLetter(before.charAt(before.length() - 3)));
  }

  /** "killing rebel", "killed a soldier", "kills one militiaman". */
  static List<Reading> onePersonObject(Matcher m, String sentence) {
    if (!gapOk(m.group("adj").trim()) || infinitive(sentence, m.start())) {
      return List.of(); // "a plot to kill the ambassador": an intention, no one died
    }
    Quantity q = Quantity.exact(1, "one person ('" + lower(m.group("person")) + "') -> 1");
    String verb = lower(m.group("verb"));
    return tie(q, verb, "object of '" + verb + "'", -1);
  }

  private static List<Reading> readings(Matcher m, String sentence, String verb, String tie) {
    Quantity q = quantity(m, sentence);
    return q == null ? List.of() : tie(q, verb, tie, -1);
  }

  private static Quantity quantity(Matcher m, String sentence) {
    String q = m.group("q");
    if (CasualtyWords.namesNumber(TextScan.wordBefore(sentence, m.start("q")), q.trim())) {
      return null;
    }
    return QuantityReader.read(m);
  }

  private static List<Reading> tie(Quantity q, String verb, String tie, int start) {
    String kind = CasualtyWords.kindOf(verb);
    if (kind != null) {
      return List.of(new Reading(kind, q, q.note() + "; " + tie + " -> " + kind, start));
    }
    Quantity either = q.eitherKind();
    String rule =
        q.note()
            + "; "
            + tie
            + " = killed or injured, split unknown: each kind from 0 up to the figure, no best"
            + " estimate (ACLED codes 'casualties' alone as 0 fatalities)";
    return List.of(
        new Reading(CasualtyMention.KILLED, either, rule, start),
        new Reading(CasualtyMention.INJURED, either, rule, start));
  }

  /** Whether every word between a count and its verb may belong to the counted noun phrase. */
  private static boolean gapOk(String gap) {
    if (gap.isEmpty() || OF_WHOM.matcher(gap).matches()) {
      return true; // "four of whom were injured"
    }
    for (String token : TOKENS.split(gap)) {
      if (CasualtyWords.stops(token)
          || CasualtyWords.stops(TRAILING_DOTS.matcher(token).replaceAll(""))) {
        return false;
      }
    }
    return true;
  }

  /** "20 soldiers killed 5 rebels": a bare verb with an object after it is active. */
  private static boolean activeVerb(String verb, String sentence, int end) {
    if (!BARE_VERBS.contains(verb)) {
      return false;
    }
    String next = TextScan.wordAfter(sentence, end);
    return OBJECT_WORDS.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0));
  }

  /** Walks back over up to three adjectives to a determiner ("a 45-year-old man"). */
  private static int determinerStart(String sentence, int personStart) {
    int cursor = personStart;
    for (int i = 0; i < 4; i++) {
      int wordStart = TextScan.wordStartBefore(sentence, cursor);
      String word = TextScan.wordBefore(sentence, cursor);
      if (wordStart < 0 || word.isEmpty()) {
        break;
      }
      if (DETERMINERS.contains(word)) {
        return wordStart;
      }
      if (CasualtyWords.stops(word) || NumberWords.parse(word) >= 0) {
        break;
      }
      cursor = wordStart;
    }
    return personStart;
  }
}
