package org.eventline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.eventline.curation.Event;

/** Generators of awkward texts and of events built from them, for the property tests. */
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

  static Arbitrary<String> text(int min, int max) {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(TRICKY),
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" .,;()")
                .ofMinLength(1)
                .ofMaxLength(12),
            Arbitraries.strings().withCharRange('\u00A1', '\u024F').ofMinLength(1).ofMaxLength(4));
    return piece
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(parts -> String.join("", parts))
        .filter(s -> s.codePointCount(0, s.length()) >= min && s.length() <= max)
        .filter(s -> !s.isBlank());
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
        new BigDecimal("0.75"),
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
        e.confidence(),
        e.curator(),
        e.notes());
  }
}
