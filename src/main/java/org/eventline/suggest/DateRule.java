package org.eventline.suggest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way of writing a date: a pattern and what a match means on a publication date. */
record DateRule(Pattern pattern, Resolver resolver) {

  /** What a match means; null when the match is not a date after all (31 June, a plural...). */
  @FunctionalInterface
  interface Resolver {
    DateReading resolve(Matcher match, String sentence, LocalDate published);
  }

  /** A rule from a regular expression, case-insensitive except inside {@code (?-i:...)}. */
  static DateRule of(String regex, Resolver resolver) {
    return new DateRule(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), resolver);
  }
}
