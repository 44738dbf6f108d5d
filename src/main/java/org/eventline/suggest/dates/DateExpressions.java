package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.TextSpan;

/**
 * Finds date phrases in one sentence and resolves them against the article's publication date. Pure
 * and deterministic; the conventions are in {@code docs/suggest-dates-casualties.md}.
 */
public final class DateExpressions {

  private static final List<DateRule> RULES =
      Stream.of(AbsoluteDates.RULES, PeriodDates.RULES, WeekdayDates.RULES, RelativeDates.RULES)
          .flatMap(List::stream)
          .toList();

  private static final Pattern RANGE_LINK =
      Pattern.compile("\\s*(?:-|–|—|to|and|until|till|through)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_START =
      Pattern.compile("\\b(?:between|from)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE =
      Pattern.compile("\\bsince\\s+(?:(?:early|mid|late)[-\\s]+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITION =
      Pattern.compile("\\b(?:on|in|during|throughout)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern STARTS_WITH_PREPOSITION =
      Pattern.compile(
          "^(?:on|in|during|throughout|since|between|from|over|within|at|for)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int LOOK_BACK = 16;

  private DateExpressions() {}

  /**
   * The date phrases of a sentence, in text order, none overlapping. Phrases that only name days
   * after publication (plans, deadlines) are left out; spans running past it are clipped.
   */
  public static List<DateMention> find(String sentence, LocalDate published) {
    Objects.requireNonNull(sentence, "sentence");
    return find(sentence, new Clues(sentence), published);
  }

  /** A superlative or "first" before "since": the phrase compares, it does not date. */
  private static final Pattern COMPARED =
      Pattern.compile(
          "(?i)\\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|highest|fiercest|greatest"
              + "|longest|strongest|most\\s+(?:deadly|violent|intense|serious|severe|lethal)"
              + "|first|1st)\\b[^,;:.]{0,40}$");

  /**
   * True when a date phrase starting with "since" follows a superlative or "first" in the same
   * clause ("the bloodiest day since August", "the first attack since 2019"): it says since when
   * nothing was as bad, not when the event happened.
   */
  public static boolean comparison(String sentence, DateMention d) {
    if (!d.phrase().regionMatches(true, 0, "since ", 0, 6)) {
      return false;
    }
    return COMPARED.matcher(sentence.substring(0, d.start())).find();
  }

  /** "It was reported", "it was announced" right before a date phrase. */
  private static final Pattern REPORTED =
      Pattern.compile(
          "(?i)\\bit\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:reported|announced|confirmed|revealed"
              + "|disclosed|learned|learnt)\\s+$");

  /**
   * True when a date phrase follows an impersonal "it was reported" ("It was reported on Saturday
   * Sirhan Sirhan was stabbed"): it dates the report, not the event.
   */
  public static boolean ofTheReport(String sentence, DateMention d) {
    return REPORTED.matcher(sentence.substring(0, d.start())).find();
  }

  /** A court step right before a date phrase: a release from jail, a bond, a charge, a hearing. */
  private static final Pattern COURT_STEP =
      Pattern.compile(
          "(?i)\\b(?:(?:released|freed|bailed\\s+out)\\s+(?:on\\s+(?:bail|bond)\\s+)?from\\s+"
              + "(?:\\S+\\s+){0,3}(?:jail|prison|custody|detention)"
              + "|posted\\s+(?:\\S+\\s+){0,4}(?:bail|bond)"
              + "|(?:appeared|appears|appear)\\s+(?:\\S+\\s+){0,3}(?:court|judge)"
              // the court's place after a comma: "in Christchurch District Court, New Zealand"
              + "(?:,\\s+(?-i:\\p{Lu})\\S*(?:\\s+(?-i:\\p{Lu})\\S*){0,2})?"
              + "|(?:was|were|is|are|been)\\s+(?:formally\\s+)?(?:charged|sentenced|convicted"
              + "|indicted|arraigned|acquitted|remanded)"
              + "|pleaded\\s+(?:not\\s+)?guilty)\\s+(?:on\\s+|late\\s+|early\\s+)?$");

  /**
   * True when a date phrase follows a court step ("was released from a Wisconsin jail Friday", "was
   * charged on Monday"): it dates the step, not the violence the suspect is accused of.
   */
  public static boolean ofACourtStep(String sentence, Clues clues, DateMention d) {
    return clues.has(COURT_WORDS)
        && COURT_STEP.matcher(sentence).region(Math.max(0, d.start() - 80), d.start()).find();
  }

  /** One of these words stands in every court step {@link #COURT_STEP} reads. */
  private static final String[] COURT_WORDS = {
    "jail",
    "prison",
    "custody",
    "detention",
    "bail",
    "bond",
    "court",
    "judge",
    "charged",
    "sentenced",
    "convicted",
    "indicted",
    "arraigned",
    "acquitted",
    "remanded",
    "guilty"
  };

  /** What links a court step to the violence it is about when the violence comes after it. */
  private static final Pattern CHARGE_LINK =
      Pattern.compile(
          "(?i)^\\W*(?:\\S+\\s+){0,3}?(?:with|of|for|over)\\s+"
              // "charged with one count of murder"
              + "(?:(?:one|two|three|four|five|\\d+|multiple|several)\\s+counts?\\s+of\\s+)?"
              + "(?:\\S+\\s+){0,2}$");

  /**
   * True when a court step's date phrase is about the violence its sentence tells: the violence is
   * told before the step ("the suspect in a shooting ... was released from jail Friday") or is what
   * the step charges ("were charged on Tuesday with killing ..."). Not "a man released from prison
   * on Monday attacked a church": that attack is Monday's.
   */
  public static boolean stepAbout(String sentence, DateMention d, int trigger) {
    if (trigger < d.start()) {
      return true;
    }
    return trigger >= d.end() && CHARGE_LINK.matcher(sentence.substring(d.end(), trigger)).find();
  }

  /** {@link #find(String, LocalDate)} with the sentence's clues, computed once by the caller. */
  public static List<DateMention> find(String sentence, Clues clues, LocalDate published) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(published, "published");
    List<Found> found = TextSpan.longestFirst(candidates(sentence, clues, published));
    found = joinRanges(sentence, found);
    List<DateMention> mentions = new ArrayList<>();
    for (Found f : found) {
      Found g = widen(sentence, f, published);
      if (g.reading.from().isAfter(published)) {
        continue;
      }
      LocalDate to = g.reading.to().isAfter(published) ? published : g.reading.to();
      mentions.add(
          new DateMention(
              g.start,
              g.end,
              sentence.substring(g.start, g.end),
              g.reading.from(),
              to,
              g.reading.precisionWithin(published).value(),
              g.reading.rule()));
    }
    return List.copyOf(mentions);
  }

  private record Found(int start, int end, int order, DateReading reading) implements TextSpan {}

  private static List<Found> candidates(String sentence, Clues clues, LocalDate published) {
    List<Found> all = new ArrayList<>();
    for (int r = 0; r < RULES.size(); r++) {
      DateRule rule = RULES.get(r);
      if (!rule.gate().open(clues)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(sentence).useTransparentBounds(true);
      m.useAnchoringBounds(false);
      int lastEnd = 0;
      for (int w = 0; w < clues.wordCount(); w++) {
        int start = clues.wordStart(w);
        if (start < lastEnd || !rule.mayStartAt(clues, w)) {
          continue;
        }
        m.region(start, sentence.length());
        if (m.lookingAt() && m.end() > m.start()) {
          DateReading reading = rule.resolver().resolve(m, sentence, published);
          if (reading != null) {
            all.add(new Found(m.start(), m.end(), r, reading));
            lastEnd = m.end();
          }
        }
      }
    }
    return all;
  }

  /** "between 5 August and 8 September", "from June 2019 to March 2020": one span. */
  private static List<Found> joinRanges(String sentence, List<Found> found) {
    List<Found> joined = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found a = found.get(i);
      Found range = i + 1 < found.size() ? range(sentence, a, found.get(i + 1)) : null;
      if (range != null) {
        joined.add(range);
        i++;
      } else {
        joined.add(a);
      }
    }
    return joined;
  }

  private static Found range(String sentence, Found a, Found b) {
    Matcher before =
        RANGE_START.matcher(sentence.substring(Math.max(0, a.start - LOOK_BACK), a.start));
    if (!RANGE_LINK.matcher(sentence.substring(a.end, b.start)).matches() || !before.find()) {
      return null;
    }
    LocalDate end = b.reading.to();
    if (end.isBefore(a.reading.from())) {
      end = end.plusYears(1); // "from 20 December to 3 January": the end has no year of its own
      if (end.isBefore(a.reading.from())) {
        return null;
      }
    }
    String rule =
        "range from the start of the first date to the end of the second ("
            + a.reading.rule()
            + "; "
            + b.reading.rule()
            + ")";
    int start = a.start - (before.end() - before.start());
    return new Found(start, b.end, a.order, DateReading.span(a.reading.from(), end, rule));
  }

  /** Takes in "since" (a span to publication) and "on", "in", "during" before the phrase. */
  private static Found widen(String sentence, Found f, LocalDate published) {
    String head = sentence.substring(f.start, f.end);
    if (STARTS_WITH_PREPOSITION.matcher(head).find()) {
      return f;
    }
    String before = sentence.substring(Math.max(0, f.start - LOOK_BACK), f.start);
    Matcher since = SINCE.matcher(before);
    if (since.find() && !f.reading.from().isAfter(published)) {
      return new Found(
          f.start - (since.end() - since.start()),
          f.end,
          f.order,
          DateReading.span(
              f.reading.from(),
              published,
              f.reading.rule() + "; 'since' runs from its start to the publication date"));
    }
    Matcher preposition = PREPOSITION.matcher(before);
    if (preposition.find()) {
      return new Found(
          f.start - (preposition.end() - preposition.start()), f.end, f.order, f.reading);
    }
    return f;
  }
}
