package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How precisely a text dates something: the values of the schema's {@code date_precision} enum (a
 * test keeps the two equal).
 */
public enum Precision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The schema's spelling. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The precision a span of days really carries: one day is {@code day}; 2 to 7 days {@code week}
   * (UCDP's "span of 2-6 days" and "week"); up to 31 days {@code month}; longer {@code year}.
   */
  static Precision ofSpan(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days <= 1) {
      return DAY;
    }
    if (days <= 7) {
      return WEEK;
    }
    return days <= 31 ? MONTH : YEAR;
  }
}
