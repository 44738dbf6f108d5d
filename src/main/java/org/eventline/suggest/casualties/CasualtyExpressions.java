package org.eventline.suggest.casualties;

import static org.eventline.suggest.casualties.CasualtyWords.ACTION;
import static org.eventline.suggest.casualties.CasualtyWords.AUX;
import static org.eventline.suggest.casualties.CasualtyWords.OUTCOME;
import static org.eventline.suggest.casualties.CasualtyWords.OUTCOME_ONE;
import static org.eventline.suggest.casualties.CasualtyWords.PERSON;
import static org.eventline.suggest.casualties.CasualtyWords.TOKEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.Quantity;
import org.eventline.suggest.text.QuantityReader;
import org.eventline.suggest.text.TextScan;
import org.eventline.suggest.text.TextSpan;
import org.eventline.suggest.text.Whitespace;

/**
 * Finds counts of people killed and injured in one sentence: "two people were killed and 14
 * wounded", "killing 20", "left 3 dead", "death toll rose to 41", "dozens died", "no casualties",
 * "a man was shot dead". A count is only taken when it is tied to a word of killing or injury;
 * "five out of 34 provincial capitals", "20 years", "3 p.m." and "Resolution 2254" are not counts.
 * Pure and deterministic; the conventions are in {@code docs/suggest-dates-casualties.md}.
 */
public final class CasualtyExpressions {

  private static final String Q = QuantityReader.PATTERN;

