package org.eventline.suggest.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventline.EventlineException;
import org.eventline.suggest.text.NameKey;

/**
 * Regions the gazetteer does not list, each within one first-level unit ({@code region-names.tsv}:
 * "Eastern Ghouta" lies in Rif Dimashq), and the surroundings of a town that is a unit of its own
 * ("the countryside of Damascus" is Rif Dimashq, not the Damascus governorate).
 */
final class RegionNames {

  static final String RESOURCE = "/org/eventline/suggest/region-names.tsv";

  /** Words before "of" that name a town's surroundings: "the outskirts of Damascus". */
  static final Set<String> SURROUNDINGS_OF =
      Set.of("countryside", "outskirts", "suburbs", "environs", "periphery");

  /** Words after a town that name its surroundings: "Damascus countryside". */
  static final Set<String> SURROUNDINGS_AFTER = Set.of("countryside", "suburbs", "outskirts");

  /** A region's unit: the country's alpha-2 code and the unit as the gazetteer names it. */
  record Unit(String alpha2, String admin1) {}

  private final Map<String, Unit> byKey;

  private RegionNames(Map<String, Unit> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The shipped list. */
  static RegionNames shipped() {
    try (InputStream in = RegionNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new EventlineException("resource " + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE, e);
    }
  }

  /** Rows of name, alpha-2, unit and source, tab-separated; # starts a comment line. */
  static RegionNames parse(String text) {
    Map<String, Unit> byKey = new LinkedHashMap<>();
    int line = 0;
    for (String row : text.split("\n", -1)) {
      line++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      if (cells.length != 4 || cells[0].isBlank() || cells[1].length() != 2 || cells[2].isBlank()) {
        throw new EventlineException(
            RESOURCE + ":" + line + ":1: error: expected name, alpha-2, unit and source");
      }
      byKey.put(NameKey.of(cells[0]), new Unit(cells[1], cells[2]));
    }
    return new RegionNames(byKey);
  }

  /** The unit of a region name, by its key ({@link NameKey#of}). */
  Optional<Unit> of(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The unit of the surroundings of a town, by the town's key: "Damascus" gives Rif Dimashq. */
  Optional<Unit> surroundingsOf(String townKey) {
    return of(townKey + " countryside");
  }

  /** Every row, for checks against the gazetteer. */
  Map<String, Unit> all() {
    return byKey;
  }
}
