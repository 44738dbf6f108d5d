package org.eventline.suggest.text;

import java.util.Set;

/**
 * Month and weekday names in lower case, as {@link Clues} splits words: one list for the date
 * readers and for anything that must tell a time from a name ("by Sunday evening").
 */
public final class CalendarWords {

  /** Month names and abbreviations. */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Weekday names. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}
}
