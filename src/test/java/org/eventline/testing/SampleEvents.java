package org.eventline.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eventline.curation.Event;
import org.eventline.curation.EventBuilder;

/**
 * The sample events of the tests, in one place: a plausible confirmed event to change with the
 * builder, and the small known dataset the output tests draw and compare.
 */
public final class SampleEvents {

  private SampleEvents() {}

  /**
   * A confirmed Battles event (Armed clash) of 10 August 2021 in Afghanistan (AFG, geo precision
   * 1), quoted as "q" at offsets 0 to 1 of article "a" published that day, curator "test"; actors,
   * place, coordinates and figures unset.
   */
  public static EventBuilder event(String id) {
    LocalDate day = LocalDate.of(2021, 8, 10);
    return Event.builder(id)
        .eventDate(day)
        .eventDateEnd(day)
        .datePrecision("day")
        .eventType("Battles")
        .subEventType("Armed clash")
        .country("Afghanistan")
        .iso3("AFG")
        .geoPrecision(1)
        .articleId("a")
        .articleDate(day)
        .sourceQuote("q")
        .quoteStart(0)
        .quoteEnd(1)
        .status(Event.CONFIRMED)
        .curator("test");
  }

  /**
   * {@link #event} of this type (with a sub-event type of that type) from {@code from} to {@code
   * to}, published in article {@code article} on the last day, with {@code quote} at its start.
   */
  public static EventBuilder event(
      String id,
      String type,
      String from,
      String to,
      String precision,
      String article,
      String quote) {
    return event(id)
        .eventType(type)
        .subEventType(subEventType(type))
        .eventDate(LocalDate.parse(from))
        .eventDateEnd(LocalDate.parse(to))
        .datePrecision(precision)
        .articleId(article)
        .articleDate(LocalDate.parse(to))
        .sourceQuote(quote)
        .quoteEnd(quote.codePointCount(0, quote.length()));
  }

  private static String subEventType(String type) {
    return switch (type) {
      case "Battles" -> "Armed clash";
      case "Protests" -> "Peaceful protest";
      case "Explosions/Remote violence" -> "Suicide bomb";
      case "Violence against civilians" -> "Attack";
      case "Riots" -> "Mob violence";
      default -> "Other";
    };
  }

  /**
   * Four events over 31 days of August 2021 (so day bins): two Battles in Kabul (one over two days,
   * with a range 10-30, best 10), a month-precision Protest in Herat, and an explosion in Kandahar
   * with no fatality figure and no coordinates. Three articles.
   */
  public static List<Event> small() {
    return List.of(
        event(
                "b1",
                "Battles",
                "2021-08-10",
                "2021-08-10",
                "day",
                "a1",
                "Four people were killed in Kabul.")
            .actor1("Taliban")
            .actor2("Military Forces of Afghanistan (2004-2021)")
            .location("Kabul")
            .admin1("Kabul")
            .latitude(BigDecimal.valueOf(34.5553))
            .longitude(BigDecimal.valueOf(69.2075))
            .fatalities(4)
            .build(),
        event(
                "b2",
                "Battles",
                "2021-08-10",
                "2021-08-11",
                "week",
                "a1",
                "At least 10 and up to 30 were killed.")
            .actor1("Taliban")
            .location("Kabul")
            .admin1("Kabul")
            .latitude(BigDecimal.valueOf(34.5553))
            .longitude(BigDecimal.valueOf(69.2075))
            .fatalities(10)
            .fatalitiesLow(10)
            .fatalitiesHigh(30)
            .build(),
        event(
                "p1",
                "Protests",
                "2021-08-01",
                "2021-08-31",
                "month",
                "a2",
                "Protests went on all month; nobody died.")
            .actor1("Protesters (Afghanistan)")
            .location("Herat")
            .admin1("Herat")
            .latitude(BigDecimal.valueOf(34.3482))
            .longitude(BigDecimal.valueOf(62.1997))
            .fatalities(0)
            .build(),
        event(
                "e1",
                "Explosions/Remote violence",
                "2021-08-20",
                "2021-08-20",
                "day",
                "a3",
                "A bomb went off in Kandahar.")
            .actor1("Unidentified Armed Group (Afghanistan)")
            .location("Kandahar")
            .build());
  }
}
