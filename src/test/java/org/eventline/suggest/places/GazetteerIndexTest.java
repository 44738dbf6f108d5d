package org.eventline.suggest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eventline.EventlineException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index built at package time gives the same lookups as parsing the TSV, its source. */
class GazetteerIndexTest {

  private static Gazetteer parsed;
  private static Gazetteer indexed;

  @BeforeAll
  static void load() {
    parsed = Gazetteer.parse();
    indexed = GazetteerIndex.load();
  }

  @Test
  void theBuildPutsTheIndexOnTheClassPath() {
    assertNotNull(
        indexed, "gazetteer.idx is missing: the build's gazetteer-index step did not run");
  }

  @Test
  void everyNameLooksUpTheSamePlacesAsInTheTsv() {
    assertEquals(parsed.size(), indexed.size());
    Set<String> keys = new TreeSet<>(parsed.keys());
    assertEquals(keys, new TreeSet<>(indexed.keys()));
    for (String key : keys) {
      assertEquals(parsed.shippedLookup(key), indexed.shippedLookup(key), key);
    }
    for (int i = 0; i < parsed.byCompactKey().size(); i++) {
      String compact = parsed.byCompactKey().key(i);
      assertEquals(parsed.shippedLookup(compact), indexed.shippedLookup(compact), compact);
    }
    for (String name : new String[] {"Lashkar Gāh", "Lashkar-Gah", "KABUL", "no such place x"}) {
      assertEquals(parsed.shippedLookup(name), indexed.shippedLookup(name), name);
    }
  }

  @Test
  void capitalsAndFirstLevelUnitsAreTheSame() {
    assertEquals(parsed.capitals().keySet(), indexed.capitals().keySet());
    for (String country : Locale.getISOCountries()) {
      assertEquals(parsed.capital(country), indexed.capital(country), country);
    }
    assertEquals(parsed.admin1Units().keySet(), indexed.admin1Units().keySet());
    for (String unit : parsed.admin1Units().keySet()) {
      String[] parts = unit.split("\\|", 2);
      assertEquals(parsed.admin1Unit(parts[0], parts[1]), indexed.admin1Unit(parts[0], parts[1]));
    }
  }

  @Test
  void theShippedIndexIsByteForByteTheOneTheTsvGives() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(parsed, out);
    byte[] shipped;
    try (var in =
        Gazetteer.class.getResourceAsStream("/org/eventline/suggest/" + GazetteerIndex.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertEquals(true, Arrays.equals(out.toByteArray(), shipped), "gazetteer.idx is stale");
  }

  @Test
  void anIndexOfAnotherVersionIsRefusedWithTheRemedy() {
    ByteBuffer wrong = ByteBuffer.allocate(8).putInt(GazetteerIndex.MAGIC).putInt(99).flip();
    EventlineException e = assertThrows(EventlineException.class, () -> GazetteerIndex.read(wrong));
    assertEquals(
        "gazetteer.idx is not a version 1 gazetteer index; rebuild with mvn package",
        e.getMessage());
  }

  @Test
  void secondLevelUnitsAreReadInPlaceAsTheDecodedPlacesSay() {
    for (Gazetteer g : new Gazetteer[] {parsed, indexed}) {
      PlaceTable places = g.places();
      for (int i = 1; i < places.size(); i++) {
        assertTrue(
            places.country(i - 1).compareTo(places.country(i)) <= 0,
            "rows grouped by country, in order, at " + i);
      }
      for (String code : new String[] {"GB", "NG", "CD", "AD", "ZW", "XX"}) {
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        for (int i = 0; i < places.size(); i++) {
          Place p = places.get(i);
          if (p.country().equals(code) && !p.admin2().isEmpty() && !p.admin1Unit()) {
            expected.merge(
                org.eventline.suggest.text.NameKey.of(p.admin2()),
                i,
                (a, b) -> places.get(a).population() >= places.get(b).population() ? a : b);
          }
        }
        assertEquals(
            expected,
            places.mostPopulousByAdmin2(code, org.eventline.suggest.text.NameKey::of),
            code);
      }
    }
  }

  @Test
  void aSecondLevelUnitIsPlacedAtItsMostPopulousTown() {
    Place norfolk = indexed.admin2Unit("GB", "Norfolk").orElseThrow();
    assertEquals("Norfolk", norfolk.admin2());
    assertEquals("England", norfolk.admin1());
    PlaceTable places = indexed.places();
    long most =
        java.util.stream.IntStream.range(0, places.size())
            .mapToObj(places::get)
            .filter(p -> p.country().equals("GB") && p.admin2().equals("Norfolk"))
            .filter(p -> !p.admin1Unit())
            .mapToLong(Place::population)
            .max()
            .orElseThrow();
    assertEquals(most, norfolk.population());
    assertEquals(parsed.admin2Unit("GB", "norfolk"), indexed.admin2Unit("GB", "NORFOLK"));
    assertEquals(java.util.Optional.empty(), indexed.admin2Unit("NG", "Norfolk"));
  }
}
