package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eventline.curation.EventYaml;
import org.eventline.suggest.text.NameKey;

/**
 * {@code eventline place NAME}: the places a name designates in the dataset's own place list and
 * the gazetteer (ignoring case and accents, alternate names included), ranked (the dataset's places
 * first, then places whose own name it is, then by population), each with the lines a curator
 * pastes into an event.
 */
public final class PlaceLookup {

  /** How many close names are offered when nothing matches. */
  static final int CLOSEST = 5;

  private final Gazetteer gazetteer;
  private final Countries countries;

  public PlaceLookup(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    this.countries = countries;
  }

  /**
   * A place found.
   *
   * @param place the place
   * @param country the country it is coded to
   * @param dataset true for a place of the dataset's own list
   * @param ownName true when the name looked up is the place's own name (not an alternate one)
   */
  public record Match(Place place, Country country, boolean dataset, boolean ownName) {

    /** The header line: {@code 1. Lashkar Gah, Helmand, Afghanistan (AFG), population 201,546}. */
    public String header(int number, String datasetFile) {
      StringBuilder s = new StringBuilder().append(number).append(". ").append(place.asciiName());
      String admin1 = admin1();
      if (admin1 != null && !admin1.equals(place.asciiName())) {
        s.append(", ").append(admin1);
      }
      s.append(", ").append(country.name()).append(" (").append(country.iso3()).append(")");
      if (place.population() > 0) {
        s.append(String.format(Locale.ROOT, ", population %,d", place.population()));
      }
      s.append(" (").append(dataset ? datasetFile : "gazetteer");
      if (place.admin1Unit()) {
        s.append(", first-level unit");
      }
      if (!ownName) {
        s.append(", alternate name");
      }
      return s.append(")").toString();
    }

    /** The fields of an event, as YAML lines (strings double-quoted), without indentation. */
    public List<String> yaml() {
      List<String> lines = new ArrayList<>();
      lines.add("location: " + EventYaml.quoted(place.asciiName()));
      String admin1 = admin1();
      lines.add("admin1: " + (admin1 == null ? "null" : EventYaml.quoted(admin1)));
      String admin2 = admin2();
      if (admin2 != null) {
        lines.add("admin2: " + EventYaml.quoted(admin2));
      }
      lines.add("country: " + EventYaml.quoted(country.name()));
      lines.add("iso3: " + EventYaml.quoted(country.iso3()));
      lines.add("latitude: " + place.latitude());
      lines.add("longitude: " + place.longitude());
      lines.add("geo_precision: " + (place.admin1Unit() ? 3 : 1));
      return lines;
    }

    private String admin1() {
      if (!dataset && country.region() != null) {
        return country.region();
      }
      return blankToNull(place.admin1());
    }

    private String admin2() {
      if (place.admin1Unit()) {
        return null;
      }
      if (!dataset && country.region() != null) {
        return blankToNull(place.admin1());
      }
      return blankToNull(place.admin2());
    }
  }

  /**
   * What a lookup found.
   *
   * @param matches the best matches, at most the limit asked
   * @param total how many places matched in all
   * @param closest when nothing matched, the closest names known (name and country), else empty
   */
  public record Result(List<Match> matches, int total, List<String> closest) {
    public Result {
      matches = List.copyOf(matches);
      closest = List.copyOf(closest);
    }
  }

  /** The country a code or name designates: ISO 3166-1 alpha-3, alpha-2, or a name. */
  public Optional<Country> country(String code) {
    String c = code.strip();
    if (c.length() == 2) {
      return countries.byCode(c.toUpperCase(Locale.ROOT));
    }
    if (c.length() == 3) {
      Optional<Country> byIso3 = countries.byIso3OrName(c.toUpperCase(Locale.ROOT));
      if (byIso3.isPresent()) {
        return byIso3;
      }
    }
    return countries.byName(c);
  }

  /**
   * Looks a name up.
   *
   * @param country only places coded to this country, or null for all
   * @param limit the most matches returned
   */
  public Result find(String name, Country country, int limit) {
    Map<Place, Match> found = new LinkedHashMap<>();
    String key = NameKey.of(name);
    for (Gazetteer.Entry e : gazetteer.datasetLookup(name)) {
      add(found, e, true, key, country);
    }
    for (Gazetteer.Entry e : gazetteer.shippedLookup(name)) {
      add(found, e, false, key, country);
    }
    List<Match> ranked = new ArrayList<>(found.values());
    ranked.sort(RANKING);
    if (ranked.isEmpty()) {
      return new Result(List.of(), 0, closest(key, country));
    }
    return new Result(ranked.subList(0, Math.min(limit, ranked.size())), ranked.size(), List.of());
  }

  private void add(
      Map<Place, Match> found, Gazetteer.Entry e, boolean dataset, String key, Country filter) {
    Place p = e.place();
    Country c = countries.byCode(p.country()).orElse(null);
    if (c == null || (filter != null && !inCountry(p, c, filter))) {
      return;
    }
    boolean own =
        e.primaryName()
            && (NameKey.of(p.name()).equals(key) || NameKey.of(p.asciiName()).equals(key));
    found.putIfAbsent(p, new Match(p, c, dataset, own));
  }

  private static boolean inCountry(Place p, Country c, Country filter) {
    return p.country().equals(filter.alpha2()) || c.iso3().equals(filter.iso3());
  }

  /**
   * Dataset places first, then own-name matches, then population (a town before the unit it is the
   * seat of), then name and position.
   */
  static final Comparator<Match> RANKING =
      Comparator.comparing((Match m) -> !m.dataset())
          .thenComparing(m -> !m.ownName())
          .thenComparing(m -> -m.place().population())
          .thenComparing(m -> m.place().admin1Unit())
          .thenComparing(m -> m.place().asciiName())
          .thenComparing(m -> m.country().iso3())
          .thenComparing(m -> m.place().admin1())
          .thenComparing(m -> m.place().latitude())
          .thenComparing(m -> m.place().longitude());

  /** The closest names the gazetteer and the dataset know, as "Name (Country)". */
  private List<String> closest(String key, Country filter) {
    int limit = key.length() <= 4 ? 1 : 2;
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    List<Match> near = new ArrayList<>();
    List<Integer> distances = new ArrayList<>();
    for (String candidate : gazetteer.keys()) {
      if (Math.abs(candidate.length() - key.length()) > limit) {
        continue;
      }
      int d = distance.apply(key, candidate);
      if (d < 0) {
        continue;
      }
      Map<Place, Match> found = new LinkedHashMap<>();
      for (Gazetteer.Entry e : gazetteer.datasetLookup(candidate)) {
        add(found, e, true, candidate, filter);
      }
      for (Gazetteer.Entry e : gazetteer.shippedLookup(candidate)) {
        add(found, e, false, candidate, filter);
      }
      found.values().stream()
          .filter(Match::ownName)
          .sorted(RANKING)
          .findFirst()
          .ifPresent(
              m -> {
                near.add(m);
                distances.add(d);
              });
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < near.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> distances.get(i))
            .thenComparing(i -> near.get(i), RANKING));
    List<String> out = new ArrayList<>();
    for (int i : order) {
      Match m = near.get(i);
      String shown = m.place().asciiName() + " (" + m.country().name() + ")";
      if (!out.contains(shown)) {
        out.add(shown);
      }
      if (out.size() == CLOSEST) {
        break;
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
