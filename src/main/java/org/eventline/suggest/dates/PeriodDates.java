package org.eventline.suggest.dates;

import static org.eventline.suggest.dates.CalendarNames.month;
import static org.eventline.suggest.dates.CalendarNames.year;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.Whitespace;

/**
 * Months and years: "August 2018", "in August", "last April", "early August", "mid-August", "late
 * October", "since August", "in 2015", "mid-2019", "since 2003". A bare month name needs a word
 * before it ("in", "since", "last", "early"...) or a year after it, so that "May" the verb, "March"
 * the walk and "Theresa May" are left alone.
 */
final class PeriodDates {

  private static final String PART =
      "(?<part>early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)";
  private static final String YEAR_PART =
      "(?<part>early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end|first\\s+half|second\\s+half)"
          + "\\s+of)";

  static final List<DateRule> RULES =
      List.of(
          DateRule.of(
              "(?:" + PART + "[-\\s]+)?" + month("m") + ",?\\s+" + year("y"),
              PeriodDates::monthYear,
              c -> c.hasMonth() && c.hasDigit(),
              "early mid late the beginning start middle end @month"),
          DateRule.of(
              "(?:(?<lead>in|during|throughout|since|last|this)\\s+|"
                  + PART
                  + "[-\\s]+)"
                  + month("m")
                  + "(?!\\s*,?\\s*\\d)",
              PeriodDates::monthOnly,
              Clues::hasMonth,
              "in during throughout since last this early mid late the beginning start middle end"),
          DateRule.of(
              "(?:(?<lead>in|during|throughout|since)\\s+|" + YEAR_PART + "[-\\s]+)" + year("y"),
              PeriodDates::yearOnly,
              Clues::hasDigit,
              "in during throughout since early mid late the beginning start middle end"));

  private PeriodDates() {}

  private static DateReading monthYear(Matcher m, String sentence, LocalDate published) {
    YearMonth ym =
        YearMonth.of(Integer.parseInt(m.group("y")), CalendarNames.monthOf(m.group("m")));
    return partOfMonth(ym, m.group("part"), "month and year as written");
  }

  private static DateReading monthOnly(Matcher m, String sentence, LocalDate published) {
    Month month = CalendarNames.monthOf(m.group("m"));
    String lead = m.group("lead") == null ? "" : m.group("lead").toLowerCase(Locale.ROOT);
    String name = CalendarNames.name(month);
    if (lead.equals("last")) {
      YearMonth ym = PastDates.previousMonth(month, published);
      return new DateReading(
          ym.atDay(1),
          ym.atEndOfMonth(),
          Precision.MONTH,
          "'last " + name + "' = the most recent " + name + " before the publication month");
    }
    if (PastDates.comesSoon(MonthDay.of(month, 1), published)) {
      return null; // "in September" written in August is a plan
    }
    YearMonth ym = PastDates.latestMonth(month, published);
    String rule = name + " without a year = the most recent " + name + " begun by publication";
    if (lead.equals("since")) {
      return DateReading.span(ym.atDay(1), published, rule + "; 'since' runs to publication");
    }
    return partOfMonth(ym, m.group("part"), rule);
  }

  private static DateReading partOfMonth(YearMonth ym, String part, String rule) {
    if (part == null) {
      return new DateReading(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, rule);
    }
    String p = part.toLowerCase(Locale.ROOT);
    int from = 1;
    int to = 10;
    String words = "days 1-10";
    if (p.equals("mid") || p.contains("middle")) {
      from = 11;
      to = 20;
      words = "days 11-20";
    } else if (p.equals("late") || p.contains("end")) {
      from = 21;
      to = ym.lengthOfMonth();
      words = "days 21-" + to;
    }
    return new DateReading(
        ym.atDay(from),
        ym.atDay(to),
        Precision.MONTH,
        rule + "; '" + Whitespace.collapse(part) + "' = " + words + " (a third of the month)");
  }

  private static DateReading yearOnly(Matcher m, String sentence, LocalDate published) {
    int y = Integer.parseInt(m.group("y"));
    String lead = m.group("lead") == null ? "" : m.group("lead").toLowerCase(Locale.ROOT);
    if (lead.equals("since")) {
      if (y > published.getYear()) {
        return null;
      }
      return DateReading.span(
          LocalDate.of(y, 1, 1), published, "'since' a year = 1 January to publication");
    }
    String part = m.group("part");
    if (part == null) {
      return new DateReading(
          LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, "year as written");
    }
    String p = Whitespace.collapse(part.toLowerCase(Locale.ROOT));
    int first = 1;
    int last = 4;
    if (p.equals("mid") || p.contains("middle")) {
      first = 5;
      last = 8;
    } else if (p.equals("late") || p.contains("end")) {
      first = 9;
      last = 12;
    } else if (p.contains("first half")) {
      last = 6;
    } else if (p.contains("second half")) {
      first = 7;
      last = 12;
    }
    YearMonth end = YearMonth.of(y, last);
    return new DateReading(
        LocalDate.of(y, first, 1),
        end.atEndOfMonth(),
        Precision.YEAR,
        "'" + p + " " + y + "' = months " + first + "-" + last + " of " + y);
  }
}