  /** A capitalised word of a name ("Nabil", "O'Neill", "Jean-Pierre"), case kept. */
  private static final String CAPITALISED = "(?-i:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*)";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  static final List<CasualtyRule> RULES =
      List.of(
          new CasualtyRule(
              "\\b" + Q + "(?<gap>(?:\\s+" + TOKEN + "){0,5}?)" + AUX + "\\s+" + OUTCOME,
              CasualtyShapes::subject,
              c -> true,
              CasualtyWords::mayStartCount),
          new CasualtyRule(
              "\\b" + ACTION + "\\s+" + Q,
              CasualtyShapes::object,
              CasualtyWords::mayAct,
              CasualtyWords::mayStartAction),
          new CasualtyRule(
              "\\b(?:left|leaving|leaves|leave)\\s+"
                  + Q
                  + "(?<gap>(?:\\s+"
                  + TOKEN
                  + "){0,4}?)\\s+(?<verb>dead|killed|injured|wounded|hurt)\\b",
              CasualtyShapes::left,
              c -> c.has("left", "leav"),
              CasualtyWords.startsWith("left", "leav")),
          new CasualtyRule(
              "\\b(?<verb>burn(?:s|ed|t|ing)?)\\s+"
                  + Q
                  + "(?<gap>(?:\\s+"
                  + TOKEN
                  + "){0,4}?)\\s+alive\\b",
              CasualtyShapes::burnedAlive,
              c -> c.has("alive"),
              CasualtyWords.startsWith("burn")),
          new CasualtyRule(
              "\\b(?:(?<tkind>death|casualty|fatality|injury)\\s+)?(?<toll>toll|count|figure)s?"
                  + "(?:\\s+(?:has|had|have|now|reportedly|already|officially|later|since"
                  + "|further|also|then))*(?:\\s+(?<tverb>rose|risen|rises|rising|climbed|climbs"
                  + "|reached|reaches|increased|increases|jumped|jumps|stands|stood|is|was|hit"
                  + "|hits|surpassed|surpasses|exceeded|exceeds|topped|tops|passed|went\\s+up))?"
                  + "(?:\\s+(?:to|at|of))?\\s+"
                  + Q,
              CasualtyShapes::toll,
              c -> c.has("toll", "count", "figure"),
              CasualtyWords.startsWith(
                  "death", "casualty", "fatality", "injury", "toll", "count", "figure")),
          new CasualtyRule(
              "\\b(?<verb>deaths|death|killings?|murders?|bodies|wounding|injuring|massacre)\\s+of"
                  + "\\s+"
                  + Q,
              CasualtyShapes::nounOf,
              c -> c.has(" of "),
              CasualtyWords.startsWith(
                  "death", "killing", "murder", "bodies", "wounding", "injuring", "massacre")),
          new CasualtyRule(
              "\\b(?:without|no)\\s+(?:(?:any|further|more|other|reported|immediate|known)\\s+)?"
                  + "(?<verb>casualties|loss\\s+of\\s+(?:life|lives)|fatalities|deaths|injuries)\\b",
              CasualtyShapes::none,
              c -> c.has("without", "no "),
              CasualtyWords.startsWith("without", "no")),
          new CasualtyRule(
              "\\b"
                  + PERSON
                  + "(?<name>(?:\\s+(?-i:[A-Z][\\p{L}\\p{M}'’.\\-]*|al-[\\p{L}\\p{M}'’\\-]+)){0,4})"
                  + AUX
                  + "\\s+"
                  + OUTCOME_ONE,
              CasualtyShapes::onePerson,
              c -> true,
              CasualtyWords::mayStartPerson),
          // a person named at the start of the sentence, with an appositive: "Nabil Hasan
          // al-Quaety, a photo- and videojournalist from Yemen, died in the city of Aden"
          new CasualtyRule(
              "^(?<person>"
                  + CAPITALISED
                  + "(?:\\s+(?:"
                  + CAPITALISED
                  + "|(?-i:al|el|bin|ibn|de|van|von)-?[\\p{L}\\p{M}'’\\-]*)){1,4}),\\s+"
                  + "(?:an?|the)\\s[^,;:.!?\"“”]{3,80}?,"
                  + AUX
                  + "\\s+"
                  + OUTCOME_ONE,
              CasualtyShapes::onePerson,
              c -> true,
              (c, w) -> w == 0),
          new CasualtyRule(
              "\\b(?<pron>he|she)" + AUX + "\\s+" + OUTCOME_ONE,
              CasualtyShapes::pronoun,
              c -> c.has("he ", "she "),
              CasualtyWords.startsWith("he", "she")),
          new CasualtyRule(
              "\\b"
                  + ACTION
                  + "\\s+(?:(?<det>a|an|one|another|the)\\s+)?(?<adj>(?:"
                  + TOKEN
                  + "\\s+){0,3}?)"
                  + PERSON,
              CasualtyShapes::onePersonObject,
              CasualtyWords::mayAct,
              CasualtyWords::mayStartAction));

  /** Words that end a noun phrase of victims: a verb or a count word follows, not a noun. */
  private static final String NOT_NOUN =
      "(?!(?:were|was|are|is|have|has|had|more|others|other|of|killed|wounded|injured|hurt|dead"
          + "|died|and|or|in|on|at|by|during|after|before|while|when)\\b)";

  /** Where the words of a group of people end: punctuation, the end, or a verb or preposition. */
  private static final String GROUP_END =
      "(?=\\s*(?:[,.;:]|$|\\s+(?:were|was|are|have|had|died|killed|dead|wounded|injured|in|on"
          + "|at|by|during|after|while|when|near|,)\\b))";

  /**
   * A second group after a count of people: "three police officers <i>and two passers-by</i>". Its
   * count is added to the first ("killing three police officers and two passers-by" is 5).
   */
  private static final Pattern AND_MORE =
      Pattern.compile(
          "(?:\\s+"
              + NOT_NOUN
              + TOKEN
              + "){1,3}?\\s+and\\s+(?:also\\s+)?"
              + Q
              + "(?:\\s+"
              + NOT_NOUN
              + TOKEN
              + "){1,3}?"
              + GROUP_END,
          FLAGS);

