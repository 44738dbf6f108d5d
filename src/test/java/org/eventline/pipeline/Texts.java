package org.eventline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.eventline.curation.Event;

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
    return new Event(
        id,
        date,
        date.plusDays(1),
        "day",
        "Battles",
        "Armed clash",
        actor1,
        "Rebel groups",
        actor2,
        actor2 == null ? null : "State forces",
        actor1,
        notes,
        null,
        "Afghanistan",
        "AFG",
        latitude,
        latitude == null ? null : latitude.negate(),
        1,
        fatalities,
        fatalities,
        fatalities,
        null,
        null,
        null,
        "a",
        date.plusDays(2),
        quote,
        3,
        3 + quote.codePointCount(0, quote.length()),
        notes,
        null,
        "confirmed",
        null,
        "test",
        notes);
  }

  static Event withId(Event e, String id) {
    return new Event(
        id,
        e.eventDate(),
        e.eventDateEnd(),
        e.datePrecision(),
        e.eventType(),
        e.subEventType(),
        e.actor1(),
        e.actor1Category(),
        e.actor2(),
        e.actor2Category(),
        e.location(),
        e.admin1(),
        e.admin2(),
        e.country(),
        e.iso3(),
        e.latitude(),
        e.longitude(),
        e.geoPrecision(),
        e.fatalities(),
        e.fatalitiesLow(),
        e.fatalitiesHigh(),
        e.injured(),
        e.injuredLow(),
        e.injuredHigh(),
        e.articleId(),
        e.articleDate(),
        e.sourceQuote(),
        e.quoteStart(),
        e.quoteEnd(),
        e.datePhrase(),
        e.casualtyPhrase(),
        e.status(),
        e.origin(),
        e.curator(),
        e.notes());
  }
}
