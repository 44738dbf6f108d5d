package org.eventline.suggest.dates;

import static org.eventline.suggest.dates.CalendarNames.weekday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.eventline.suggest.text.TextScan;

/**
 * Weekdays: "on Tuesday", "Tuesday's attack", "late on Sunday", "on Sunday night", "last Tuesday",
 * "since Friday". News writes "on Tuesday" for the most recent Tuesday, and for the publication day
 * itself when that is a Tuesday; "last Tuesday" for the most recent Tuesday before publication.
 * Names ("Bloody Sunday", "the Sunday Times"), habits ("every Friday"), deadlines ("until
 * Thursday") and the future ("next Monday") are left alone.
 */
final class WeekdayDates {

  private static final Set<String> NOT_AFTER =
      Set.of(
          "next",
          "every",
          "each",
          "coming",
          "following",
          "the",
          "a",
          "an",
          "until",
          "till",
          "by",
          "bloody",
          "black",
          "super",
          "easter",
          "palm",
          "good",
          "holy",
          "ash",
          "cyber",
          "maundy",
          "shrove",
          "whit",
          "low",
          "giving");

  static final List<DateRule> RULES =
      List.of(
          DateRule.of(
              "\\b(?:(?<lead>last|this|past|previous|since|on|late\\s+on|early\\s+on|late|early)\\s+)?"
                  + weekday("wd")
                  + "(?<poss>['’]s\\b)?"
                  + "(?:\\s+(?<part>night|morning|evening|afternoon))?",
              WeekdayDates::resolve,
              c -> c.has("day"),
              "last this past previous since on late early @weekday"));

  private WeekdayDates() {}

  private static DateReading resolve(Matcher m, String sentence, LocalDate published) {
    boolean bare = m.group("lead") == null;
    if (bare && NOT_AFTER.contains(TextScan.wordBefore(sentence, m.start()))) {
      return null;
    }
    if (bare && m.group("poss") == null && m.group("part") == null) {
      if (nameFollows(sentence, m.end())) {
        return null;
      }
    }
    DayOfWeek day = CalendarNames.weekdayOf(m.group("wd"));
    String name = CalendarNames.name(day);
    String lead = m.group("lead") == null ? "" : m.group("lead").toLowerCase(Locale.ROOT);
    if (lead.equals("last") || lead.equals("past") || lead.equals("previous")) {
      return DateReading.day(
          PastDates.weekdayBefore(day, published),
          "'" + lead + " " + name + "' = the most recent " + name + " before the publication date");
    }
    LocalDate d = PastDates.weekdayOnOrBefore(day, published);
    String rule =
        "'"
            + name
            + "' = the most recent "
            + name
            + " on or before the publication date (the publication day itself if it is a "
            + name
            + ")";
    if (lead.equals("since")) {
      return DateReading.span(d, published, rule + "; 'since' runs to publication");
    }
    return DateReading.day(d, rule);
  }

  /** Whether a capitalised word follows directly, as in "Sunday Times". */
  private static boolean nameFollows(String text, int offset) {
    int i = offset;
    if (i >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