  /** A count opening a group of a list, without named groups (each is read later with Q). */
  private static final String LIST_COUNT =
      "(?:"
          + org.eventline.suggest.text.NumberWords.CARDINAL
          + "|(?:several\\s+)?(?:dozens|scores|hundreds|thousands)|a\\s+dozen)";

  /**
   * The groups before a count of people, the last joined by "and": "<i>three police officers
   * and</i> two attackers died", "<i>150 security forces, 95 civilians, and</i> hundreds of Taliban
   * killed".
   */
  private static final Pattern MORE_AND =
      Pattern.compile(
          "\\b(?:"
              + LIST_COUNT
              + "(?:\\s+"
              + NOT_NOUN
              + TOKEN
              + "){1,3}?\\s*,\\s+)*"
              + Q
              + "(?:\\s+"
              + NOT_NOUN
              + TOKEN
              + "){1,3}?,?\\s+and\\s+(?:also\\s+)?$",
          FLAGS);

  /**
   * The groups opening a headline before its count, joined by commas alone: "<i>Twelve soldiers,
   * </i>26 insurgents killed".
   */
  private static final Pattern HEADLINE_GROUPS =
      Pattern.compile(
          "^\\s*(?:" + LIST_COUNT + "(?:\\s+" + NOT_NOUN + TOKEN + "){1,3}?\\s*,\\s+)+$", FLAGS);

  /** One group of a list before a count: its count and up to three words, then "," or "and". */
  private static final Pattern GROUP =
      Pattern.compile(
          "\\b" + Q + "(?:\\s+" + NOT_NOUN + TOKEN + "){1,3}?(?=\\s*,|\\s+and\\b)", FLAGS);

  /**
   * The words of the first group after its count, up to a comma: "three <i>police officers</i>,".
   */
  private static final Pattern FIRST_WORDS =
      Pattern.compile("(?:\\s+" + NOT_NOUN + TOKEN + "){1,3}?(?=\\s*,)", FLAGS);

  /** The last group of a list after a count: "<i> and five civilians</i>". */
  private static final Pattern AND_LAST =
      Pattern.compile(
          ",?\\s+and\\s+(?:also\\s+)?" + Q + "(?:\\s+" + NOT_NOUN + TOKEN + "){1,3}?" + GROUP_END,
          FLAGS);

  /**
   * A group after a count, before the last: "killing three police officers<i>, two soldiers</i>".
   */
  private static final Pattern COMMA_MORE =
      Pattern.compile(
          "\\s*,\\s+" + Q + "(?:\\s+" + NOT_NOUN + TOKEN + "){1,3}?(?=\\s*,|\\s+and\\b)", FLAGS);

  /** A count of others ("two others were injured")... */
  private static final Pattern OTHERS = Pattern.compile("\\S+\\s+others\\b", FLAGS);

  /** ...after one person before it: "the local police chief and", "a soldier and". */
  private static final Pattern ONE_AND =
      Pattern.compile("\\b(?:a|an|the|one)\\s+(?:\\S+\\s+){0,2}?" + PERSON + "\\s+and\\s+$", FLAGS);

  private CasualtyExpressions() {}

  /**
   * One way of writing a casualty count: a pattern, how to read a match, a cheap pre-check of the
   * sentence, and the words a match can start with: the pattern is tried only at those words, never
   * at every position of the sentence (which {@code find()} does, each position a walk through the
   * pattern's first alternatives). A start-word test may let through words where no match starts,
   * never the other way round.
   */
  record CasualtyRule(Pattern pattern, Reader reader, Predicate<Clues> gate, StartWord startWord) {
    CasualtyRule {
      Objects.requireNonNull(startWord, "startWord");
    }

    CasualtyRule(String regex, Reader reader, Predicate<Clues> gate, StartWord startWord) {
      this(Pattern.compile(regex, FLAGS), reader, gate, startWord);
    }
  }

  /** Whether a match may start at word {@code w} of a sentence. */
  @FunctionalInterface
  interface StartWord {
    boolean test(Clues clues, int w);
  }

