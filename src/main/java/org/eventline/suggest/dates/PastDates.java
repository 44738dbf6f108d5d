package org.eventline.suggest.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Resolving dates without a year or week into the past of a publication date. */
final class PastDates {

  private PastDates() {}

  /** The day, or null when it does not exist (31 June, 29 February 2021). */
  static LocalDate dayOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The most recent occurrence of a day and month on or before the publication date; null when the
   * day and month never exist (31 June). 29 February goes back to the latest leap year.
   */
  static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate published) {
    if (!monthDay.isValidYear(2000)) {
      return null;
    }
    for (int year = published.getYear(); year > published.getYear() - 9; year--) {
      if (monthDay.isValidYear(year)) {
        LocalDate d = monthDay.atYear(year);
        if (!d.isAfter(published)) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * Whether a day and month without a year next falls within {@link #FUTURE_WINDOW_DAYS} after
   * publication: news writing "on 21 August" on 11 August means this year's, a plan, not last
   * year's.
   */
  static boolean comesSoon(MonthDay monthDay, LocalDate published) {
    for (int year = published.getYear(); year <= published.getYear() + 1; year++) {
      if (monthDay.isValidYear(year)) {
        LocalDate d = monthDay.atYear(year);
        if (d.isAfter(published)) {
          return !d.isAfter(published.plusDays(FUTURE_WINDOW_DAYS));
        }
      }
    }
    return false;
  }

  /** How far after publication a date without a year is still read as upcoming. */
  static final int FUTURE_WINDOW_DAYS = 60;

  /** The most recent month of that name whose first day is on or before the publication date. */
  static YearMonth latestMonth(Month month, LocalDate published) {
    YearMonth ym = YearMonth.of(published.getYear(), month);
    return ym.atDay(1).isAfter(published) ? ym.minusYears(1) : ym;
  }

  /** The most recent month of that name that ended before the publication month began. */
  static YearMonth previousMonth(Month month, LocalDate published) {
    YearMonth ym = YearMonth.of(published.getYear(), month);
    return ym.isBefore(YearMonth.from(published)) ? ym : ym.minusYears(1);
  }

  /** The weekday on or before the publication date ("on Tuesday", "Tuesday's attack"). */
  static LocalDate weekdayOnOrBefore(DayOfWeek day, LocalDate published) {
    return published.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The weekday strictly before the publication date ("last Tuesday"). */
  static LocalDate weekdayBefore(DayOfWeek day, LocalDate published) {
    return published.with(TemporalAdjusters.previous(day));
  }

  /** Monday of the publication date's week (ISO weeks start on Monday). */
  static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
