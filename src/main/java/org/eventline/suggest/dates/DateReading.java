package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a date phrase means before it is clipped to the publication date.
 *
 * @param from earliest possible day
 * @param to latest possible day
 * @param precision the precision the words carry ("this month" is a month even on the 2nd), or null
 *     when it follows from the length of the span ("between 5 and 8 August")
 * @param rule the rule applied, for people
 */
record DateReading(LocalDate from, LocalDate to, Precision precision, String rule) {

  DateReading {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rule, "rule");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("span ends before it starts: " + from + ".." + to);
    }
  }

  static DateReading day(LocalDate day, String rule) {
    return new DateReading(day, day, Precision.DAY, rule);
  }

  static DateReading span(LocalDate from, LocalDate to, String rule) {
    return new DateReading(from, to, null, rule);
  }

  /** The precision after clipping: the stated one, or the one the clipped span carries. */
  Precision precisionWithin(LocalDate end) {
    return precision != null ? precision : Precision.ofSpan(from, end.isBefore(to) ? end : to);
  }
}