  /** Reads a match; an empty list when the match is not a casualty count after all. */
  @FunctionalInterface
  interface Reader {
    List<CasualtyShapes.Reading> read(Matcher m, String sentence);
  }

  /**
   * The casualty counts of a sentence, in text order, none overlapping another match (a phrase like
   * "20 killed or wounded" gives one mention of each kind).
   */
  public static List<CasualtyMention> find(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return find(sentence, new Clues(sentence));
  }

  /** {@link #find(String)} with the sentence's clues, computed once by the caller. */
  public static List<CasualtyMention> find(String sentence, Clues clues) {
    Objects.requireNonNull(sentence, "sentence");
    List<CasualtyMention> mentions = new ArrayList<>();
    for (Found f : TextSpan.longestFirst(candidates(sentence, clues))) {
      for (CasualtyShapes.Reading r : f.readings) {
        mentions.add(
            new CasualtyMention(
                f.start,
                f.end,
                sentence.substring(f.start, f.end),
                r.kind(),
                r.quantity().low(),
                r.quantity().best(),
                r.quantity().high(),
                r.rule()));
      }
    }
    if (mentions.size() == 1 && mentions.get(0).best() != null) {
      CasualtyMention joined = joined(mentions.get(0), sentence);
      if (joined != null) {
        return List.of(joined);
      }
    }
    return List.copyOf(mentions);
  }

  /**
   * A count of one group joined by "and" to counts of others, added up: "killing three police
   * officers and two passers-by" (5), "three police officers and two attackers died" (5), "150
   * security forces, 95 civilians, and hundreds of Taliban killed" (345). Only for a sentence with
   * a single count, whose other groups are not themselves counts of another kind.
   */
  private static CasualtyMention joined(CasualtyMention m, String sentence) {
    CasualtyMention listed = listAfter(m, sentence);
    if (listed != null) {
      return listed;
    }
    Matcher after = AND_MORE.matcher(sentence);
    after.region(m.end(), sentence.length()).useTransparentBounds(true);
    if (after.lookingAt()) {
      Integer last = count(after);
      if (last != null) {
        return sum(m, m.start(), after.end(), last, sentence, added(2));
      }
    }
    String head = sentence.substring(0, m.start());
    Matcher before = MORE_AND.matcher(head);
    if (TextScan.endsWithAny(head, "and", "also") && before.find()) {
      CasualtyMention added = groupsBefore(m, sentence, before.start(), false);
      if (added != null) {
        return added;
      }
    }
    if (head.stripTrailing().endsWith(",")
        && HEADLINE_GROUPS.matcher(head).matches()
        && countsPeople(m)) {
      // "Twelve soldiers, 26 insurgents killed": a headline lists its groups with commas alone
      CasualtyMention added = groupsBefore(m, sentence, 0, true);
      if (added != null) {
        return added;
      }
    }
    if (OTHERS.matcher(m.phrase()).lookingAt()
        && TextScan.endsWithAny(head, "and")
        && ONE_AND.matcher(head).find()) {
      // "The local police chief and two others were also injured": 3
      return sum(
          m, m.start(), m.end(), 1, sentence, ", and the one person named before the others");
    }
    return null;
  }

  /**
   * The count {@code m} with the counts of the groups listed before it, from {@code from}, added;
   * null when a group's count is not one figure, or (if {@code people}) its last word names no
   * people ("Three days, 12 killed").
   */
  private static CasualtyMention groupsBefore(
      CasualtyMention m, String sentence, int from, boolean people) {
    String head = sentence.substring(0, m.start());
    int sum = 0;
    int n = 1;
    Matcher group = GROUP.matcher(head).region(from, head.length());
    while (group.find()) {
      Integer count = count(group);
      String[] words = group.group().split("\\s+");
      if (count == null || (people && !CasualtyWords.namesPeople(words[words.length - 1]))) {
        return null;
      }
      sum += count;
      n++;
    }
    return n > 1 ? sum(m, group.regionStart(), m.end(), sum, sentence, added(n)) : null;
  }

