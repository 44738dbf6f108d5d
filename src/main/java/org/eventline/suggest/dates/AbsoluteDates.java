package org.eventline.suggest.dates;

import static org.eventline.suggest.dates.CalendarNames.day;
import static org.eventline.suggest.dates.CalendarNames.month;
import static org.eventline.suggest.dates.CalendarNames.weekday;
import static org.eventline.suggest.dates.CalendarNames.year;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import org.eventline.suggest.text.Clues;

/**
 * Calendar dates written out: "10 August 2021", "Aug. 10", "August 10th, 2021", "Thursday, January
 * 24, 2019", "10/08/2021", "2021-08-10", and day ranges in one month ("between 5 and 8 August",
 * "August 5-8"). A date without a year is the most recent one on or before publication.
 */
final class AbsoluteDates {

  private static final String WEEKDAY_PREFIX = "(?:" + weekday("wd") + ",?\\s+)?";
  private static final String RANGE_WORD = "\\s*(?<link>-|–|—|to|and|until|till|through)\\s*";
  private static final String RANGE_START = "(?:(?<pre>between|from)\\s+)?";

  static final List<DateRule> RULES =
      List.of(
          DateRule.of(
              WEEKDAY_PREFIX
                  + "(?:the\\s+)?"
                  + day("d")
                  + "\\s+(?:of\\s+)?"
                  + month("m")
                  + ",?\\s+"
                  + year("y"),
              (m, s, p) -> full(m, "day month year as written"),
              c -> c.hasMonth() && c.hasDigit(),
              "@weekday the #"),
          DateRule.of(
              WEEKDAY_PREFIX + month("m") + "\\s+" + day("d") + ",?\\s+" + year("y"),
              (m, s, p) -> full(m, "month day, year as written"),
              c -> c.hasMonth() && c.hasDigit(),
              "@weekday @month"),
          DateRule.of(
              "(?:the\\s+)?" + day("d") + "\\s+(?:of\\s+)?" + month("m"),
              AbsoluteDates::noYear,
              c -> c.hasMonth() && c.hasDigit(),
              "the #"),
          DateRule.of(
              month("m") + "\\s+" + day("d") + "(?!\\s*[:.]\\d)",
              AbsoluteDates::noYear,
              c -> c.hasMonth() && c.hasDigit(),
              "@month"),
          DateRule.of(
              RANGE_START
                  + "(?:the\\s+)?"
                  + day("d1")
                  + RANGE_WORD
                  + "(?:the\\s+)?"
                  + day("d2")
                  + "\\s+(?:of\\s+)?"
                  + month("m")
                  + "(?:,?\\s+"
                  + year("y")
                  + ")?",
              AbsoluteDates::dayRange,
              c -> c.hasMonth() && c.hasDigit(),
              "between from the #"),
          DateRule.of(
              RANGE_START
                  + month("m")
                  + "\\s+"
                  + day("d1")
                  + RANGE_WORD
                  + day("d2")
                  + "(?:,?\\s+"
                  + year("y")
                  + ")?",
              AbsoluteDates::dayRange,
              c -> c.hasMonth() && c.hasDigit(),
              "between from @month"),
          DateRule.of(
              "(?<![\\d/.-])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>"
                  + "(?<y>(?:19|20)\\d\\d)(?!\\d|[/.-]\\d)",
              AbsoluteDates::numeric,
              Clues::hasDigit,
              "#"),
          DateRule.of(
              "(?<=\\bon\\s)(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/])",
              AbsoluteDates::numericNoYear,
              Clues::hasDigit,
              "#"),
          DateRule.of(
              "(?<![\\d/.-])(?<y>(?:19|20)\\d\\d)(?<sep>[-/])(?<mo>0[1-9]|1[0-2])\\k<sep>"
                  + "(?<d>0[1-9]|[12]\\d|3[01])(?!\\d|[/.-]\\d)",
              AbsoluteDates::iso,
              Clues::hasDigit,
              "#"));

  private AbsoluteDates() {}

  private static DateReading full(Matcher m, String rule) {
    LocalDate d =
        PastDates.dayOrNull(
            Integer.parseInt(m.group("y")),
            CalendarNames.monthOf(m.group("m")).getValue(),
            Integer.parseInt(m.group("d")));
    return d == null ? null : DateReading.day(d, rule);
  }

