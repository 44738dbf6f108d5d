package org.eventline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.eventline.curation.Event;
import org.eventline.testing.SampleEvents;

/**
 * Seeded generators of awkward texts and of events built from them, for the property tests: the
 * same seed always gives the same value, so a failing seed reproduces its input.
 */
final class Texts {
  private Texts() {}

  /** Words and characters that YAML, CSV or spreadsheets treat specially. */
  private static final String[] TRICKY = {
    "NO",
    "yes",
    "null",
    "~",
    "12",
    "0x1F",
    "1e3",
    "2021-08-11",
    "- ",
    ": ",
    " #",
    "'",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "—",
    "–",
    "…",
    "=1+2",
    "@SUM",
    "+",
    "\t",
    "\n",
    "\r\n",
    "\u00A0",
    "\u2028",
    "🙂",
    "👨‍👩‍👧",
    "Kabul",
    "کابل",
    "&a",
    "*a",
    "!!str",
    "{x}",
    "[y]",
    "|",
    ">",
    "%",
    "`",
    ",",
    "\\",
    "\u0007"
  };

  private static final String PLAIN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;()";

  /**
   * A non-blank text of 1 to 12 pieces (tricky words, plain words, Latin letters with diacritics)
   * with at least {@code min} code points and at most {@code max} chars.
   */
  static String text(Random random, int min, int max) {
    while (true) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(piece(random));
      }
      String s = text.toString();
      if (s.codePointCount(0, s.length()) >= min && s.length() <= max && !s.isBlank()) {
        return s;
      }
    }
  }

  /** {@link #text} or, with probability {@code nullChance}, null. */
  static String textOrNull(Random random, int min, int max, double nullChance) {
    return random.nextDouble() < nullChance ? null : text(random, min, max);
  }

  private static String piece(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> TRICKY[random.nextInt(TRICKY.length)];
      case 1 -> chars(random, 1 + random.nextInt(12), PLAIN);
      default -> {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
          s.append((char) ('\u00A1' + random.nextInt('\u024F' - '\u00A1' + 1)));
        }
        yield s.toString();
      }
    };
  }

  /** {@code length} chars drawn from {@code alphabet}. */
  static String chars(Random random, int length, String alphabet) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  static Event event(
      String id,
      LocalDate date,
      String actor1,
      String actor2,
      String notes,
      Integer fatalities,
      BigDecimal latitude,
      String quote) {
    return SampleEvents.event(id)
        .eventDate(date)
        .eventDateEnd(date.plusDays(1))
        .actor1(actor1)
        .actor1Category("Rebel groups")
        .actor2(actor2)
        .actor2Category(actor2 == null ? null : "State forces")
        .location(actor1)
        .admin1(notes)
        .latitude(latitude)
        .longitude(latitude == null ? null : latitude.negate())
        .fatalities(fatalities)
        .fatalitiesLow(fatalities)
        .fatalitiesHigh(fatalities)
        .articleDate(date.plusDays(2))
        .sourceQuote(quote)
        .quoteStart(3)
        .quoteEnd(3 + quote.codePointCount(0, quote.length()))
        .datePhrase(notes)
        .notes(notes)
        .build();
  }

  static Event withId(Event e, String id) {
    return e.toBuilder().id(id).build();
  }
}