  /** True when a count's words name people: "26 <i>insurgents</i> killed", not "12 killed". */
  private static boolean countsPeople(CasualtyMention m) {
    return java.util.Arrays.stream(m.phrase().split("\\s+")).anyMatch(CasualtyWords::namesPeople);
  }

  /**
   * Groups listed after a count, with commas and a last "and": "killing three police officers, two
   * soldiers and five civilians" (10); null when the words after the count are not such a list.
   */
  private static CasualtyMention listAfter(CasualtyMention m, String sentence) {
    Matcher words = FIRST_WORDS.matcher(sentence).useTransparentBounds(true);
    if (!words.region(m.end(), sentence.length()).lookingAt()) {
      return null;
    }
    int end = words.end();
    int more = 0;
    int groups = 1;
    Matcher comma = COMMA_MORE.matcher(sentence).useTransparentBounds(true);
    while (comma.region(end, sentence.length()).lookingAt()) {
      Integer count = count(comma);
      if (count == null) {
        return null;
      }
      more += count;
      groups++;
      end = comma.end();
    }
    Matcher last = AND_LAST.matcher(sentence).useTransparentBounds(true);
    if (groups == 1 || !last.region(end, sentence.length()).lookingAt()) {
      return null;
    }
    Integer count = count(last);
    return count == null
        ? null
        : sum(m, m.start(), last.end(), more + count, sentence, added(groups + 1));
  }

  private static String added(int groups) {
    return groups == 2 ? ", two groups added" : ", " + groups + " groups added";
  }

  private static Integer count(Matcher m) {
    Quantity q = QuantityReader.read(m);
    return q == null || q.best() == null || q.low() == null || !q.low().equals(q.high())
        ? null
        : q.best();
  }

  private static CasualtyMention sum(
      CasualtyMention m, int start, int end, int more, String sentence, String note) {
    int best = m.best() + more;
    return new CasualtyMention(
        start,
        end,
        sentence.substring(start, end),
        m.kind(),
        m.low() == null ? null : m.low() + more,
        best,
        m.high() == null ? null : m.high() + more,
        m.rule() + note);
  }

  private record Found(int start, int end, int order, List<CasualtyShapes.Reading> readings)
      implements TextSpan {}

  private static List<Found> candidates(String sentence, Clues clues) {
    List<Found> all = new ArrayList<>();
    if (!CasualtyWords.mayHoldCasualty(clues)) {
      return all;
    }
    for (int r = 0; r < RULES.size(); r++) {
      CasualtyRule rule = RULES.get(r);
      if (!rule.gate().test(clues)) {
        continue;
      }
      tryAtWords(rule.pattern().matcher(sentence), rule, r, clues, sentence, all);
    }
    return all;
  }

  private static void tryAtWords(
      Matcher m, CasualtyRule rule, int order, Clues clues, String sentence, List<Found> all) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int lastEnd = 0;
    for (int w = 0; w < clues.wordCount(); w++) {
      int start = clues.wordStart(w);
      if (start >= lastEnd && rule.startWord().test(clues, w)) {
        m.region(start, sentence.length());
        if (m.lookingAt() && add(m, rule, order, sentence, all)) {
          lastEnd = m.end();
        }
      }
    }
  }

  private static boolean add(
      Matcher m, CasualtyRule rule, int order, String sentence, List<Found> all) {
    List<CasualtyShapes.Reading> readings = rule.reader().read(m, sentence);
    if (readings.isEmpty()) {
      return false;
    }
    int start = readings.get(0).start() >= 0 ? readings.get(0).start() : m.start();
    all.add(new Found(start, m.end(), order, readings));
    return true;
  }

  static String lower(String s) {
    return Whitespace.collapse(s.toLowerCase(Locale.ROOT));
  }
}
