package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.NumberWords;

/** One way of writing a date: a pattern and what a match means on a publication date. */
record DateRule(Pattern pattern, Resolver resolver, Gate gate, Set<String> starts) {

  /** What a match means; null when the match is not a date after all (31 June, a plural...). */
  @FunctionalInterface
  interface Resolver {
    DateReading resolve(Matcher match, String sentence, LocalDate published);
  }

  /** Whether the pattern can match a sentence at all, from its {@link Clues}; a fast pre-check. */
  @FunctionalInterface
  interface Gate {
    boolean open(Clues clues);
  }

  /**
   * A rule from a regular expression, case-insensitive except inside {@code (?-i:...)}, tried only
   * on sentences its gate lets through and only at the words a match can start with: {@code
   * starts} lists them in lower case, with {@code #} for a figure, {@code @month}, {@code
   * @weekday} and {@code @number} for every month, weekday and number word.
   */
  static DateRule of(String regex, Resolver resolver, Gate gate, String starts) {
    Set<String> words = new HashSet<>();
    for (String w : starts.split(" ")) {
      switch (w) {
        case "@month" -> words.addAll(CalendarNames.MONTH_WORDS);
        case "@weekday" -> words.addAll(CalendarNames.WEEKDAY_WORDS);
        case "@number" -> words.addAll(NumberWords.WORD_VALUES);
        default -> words.add(w);
      }
    }
    return new DateRule(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver, gate, Set.copyOf(words));
  }

  /** Whether a match may start at word {@code w} of the sentence. */
  boolean mayStartAt(Clues clues, int w) {
    String word = clues.word(w);
    return starts.contains(word) || Character.isDigit(word.charAt(0)) && starts.contains("#");
  }
}
