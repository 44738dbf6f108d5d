package org.eventline.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eventline.curation.Event;

/** Small known events for the output tests. */
final class TestEvents {

  private TestEvents() {}

  /** A confirmed event with the fields the charts read; everything else plausible. */
  static Event event(
      String id,
      String date,
      String end,
      String precision,
      String type,
      String actor1,
      String actor2,
      String location,
      String admin1,
      String country,
      Double lat,
      Double lon,
      Integer fatalities,
      Integer low,
      Integer high,
      String article,
      String quote) {
    return new Event(
        id,
        LocalDate.parse(date),
        LocalDate.parse(end),
        precision,
        type,
        subEventType(type),
        actor1,
        null,
        actor2,
        null,
        location,
        admin1,
        null,
        country,
        "AFG",
        lat == null ? null : BigDecimal.valueOf(lat),
        lon == null ? null : BigDecimal.valueOf(lon),
        1,
        fatalities,
        low,
        high,
        null,
        null,
        null,
        article,
        LocalDate.parse(end),
        quote,
        0,
        quote.codePointCount(0, quote.length()),
        null,
        null,
        Event.CONFIRMED,
        null,
        "test",
        null);
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
  static java.util.List<Event> small() {
    return java.util.List.of(
        event(
            "b1",
            "2021-08-10",
            "2021-08-10",
            "day",
            "Battles",
            "Taliban",
            "Military Forces of Afghanistan (2004-2021)",
            "Kabul",
            "Kabul",
            "Afghanistan",
            34.5553,
            69.2075,
            4,
            null,
            null,
            "a1",
            "Four people were killed in Kabul."),
        event(
            "b2",
            "2021-08-10",
            "2021-08-11",
            "week",
            "Battles",
            "Taliban",
            null,
            "Kabul",
            "Kabul",
            "Afghanistan",
            34.5553,
            69.2075,
            10,
            10,
            30,
            "a1",
            "At least 10 and up to 30 were killed."),
        event(
            "p1",
            "2021-08-01",
            "2021-08-31",
            "month",
            "Protests",
            "Protesters (Afghanistan)",
            null,
            "Herat",
            "Herat",
            "Afghanistan",
            34.3482,
            62.1997,
            0,
            null,
            null,
            "a2",
            "Protests went on all month; nobody died."),
        event(
            "e1",
            "2021-08-20",
            "2021-08-20",
            "day",
            "Explosions/Remote violence",
            "Unidentified Armed Group (Afghanistan)",
            null,
            "Kandahar",
            null,
            "Afghanistan",
            null,
            null,
            null,
            null,
            null,
            "a3",
            "A bomb went off in Kandahar."));
  }
}
