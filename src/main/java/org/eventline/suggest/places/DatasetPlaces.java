package org.eventline.suggest.places;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.suggest.vocabulary.VocabularyYaml;
import tools.jackson.databind.JsonNode;

/**
 * A dataset's own place list ({@code seeds/places.yaml}): villages and sites the gazetteer lacks or
 * has wrong, read with every problem located at its line and column. Its places are looked up
 * before the gazetteer's ({@link Gazetteer#withPlaces}).
 *
 * <pre>
 * places:
 *   - name: Zarghun Kalay          # as events write it (location)
 *     aliases: [Zarghoon Kalay]    # optional, other spellings texts use
 *     admin1: Helmand
 *     admin2: Nad Ali              # optional
 *     country: Afghanistan
 *     iso3: AFG
 *     latitude: 31.6012
 *     longitude: 64.1234
 *     population: 1200             # optional
 * </pre>
 *
 * @param places the places read without problems, in file order
 * @param problems what is wrong in the file (errors), in file order
 */
public record DatasetPlaces(List<Named> places, List<Problem> problems) {

  /** A place of the list with the other names it goes by. */
  public record Named(Place place, List<String> aliases) {
    public Named {
      Objects.requireNonNull(place, "place");
      aliases = List.copyOf(aliases);
    }
  }

  static final List<String> KEYS =
      List.of(
          "name",
          "aliases",
          "admin1",
          "admin2",
          "country",
          "iso3",
          "latitude",
          "longitude",
          "population");

  private static final String NEEDS =
      "every place needs name, admin1, country, iso3, latitude and longitude";

  public DatasetPlaces {
    places = List.copyOf(places);
    problems = List.copyOf(problems);
  }

  /** No file: nothing to add. */
  public static DatasetPlaces none() {
    return new DatasetPlaces(List.of(), List.of());
  }

  /**
   * Reads a place list.
   *
   * @param file the path shown in messages
   */
  public static DatasetPlaces read(String file, String text, Countries countries) {
    VocabularyYaml.Lists lists = VocabularyYaml.read(file, text, List.of("places"));
    List<Problem> problems = new ArrayList<>(lists.problems());
    List<Named> places = new ArrayList<>();
    int index = 0;
    for (JsonNode node :
        new VocabularyYaml.Lists(lists.doc(), problems).entries("places", "places")) {
      index++;
      VocabularyYaml.Entry e =
          new VocabularyYaml.Entry(lists.doc(), node, problems, "place", index);
      Named place = place(e, countries);
      if (!e.broken() && place != null) {
        places.add(place);
      }
    }
    return new DatasetPlaces(places, problems);
  }

  private static Named place(VocabularyYaml.Entry e, Countries countries) {
    e.allowOnly(KEYS);
    e.require(List.of("name", "admin1", "country", "iso3", "latitude", "longitude"), NEEDS);
    String name = e.text("name", false, NEEDS);
    List<String> aliases = e.texts("aliases", "[Zarghoon Kalay]");
    String admin1 = e.text("admin1", false, NEEDS);
    String admin2 = e.text("admin2", false, NEEDS);
    String countryName = e.text("country", false, NEEDS);
    String iso3 = e.text("iso3", false, NEEDS);
    BigDecimal latitude = e.number("latitude", -90, 90, false, NEEDS);
    BigDecimal longitude = e.number("longitude", -180, 180, false, NEEDS);
    long population = e.count("population");
    Country country = null;
    if (iso3 != null) {
      Optional<Country> byIso3 =
          iso3.length() == 3 ? countries.byIso3OrName(iso3) : Optional.empty();
      if (byIso3.isEmpty()) {
        e.error(
            e.node().get("iso3"),
            "iso3 '" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (AFG, YEM, PHL...)");
      } else {
        country = byIso3.get();
      }
    }
    if (country != null && countryName != null) {
      Optional<Country> named = countries.byName(countryName);
      if (named.isEmpty() || !named.get().iso3().equals(country.iso3())) {
        e.error(
            e.node().get("country"),
            "country '"
                + countryName
                + "' does not match iso3 '"
                + iso3
                + "'; expected '"
                + country.name()
                + "'");
      }
    }
    if (e.broken() || country == null) {
      return null;
    }
    return new Named(
        new Place(
            name,
            name,
            country.alpha2(),
            admin1,
            admin2 == null ? "" : admin2,
            latitude.toPlainString(),
            longitude.toPlainString(),
            false,
            Place.DATASET,
            population),
        aliases);
  }
}
