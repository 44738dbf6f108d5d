package org.eventline.suggest.places;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a suggested event happened, as the event fields need it: location, admin1, admin2, country,
 * ISO code, coordinates and ACLED geo precision, with the reason.
 */
public record EventPlace(
    String location,
    String admin1,
    String admin2,
    Country country,
    BigDecimal latitude,
    BigDecimal longitude,
    int geoPrecision,
    boolean inSentence,
    String reason) {

  /**
   * No place at all: the sentence, its paragraph and the article name none the gazetteer knows. The
   * suggestion leaves location, country and precision empty for the curator.
   */
  public static EventPlace unknown(String reason) {
    return new EventPlace(null, null, null, null, null, null, 0, false, reason);
  }

  /** At most this many events from one sentence (one per place). */
  static final int MAX_PER_SENTENCE = 4;

  /**
   * The event places a sentence names: each populated place, each first-level unit that contains
   * none of them, else one country (the one after "in", "into"...; else the article's country if
   * named); none when the sentence names countries only as actors or owners ("Turkey began").
   */
  static List<EventPlace> of(List<PlaceMention> mentions, Country articleCountry) {
    List<PlaceMention> specific = new ArrayList<>();
    for (PlaceMention m : mentions) {
      if (m.level() == PlaceMention.Level.CITY) {
        addOnce(specific, m);
      }
    }
    for (PlaceMention m : mentions) {
      if (m.level() == PlaceMention.Level.ADMIN1
          && specific.stream().noneMatch(c -> inside(c, m))) {
        addOnce(specific, m);
      }
    }
    specific.sort(java.util.Comparator.comparingInt(PlaceMention::start));
    List<EventPlace> out = new ArrayList<>();
    for (PlaceMention m : specific) {
      if (out.size() < MAX_PER_SENTENCE) {
        out.add(of(m));
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    List<PlaceMention> countries =
        mentions.stream().filter(m -> m.level() == PlaceMention.Level.COUNTRY).toList();
    PlaceMention chosen =
        countries.stream()
            .filter(PlaceMention::locative)
            .findFirst()
            .orElse(
                countries.stream()
                    .filter(m -> articleCountry != null && m.country().equals(articleCountry))
                    .findFirst()
                    .orElse(null));
    if (chosen == null) {
      return List.of();
    }
    return List.of(
        countryLevel(chosen.country(), chosen.place(), true, "country named: " + chosen.reason()));
  }

  private static void addOnce(List<PlaceMention> list, PlaceMention m) {
    if (list.stream().noneMatch(o -> o.place().equals(m.place()))) {
      list.add(m);
    }
  }

  private static boolean inside(PlaceMention city, PlaceMention unit) {
    return city.place().country().equals(unit.place().country())
        && city.place().admin1().equals(unit.place().admin1());
  }

  public static EventPlace of(PlaceMention m) {
    Place p = m.place();
    Country c = m.country();
    String admin1 = c.region() != null ? c.region() : blankToNull(p.admin1());
    if (m.level() == PlaceMention.Level.ADMIN1) {
      return at(m, admin1, null, 3, "; a first-level unit: geo_precision 3 at its seat");
    }
    String admin2 = c.region() != null ? blankToNull(p.admin1()) : blankToNull(p.admin2());
    if (Place.SECOND_LEVEL_UNIT.equals(p.featureCode())) {
      return at(
          m, admin1, admin2, 2, "; a second-level unit: geo_precision 2 at its most populous town");
    }
    return m.near()
        ? at(m, admin1, admin2, 2, "; 'near' the place: geo_precision 2")
        : at(m, admin1, admin2, 1, "");
  }

  /** The mention's place at its coordinates, with the precision and why, after its reason. */
  private static EventPlace at(
      PlaceMention m, String admin1, String admin2, int precision, String why) {
    return new EventPlace(
        written(m),
        admin1,
        admin2,
        m.country(),
        decimal(m.place().latitude()),
        decimal(m.place().longitude()),
        precision,
        true,
        m.reason() + why);
  }

  /** The same place, found outside the sentence for the reason given (which cites this one's). */
  EventPlace fromOutsideTheSentence(String why) {
    return new EventPlace(
        location, admin1, admin2, country, latitude, longitude, geoPrecision, false, why);
  }

  /** The place as the text writes it ("Tell Tamer", "Helmand" for "Helmand Province"). */
  private static String written(PlaceMention m) {
    if (m.place() != null && m.place().fromDataset()) {
      return m.place().name();
    }
    String phrase = m.phrase();
    int space = phrase.lastIndexOf(' ');
    if (m.level() == PlaceMention.Level.ADMIN1 && space > 0) {
      String lastWord = phrase.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
      if (PlaceCues.UNIT_WORDS.contains(lastWord)) {
        return phrase.substring(0, space);
      }
    }
    return phrase;
  }

  /**
   * A place known only at country level, coded to the capital's coordinates (ACLED's geo precision
   * 3). Its admin1 is left empty (the region for a country coded as a region of another): the
   * capital's province is where the coordinates are, not where the event is known to have been.
   */
  static EventPlace countryLevel(Country c, Place capital, boolean inSentence, String reason) {
    String admin1 = c.region();
    return new EventPlace(
        c.localName(),
        admin1,
        null,
        c,
        capital == null ? null : decimal(capital.latitude()),
        capital == null ? null : decimal(capital.longitude()),
        3,
        inSentence,
        reason
            + "; known only at country level: geo_precision 3, coded to the capital"
            + (capital == null ? "" : " " + capital.asciiName()));
  }

  /**
   * True when the place is known only at country level ({@link #countryLevel}): no town, county or
   * first-level unit of the country's own.
   */
  public boolean onlyTheCountry() {
    return country != null
        && geoPrecision == 3
        && admin2 == null
        && java.util.Objects.equals(admin1, country.region());
  }

  /**
   * A first-level unit standing for an event the text places nowhere more precise than its country
   * ({@code unit} a first-level unit of the gazetteer): geo_precision 3 at the unit's seat, named
   * outside the sentence, for the reason given.
   */
  public static EventPlace ofUnit(Place unit, Country c, String reason) {
    return new EventPlace(
        unit.name(),
        c.region() != null ? c.region() : blankToNull(unit.admin1()),
        null,
        c,
        decimal(unit.latitude()),
        decimal(unit.longitude()),
        3,
        false,
        reason + "; a first-level unit: geo_precision 3 at its seat");
  }

  private static BigDecimal decimal(String s) {
    return s == null || s.isEmpty() ? null : new BigDecimal(s);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
