package org.eventline.suggest.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import org.eventline.suggest.text.CalendarWords;

/**
 * Month and weekday names as regular-expression parts and their values. Names must be capitalised
 * ("May", never the verb "may"; "March", never "a march"); "Sept." and three-letter abbreviations
 * are read too.
 */
final class CalendarNames {

  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\b|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\\.|\\b)";
  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  /** Month names and abbreviations in lower case, as {@link Clues} splits words. */
  static final Set<String> MONTH_WORDS = CalendarWords.MONTHS;

  /** Weekday names in lower case. */
  static final Set<String> WEEKDAY_WORDS = CalendarWords.WEEKDAYS;

  /**
   * A day of the month, 1 to 31, with an optional ordinal suffix; never part of a longer figure.
   */
  static String day(String group) {
    return "(?<![\\d.,/])(?<" + group + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%])";
  }

  /** A capitalised month name, or an abbreviation with an optional full stop, in a named group. */
  static String month(String group) {
    return "(?-i:(?<" + group + ">" + MONTHS + "))";
  }

  /** A four-digit year from 1800 to 2099, never part of a longer figure. */
  static String year(String group) {
    return "(?<![\\d.,/])(?<" + group + ">(?:18|19|20)\\d\\d)(?![\\d%]|[.,/-]\\d)";
  }

  /** A capitalised weekday name, in a named group. */
  static String weekday(String group) {
    return "(?-i:(?<" + group + ">" + WEEKDAYS + "))\\b";
  }

  static Month monthOf(String name) {
    String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  static DayOfWeek weekdayOf(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** "Tuesday", for rule notes. */
  static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "August", for rule notes. */
  static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private CalendarNames() {}
}
