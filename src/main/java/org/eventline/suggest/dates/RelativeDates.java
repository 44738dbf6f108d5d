package org.eventline.suggest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.eventline.suggest.text.NumberWords;
import org.eventline.suggest.text.Whitespace;

/**
 * Dates relative to the publication day: "yesterday", "today", "last night", "this week", "last
 * week", "this month", "last month", "this year", "earlier this year", "over the weekend", "in
 * recent days", "in less than a week", "in the past three months", "two days ago".
 */
final class RelativeDates {

  private static final String APOS = "(?:['’]s)?\\b";
  private static final String COUNT =
      "(?<n>"
          + NumberWords.CARDINAL
          + "|a|an|one|a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of)";

  static final List<DateRule> RULES =
      List.of(
          DateRule.of(
              "\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b",
              (m, s, p) ->
                  DateReading.day(
                      p.minusDays(2), "'the day before yesterday' = publication date - 2 days"),
              c -> c.has("yesterday"),
              "the day"),
          DateRule.of(
              "\\b(?:(?:late|early)\\s+)?yesterday"
                  + APOS
                  + "(?:\\s+(?:morning|afternoon|evening|night)\\b)?",
              (m, s, p) -> DateReading.day(p.minusDays(1), "yesterday = publication date - 1 day"),
              c -> c.has("yesterday"),
              "late early yesterday"),
          DateRule.of(
              "\\b(?:(?:earlier|later|late|early)\\s+)?today"
                  + APOS
                  + "|\\btonight\\b|\\bthis\\s+(?:morning|afternoon|evening)\\b",
              (m, s, p) -> DateReading.day(p, "today = publication date"),
              c -> c.has("today", "tonight", "this "),
              "earlier later late early today tonight this"),
          DateRule.of(
              "\\blast\\s+night" + APOS,
              (m, s, p) ->
                  DateReading.day(
                      p.minusDays(1),
                      "'last night' = the night before publication, dated the day"
                          + " before publication"),
              c -> c.has("night"),
              "last"),
          DateRule.of(
              "\\bovernight(?=\\s*[,.;:]|\\s*$|\\s+(?:on|into|in|to|from|at|near|when|as|and)\\b)",
              (m, s, p) ->
                  DateReading.span(
                      p.minusDays(1),
                      p,
                      "'overnight' = the night before publication: the day before to the"
                          + " publication day"),
              c -> c.has("overnight"),
              "overnight"),
          DateRule.of(
              "\\b(?:earlier\\s+)?this\\s+week" + APOS,
              (m, s, p) ->
                  new DateReading(
                      PastDates.mondayOf(p),
                      p,
                      Precision.WEEK,
                      "'this week' = Monday of the publication week to the publication date"),
              c -> c.has("week"),
              "earlier this"),
          DateRule.of(
              "\\blast\\s+week" + APOS + "|\\bthe\\s+previous\\s+week\\b",
              (m, s, p) ->
                  new DateReading(
                      PastDates.mondayOf(p).minusWeeks(1),
                      PastDates.mondayOf(p).minusDays(1),
                      Precision.WEEK,
                      "'last week' = the calendar week before the publication week, Monday to"
                          + " Sunday"),
              c -> c.has("week"),
              "last the"),
          DateRule.of(
              "\\b(?:earlier\\s+)?this\\s+month" + APOS,
              (m, s, p) ->
                  new DateReading(
                      p.withDayOfMonth(1),
                      p,
                      Precision.MONTH,
                      "'this month' = the 1st of the publication month to the publication date"),
              c -> c.has("month"),
              "earlier this"),
          DateRule.of(
              "\\blast\\s+month" + APOS + "|\\bthe\\s+previous\\s+month\\b",
              (m, s, p) -> {
                YearMonth last = YearMonth.from(p).minusMonths(1);
                return new DateReading(
                    last.atDay(1),
                    last.atEndOfMonth(),
                    Precision.MONTH,
                    "'last month' = the calendar month before the publication month");
              },
              c -> c.has("month"),
              "last the"),
          DateRule.of(
              "\\b(?:earlier\\s+)?this\\s+year" + APOS,
              (m, s, p) ->
                  new DateReading(
                      p.withDayOfYear(1),
                      p,
                      Precision.YEAR,
                      "'this year' = 1 January of the publication year to the publication date"),
              c -> c.has("year"),
              "earlier this"),
          DateRule.of(
              "\\blast\\s+year" + APOS + "|\\bthe\\s+previous\\s+year\\b",
              (m, s, p) -> {
                int y = p.getYear() - 1;
                return new DateReading(
                    LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31),
                    Precision.YEAR,
                    "'last year' = the calendar year before the publication year");
              },
              c -> c.has("year"),
              "last the"),
          DateRule.of(
              "\\b(?<lead>over|during|at|on|this|last|past)\\s+(?:the\\s+)?(?:past\\s+)?weekend"
                  + APOS,
              RelativeDates::weekend,
              c -> c.has("weekend"),
              "over during at on this last past"),
          DateRule.of(
              "\\b(?:(?:in|over|during|within|for)\\s+the\\s+(?:past|last)"
                  + "|(?:in|over|during|within|for)\\s+past"
                  + "|(?<less>(?:in|within)\\s+(?:less\\s+than|under))|within)\\s+"
                  + "(?:"
                  + COUNT
                  + "\\s+)?(?<unit>hours?|days?|weeks?|months?|years?)\\b",
              RelativeDates::window,
              c -> c.has("past", "last", "less than", "under", "within"),
              "in over during within for"),
          DateRule.of(
              "\\b(?:in|over|during)\\s+(?:the\\s+)?recent\\s+(?<unit>days|weeks|months|years)\\b",
              RelativeDates::window,
              c -> c.has("recent"),
              "in over during"),
          DateRule.of(
              "\\b" + COUNT + "\\s+(?<unit>days?|weeks?|fortnight|months?|years?)\\s+ago\\b",
              RelativeDates::ago,
              c -> c.has(" ago"),
              "# @number a an one few several couple"));

  private RelativeDates() {}

  private static DateReading weekend(Matcher m, String sentence, LocalDate published) {
    String lead = m.group("lead").toLowerCase(Locale.ROOT);
    LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    boolean weekendNow = published.getDayOfWeek().getValue() >= 6;
    if ((lead.equals("last") || lead.equals("past")) && weekendNow) {
      saturday = saturday.minusWeeks(1);
      return new DateReading(
          saturday,
          saturday.plusDays(1),
          Precision.WEEK,
          "'last weekend' on a weekend = the Saturday and Sunday of the week before");
    }
    return new DateReading(
        saturday,
        saturday.plusDays(1),
        Precision.WEEK,
        "'the weekend' = the most recent Saturday and Sunday begun by publication");
  }

  /**
   * "in the past three days": the N calendar days ending on the publication day; "recent", "few"
   * and "several" are 7 days, 4 weeks, 3 months or 3 years.
   */
  private static DateReading window(Matcher m, String sentence, LocalDate published) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    String n = groupOrNull(m, "n");
    long count = n == null ? (unit.endsWith("s") ? -1 : 1) : count(n);
    if (count == 0) {
      return null;
    }
    String rule = "'" + Whitespace.collapse(m.group()) + "' = ";
    if (count < 0) {
      count = unit.startsWith("day") ? 7 : unit.startsWith("week") ? 4 : 3;
      rule += "(vague, read as " + count + " " + plural(unit) + ") ";
    }
    LocalDate from;
    if (unit.startsWith("hour")) {
      from = published.minusDays((count + 23) / 24);
    } else if (unit.startsWith("day")) {
      from = published.minusDays(count - 1);
    } else if (unit.startsWith("week")) {
      from = published.minusDays(7 * count - 1);
    } else if (unit.startsWith("month")) {
      from = published.minusMonths(count).plusDays(1);
    } else {
      from = published.minusYears(count).plusDays(1);
    }
    return DateReading.span(from, published, rule + extent(from, published, count, unit));
  }

  private static String extent(LocalDate from, LocalDate published, long count, String unit) {
    if (unit.startsWith("month") || unit.startsWith("year")) {
      return "publication date - " + count + " " + plural(unit) + " + 1 day, to publication date";
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, published) + 1;
    return "the " + days + " calendar days ending on the publication date";
  }

  private static DateReading ago(Matcher m, String sentence, LocalDate published) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    long count = count(m.group("n"));
    String words = "'" + Whitespace.collapse(m.group()) + "'";
    if (count < 0) {
      if (!unit.startsWith("day")) {
        return null;
      }
      return DateReading.span(
          published.minusDays(7),
          published.minusDays(2),
          words + " = 2 to 7 days before publication");
    }
    if (unit.startsWith("day")) {
      return DateReading.day(
          published.minusDays(count), words + " = publication date - " + count + " days");
    }
    if (unit.startsWith("week") || unit.startsWith("fortnight")) {
      long days = unit.startsWith("fortnight") ? 14 * count : 7 * count;
      LocalDate centre = published.minusDays(days);
      return new DateReading(
          centre.minusDays(3),
          centre.plusDays(3),
          Precision.WEEK,
          words + " = the 7 days around publication date - " + days + " days");
    }
    if (unit.startsWith("month")) {
      YearMonth ym = YearMonth.from(published).minusMonths(count);
      return new DateReading(
          ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, words + " = the calendar month " + ym);
    }
    int y = published.getYear() - (int) count;
    return new DateReading(
        LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, words + " = the year " + y);
  }

  /** The number in "two", "a", "several"...; -1 for vague words. */
  private static long count(String n) {
    String t = Whitespace.collapse(n.toLowerCase(Locale.ROOT));
    if (t.equals("a") || t.equals("an") || t.equals("one")) {
      return 1;
    }
    if (t.contains("couple")) {
      return 2;
    }
    if (t.contains("few") || t.equals("several")) {
      return -1;
    }
    return NumberWords.parse(t);
  }

  private static String plural(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.endsWith("s") ? u : u + "s";
  }

  private static String groupOrNull(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
