package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventline place NAME} and the dataset's own lists as the commands see them. */
class PlaceCommandTest {

  @TempDir Path seeds;

  @Test
  void lashkarGahIsInHelmandAfghanistan() {
    CliTest.Outcome o = CliTest.run("place", "Lashkar Gah", "--seeds", seeds.toString());
    assertEquals(0, o.exit(), o.err());
    assertEquals(
        String.join(
            "\n",
            "1. Lashkar Gah, Helmand, Afghanistan (AFG), population 43,934 (gazetteer)",
            "    location: \"Lashkar Gah\"",
            "    admin1: \"Helmand\"",
            "    admin2: \"Lashkar Gāh\"",
            "    country: \"Afghanistan\"",
            "    iso3: \"AFG\"",
            "    latitude: 31.5938",
            "    longitude: 64.3716",
            "    geo_precision: 1",
            ""),
        o.out().replace("\r\n", "\n"));
    assertEquals("", o.err());
  }

  @Test
  void theDatasetsPlacesComeFirstAndTheLimitAndCountryApply() throws Exception {
    Files.writeString(
        seeds.resolve("places.yaml"),
        "places:\n"
            + "  - name: Kandahar Old Bazaar\n"
            + "    aliases: [Kandahar]\n"
            + "    admin1: Kandahar\n"
            + "    country: Afghanistan\n"
            + "    iso3: AFG\n"
            + "    latitude: 31.6101\n"
            + "    longitude: 65.7102\n"
            + "    population: 5000\n");
    CliTest.Outcome o =
        CliTest.run(
            "place", "kandahar", "--limit", "2", "--country", "AF", "--seeds", seeds.toString());
    assertEquals(0, o.exit(), o.err());
    String[] lines = o.out().replace("\r\n", "\n").split("\n");
    assertEquals(
        "1. Kandahar Old Bazaar, Kandahar, Afghanistan (AFG), population 5,000 ("
            + seeds.toString().replace('\\', '/')
            + "/places.yaml, alternate name)",
        lines[0]);
    assertEquals("    location: \"Kandahar Old Bazaar\"", lines[1]);
    assertEquals("2. Kandahar, Afghanistan (AFG), population 391,190 (gazetteer)", lines[8]);
    assertEquals("    admin2: \"Kandahar District\"", lines[11]);
    assertTrue(lines[17].startsWith("(2 of "), lines[17]);
  }

  @Test
  void noMatchOffersTheClosestNamesAndExitsWith1() {
    CliTest.Outcome o = CliTest.run("place", "Lashkr Gah", "--seeds", seeds.toString());
    assertEquals(1, o.exit());
    String shown = seeds.toString().replace('\\', '/') + "/places.yaml";
    assertTrue(
        o.err()
            .startsWith(
                "no place named 'Lashkr Gah' in the gazetteer or "
                    + shown
                    + "; did you mean Lashkar Gah (Afghanistan)?\n"
                    + "If it is a village or site the gazetteer lacks, add it to "
                    + shown),
        o.err());
    assertEquals("", o.out());
  }

  @Test
  void anUnknownCountryIsAUsageError() {
    CliTest.Outcome o =
        CliTest.run("place", "Kabul", "--country", "XYZ", "--seeds", seeds.toString());
    assertEquals(2, o.exit());
    assertTrue(
        o.err()
            .startsWith(
                "eventline: error: --country: 'XYZ' is not an ISO 3166-1 alpha-3 or alpha-2"
                    + " country code"),
        o.err());
  }

  @Test
  void aBrokenPlacesYamlStopsPlaceAndSuggestWithItsPosition() throws Exception {
    Files.writeString(
        seeds.resolve("places.yaml"), "places:\n  - name: X\n    admin1: Y\n    iso3: AFG\n");
    String shown = seeds.toString().replace('\\', '/') + "/places.yaml";
    String expected =
        shown
            + ":2:5: error: place 'X' has no country, latitude, longitude; every place needs name,"
            + " admin1, country, iso3, latitude and longitude";
    CliTest.Outcome place = CliTest.run("place", "Kabul", "--seeds", seeds.toString());
    assertEquals(1, place.exit());
    assertEquals(expected + "\n", place.err().replace("\r\n", "\n"));
    CliTest.Outcome suggest = CliTest.run("suggest", "--seeds", seeds.toString());
    assertEquals(1, suggest.exit());
    assertTrue(suggest.err().startsWith(expected + "\n"), suggest.err());
    CliTest.Outcome validate = CliTest.run("validate", "--seeds", seeds.toString());
    assertEquals(1, validate.exit());
    assertTrue(validate.err().startsWith(expected + "\n"), validate.err());
  }
}
