package org.eventline.output;

import static org.eventline.output.ExportTable.column;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eventline.curation.Event;
import org.eventline.schema.Acled;

/**
 * {@code exports/ucdp-ged.csv}: the events UCDP GED would code, in events.csv order, with the
 * columns of a GED export (codebook version 23.1). UCDP codes organised violence that killed at
 * least one person: Battles, Explosions/Remote violence and Violence against civilians whose best
 * or high fatality figure is at least 1; events without a death, or without a figure, are left out.
 * Every mapping and every loss is documented in docs/exports.md.
 */
final class UcdpExport {

  static final String PATH = "exports/ucdp-ged.csv";

  static final Set<String> ORGANISED_VIOLENCE =
      Set.of(Acled.BATTLES, Acled.EXPLOSIONS_REMOTE_VIOLENCE, Acled.VIOLENCE_AGAINST_CIVILIANS);

  static final String STATE = Acled.STATE_FORCES;
  static final String EXTERNAL = Acled.EXTERNAL_OTHER_FORCES;
  static final String CIVILIANS = Acled.CIVILIANS;

  private UcdpExport() {}

  /** Whether UCDP GED would code the event: organised violence with at least one death. */
  static boolean holds(Event e) {
    int most =
        Math.max(
            e.fatalities() == null ? 0 : e.fatalities(),
            e.fatalitiesHigh() == null ? 0 : e.fatalitiesHigh());
    return ORGANISED_VIOLENCE.contains(e.eventType()) && most >= 1;
  }

  static ExportTable table() {
    return new ExportTable(
        "ucdp-ged",
        PATH,
        "Events in the shape of a UCDP GED export",
        UcdpExport::holds,
        List.of(
            column("id", "string", "Our id (stable), not a UCDP number.", Event::id),
            column("year", "integer", "The year of date_start.", e -> e.eventDate().getYear()),
            column(
                "type_of_violence",
                "integer",
                "1 state-based (a State forces or External/Other forces actor against an organised one), 2 non-state (two organised non-state actors), 3 one-sided (against Civilians); empty when the event names one actor only.",
                UcdpExport::typeOfViolence),
            column(
                "side_a",
                "string",
                "The state actor (State forces, else External/Other forces) in state-based violence, else actor1; the perpetrator in one-sided violence.",
                UcdpExport::sideA),
            column("side_b", "string", "The other actor.", UcdpExport::sideB),
            column("source_article", "string", "article_id.", Event::articleId),
            column("source_date", "date", "article_date.", Event::articleDate),
            column(
                "where_prec",
                "integer",
                "From geo_precision: 1 -> 1, 2 -> 2, 3 -> 4 (first-level unit); 6 when the event is coded to its country only.",
                UcdpExport::wherePrec),
            column(
                "where_coordinates",
                "string",
                "location, the place whose coordinates are given.",
                Event::location),
            column("adm_1", "string", "admin1 (without UCDP's 'province' suffix).", Event::admin1),
            column("adm_2", "string", "admin2.", Event::admin2),
            column("latitude", "number", "latitude (WGS 84).", Event::latitude),
            column("longitude", "number", "longitude (WGS 84).", Event::longitude),
            column("country", "string", "country.", Event::country),
            column("region", "string", "Empty: UCDP's regions are not coded.", e -> null),
            column(
                "date_prec",
                "integer",
                "1 one day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year, from the span and date_precision.",
                UcdpExport::datePrec),
            column("date_start", "date", "event_date.", Event::eventDate),
            column("date_end", "date", "event_date_end.", DatasetSummary::end),
            column("deaths_a", "integer", "Empty: deaths are not split by side.", e -> null),
            column("deaths_b", "integer", "Empty: deaths are not split by side.", e -> null),
            column(
                "deaths_civilians", "integer", "Empty: deaths are not split by side.", e -> null),
            column("deaths_unknown", "integer", "Empty: deaths are not split by side.", e -> null),
            column(
                "best",
                "integer",
                "fatalities (best estimate); empty when the text gives only a high figure.",
                Event::fatalities),
            column(
                "high",
                "integer",
                "fatalities_high, or fatalities when the text gives one figure.",
                e -> e.fatalitiesHigh() != null ? e.fatalitiesHigh() : e.fatalities()),
            column(
                "low",
                "integer",
                "fatalities_low, or fatalities when the text gives one figure.",
                e -> e.fatalitiesLow() != null ? e.fatalitiesLow() : e.fatalities())));
  }

  static Integer typeOfViolence(Event e) {
    if (CIVILIANS.equals(e.actor2Category()) || CIVILIANS.equals(e.actor1Category())) {
      return 3;
    }
    if (e.actor2() == null || e.actor1Category() == null || e.actor2Category() == null) {
      return null;
    }
    return state(e.actor1Category()) || state(e.actor2Category()) ? 1 : 2;
  }

  /** State forces, at home or abroad (ACLED codes a state's military abroad External/Other). */
  static boolean state(String category) {
    return STATE.equals(category) || EXTERNAL.equals(category);
  }

  static String sideA(Event e) {
    boolean swap =
        state(e.actor2Category()) && !state(e.actor1Category())
            || CIVILIANS.equals(e.actor1Category());
    return swap ? e.actor2() : e.actor1();
  }

  static String sideB(Event e) {
    boolean swap =
        state(e.actor2Category()) && !state(e.actor1Category())
            || CIVILIANS.equals(e.actor1Category());
    return swap ? e.actor1() : e.actor2();
  }

  static Integer wherePrec(Event e) {
    if (e.location() != null && e.location().equals(e.country())) {
      return 6;
    }
    Integer geo = e.geoPrecision();
    return geo == null
        ? null
        : switch (geo) {
          case 1 -> 1;
          case 2 -> 2;
          default -> 4;
        };
  }

  static Integer datePrec(Event e) {
    long days = ChronoUnit.DAYS.between(e.eventDate(), DatasetSummary.end(e)) + 1;
    if (days == 1) {
      return 1;
    }
    return switch (e.datePrecision()) {
      case "year" -> 5;
      case "month" -> 4;
      default -> days <= 6 ? 2 : 3;
    };
  }
}
