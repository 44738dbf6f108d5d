package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A date phrase found in a sentence and what it means on the article's publication date.
 *
 * @param start UTF-16 index of the phrase in the sentence passed in
 * @param end UTF-16 index just after the phrase
 * @param phrase {@code sentence.substring(start, end)}
 * @param from earliest possible day, never after the publication date
 * @param to latest possible day, never after the publication date
 * @param precision "day", "week", "month" or "year" (the schema's {@code date_precision} values)
 * @param rule the rule applied, for people ("yesterday = publication date - 1 day")
 */
public record DateMention(
    int start,
    int end,
    String phrase,
    LocalDate from,
    LocalDate to,
    String precision,
    String rule) {

  private static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year");

  public DateMention {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start || end - start != phrase.length()) {
      throw new IllegalArgumentException(
          "bad span " + start + ".." + end + " for '" + phrase + "'");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date span ends before it starts: " + from + ".." + to);
    }
    if (!PRECISIONS.contains(precision)) {
      throw new IllegalArgumentException("unknown precision '" + precision + "'");
    }
  }
}
