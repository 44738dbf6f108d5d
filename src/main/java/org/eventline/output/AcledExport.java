package org.eventline.output;

import static org.eventline.output.ExportTable.column;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eventline.curation.Event;
import org.eventline.schema.Acled;

/**
 * {@code exports/acled.csv}: one row per published event, in events.csv order, with the columns of
 * an ACLED export (codebook of 2019-2023, numeric {@code inter} codes). Every mapping and every
 * loss is documented in docs/exports.md; a value with no counterpart is left empty.
 */
final class AcledExport {

  static final String PATH = "exports/acled.csv";

  /** ACLED's actor categories, in the order of their inter codes 1-8. */
  static final List<String> INTER = Acled.ACTOR_CATEGORIES;

  private static final Map<String, Integer> TIME_PRECISION =
      Map.of("day", 1, "week", 2, "month", 3);

  private AcledExport() {}

  static ExportTable table(IsoNumeric iso) {
    return new ExportTable(
        "acled",
        PATH,
        "Events in the shape of an ACLED export",
        e -> true,
        List.of(
            column(
                "event_id_cnty",
                "string",
                "Our id (stable; starts with the country's ISO3 code in lower case), not an ACLED number.",
                Event::id),
            column(
                "event_date",
                "date",
                "event_date when known to the day; else the middle day of event_date..event_date_end, as ACLED codes a week or a month.",
                AcledExport::eventDate),
            column("year", "integer", "The year of event_date above.", e -> eventDate(e).getYear()),
            column(
                "time_precision",
                "integer",
                "1 day, 2 week (or a span of days), 3 month, from date_precision; empty for year precision (ACLED leaves such events out).",
                e -> TIME_PRECISION.get(e.datePrecision())),
            column(
                "disorder_type",
                "string",
                "From event_type and sub_event_type by ACLED's table.",
                AcledExport::disorderType),
            column("event_type", "string", "event_type (the same typology).", Event::eventType),
            column(
                "sub_event_type",
                "string",
                "sub_event_type (the same typology).",
                Event::subEventType),
            column("actor1", "string", "actor1.", Event::actor1),
            column("assoc_actor_1", "string", "Empty: no associated actors are coded.", e -> null),
            column(
                "inter1",
                "integer",
                "actor1_category as ACLED's numeric code 1-8.",
                e -> inter(e.actor1Category())),
            column("actor2", "string", "actor2.", Event::actor2),
            column("assoc_actor_2", "string", "Empty: no associated actors are coded.", e -> null),
            column(
                "inter2",
                "integer",
                "actor2_category as ACLED's numeric code 1-8; empty without actor2.",
                e -> inter(e.actor2Category())),
            column(
                "interaction",
                "integer",
                "The two inter codes, smaller first (a lone actor's code followed by 0); empty when a category is missing.",
                AcledExport::interaction),
            column(
                "civilian_targeting",
                "string",
                "'Civilian targeting' when actor2_category is Civilians; else empty.",
                e -> Acled.CIVILIANS.equals(e.actor2Category()) ? "Civilian targeting" : null),
            column("iso", "integer", "iso3 as the ISO 3166-1 numeric code.", e -> iso.of(e.iso3())),
            column("region", "string", "Empty: ACLED's regions are not coded.", e -> null),
            column("country", "string", "country.", Event::country),
            column("admin1", "string", "admin1.", Event::admin1),
            column("admin2", "string", "admin2.", Event::admin2),
            column("admin3", "string", "Empty: no third-level unit is coded.", e -> null),
            column("location", "string", "location.", Event::location),
            column("latitude", "number", "latitude (WGS 84).", Event::latitude),
            column("longitude", "number", "longitude (WGS 84).", Event::longitude),
            column(
                "geo_precision",
                "integer",
                "geo_precision (the same 1-3 scale).",
                Event::geoPrecision),
            column(
                "source",
                "string",
                "article_id, the article the event comes from (seeds/SOURCES.md names its publisher).",
                Event::articleId),
            column("source_scale", "string", "Empty: not coded.", e -> null),
            column(
                "notes",
                "string",
                "source_quote, the article's own words (not a summary).",
                Event::sourceQuote),
            column(
                "fatalities",
                "integer",
                "fatalities (best estimate, lowest reported figure as in ACLED); empty, not 0, when the text gives none.",
                Event::fatalities),
            column("tags", "string", "Empty: not coded.", e -> null),
            column(
                "timestamp",
                "integer",
                "Empty: the build records no time, so that the file is the same on every build.",
                e -> null)));
  }

  static LocalDate eventDate(Event e) {
    LocalDate end = DatasetSummary.end(e);
    return e.eventDate().plusDays(ChronoUnit.DAYS.between(e.eventDate(), end) / 2);
  }

  static Integer inter(String category) {
    int i = category == null ? -1 : INTER.indexOf(category);
    return i < 0 ? null : i + 1;
  }

  static Integer interaction(Event e) {
    Integer a = inter(e.actor1Category());
    Integer b = inter(e.actor2Category());
    if (a == null || (e.actor2() != null && b == null)) {
      return null;
    }
    if (b == null) {
      return a * 10;
    }
    return Math.min(a, b) * 10 + Math.max(a, b);
  }

  static String disorderType(Event e) {
    return switch (e.eventType()) {
      case Acled.PROTESTS ->
          Acled.EXCESSIVE_FORCE_AGAINST_PROTESTERS.equals(e.subEventType())
              ? "Political violence; Demonstrations"
              : "Demonstrations";
      case Acled.RIOTS ->
          Acled.MOB_VIOLENCE.equals(e.subEventType()) ? "Political violence" : "Demonstrations";
      case Acled.STRATEGIC_DEVELOPMENTS -> "Strategic developments"; // the disorder type
      default -> "Political violence";
    };
  }
}