  private static DateReading noYear(Matcher m, String sentence, LocalDate published) {
    Month month = CalendarNames.monthOf(m.group("m"));
    int dayOfMonth = Integer.parseInt(m.group("d"));
    LocalDate d = latest(month, dayOfMonth, published);
    if (d == null) {
      return null;
    }
    String written = dayOfMonth + " " + CalendarNames.name(month);
    return DateReading.day(
        d,
        "'"
            + written
            + "' without a year = the most recent "
            + written
            + " on or before the publication date");
  }

  private static DateReading dayRange(Matcher m, String sentence, LocalDate published) {
    if (m.group("link").equalsIgnoreCase("and") && m.group("pre") == null) {
      return null; // "on August 5 and 8 people died"
    }
    Month month = CalendarNames.monthOf(m.group("m"));
    int first = Integer.parseInt(m.group("d1"));
    int last = Integer.parseInt(m.group("d2"));
    if (last <= first || last > month.maxLength()) {
      return null;
    }
    LocalDate start;
    String rule;
    if (m.group("y") != null) {
      start = PastDates.dayOrNull(Integer.parseInt(m.group("y")), month.getValue(), first);
      rule = "day range in one month as written";
    } else {
      start = latest(month, first, published);
      rule = "day range without a year = in the most recent such month on or before publication";
    }
    LocalDate end =
        start == null ? null : PastDates.dayOrNull(start.getYear(), month.getValue(), last);
    return end == null ? null : DateReading.span(start, end, rule);
  }

  private static DateReading iso(Matcher m, String sentence, LocalDate published) {
    LocalDate d =
        PastDates.dayOrNull(
            Integer.parseInt(m.group("y")),
            Integer.parseInt(m.group("mo")),
            Integer.parseInt(m.group("d")));
    return d == null ? null : DateReading.day(d, "year-month-day (ISO 8601) as written");
  }

  /**
   * "10/08/2021" is read day-first, as most of the world and most conflict reporting writes it;
   * month-first only when day-first is impossible (second number over 12) or falls after
   * publication while month-first does not.
   */
  private static DateReading numeric(Matcher m, String sentence, LocalDate published) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    int y = Integer.parseInt(m.group("y"));
    LocalDate dayFirst = PastDates.dayOrNull(y, b, a);
    LocalDate monthFirst = PastDates.dayOrNull(y, a, b);
    if (dayFirst != null
        && (!dayFirst.isAfter(published) || monthFirst == null || monthFirst.isAfter(published))) {
      return DateReading.day(dayFirst, "numeric date read day-first (DD/MM/YYYY)");
    }
    if (monthFirst == null) {
      return null;
    }
    String why =
        dayFirst == null
            ? "the second number cannot be a month"
            : "read day-first it would fall after publication";
    return DateReading.day(monthFirst, "numeric date read month-first (MM/DD/YYYY): " + why);
  }

  /**
   * "on 17/03", "late on 2/11": a numeric day and month without a year (only after "on", so that
   * scores and fractions are not read as dates). Of the two readings, day-first and month-first,
   * the one nearest before publication is taken: a report tells of recent events, and this also
   * reads US month-first dates in US stories ("2/11" published on 13 February is 11 February).
   */
  private static DateReading numericNoYear(Matcher m, String sentence, LocalDate published) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    LocalDate dayFirst = a >= 1 && b >= 1 && b <= 12 ? latest(Month.of(b), a, published) : null;
    LocalDate monthFirst = a >= 1 && a <= 12 && b >= 1 ? latest(Month.of(a), b, published) : null;
    if (dayFirst == null && monthFirst == null) {
      return null;
    }
    boolean useDayFirst =
        dayFirst != null && (monthFirst == null || !dayFirst.isBefore(monthFirst));
    return useDayFirst
        ? DateReading.day(
            dayFirst,
            "'" + m.group() + "' read day/month, the most recent such day on or before publication")
        : DateReading.day(
            monthFirst,
            "'"
                + m.group()
                + "' read month/day: nearer before publication than day/month would be");
  }

  /** The most recent such day on or before publication; null if upcoming or impossible. */
  private static LocalDate latest(Month month, int day, LocalDate published) {
    if (day > month.maxLength() || PastDates.comesSoon(MonthDay.of(month, day), published)) {
      return null;
    }
    return PastDates.latestOnOrBefore(MonthDay.of(month, day), published);
  }
}
