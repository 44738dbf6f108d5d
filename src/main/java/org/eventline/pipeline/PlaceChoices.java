package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.curation.YamlTrees;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.places.PlaceLookup;

/**
 * The workbench's place picker: the gazetteer and the dataset's places, looked up as {@code
 * eventline place} does, each match as the values of an event's place fields. The gazetteer is
 * loaded on the first lookup (seconds) and kept.
 */
public final class PlaceChoices {

  private final Path seeds;
  private final EventSchema schema;
  private volatile PlaceLookup lookup;

  public PlaceChoices(Path seeds, EventSchema schema) {
    this.seeds = seeds;
    this.schema = schema;
  }

  /** Up to {@code limit} places: a {@code label} and the fields location ... geo_precision. */
  public List<Map<String, String>> find(String name, String country, int limit) throws IOException {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    DatasetVocabulary vocabulary = DatasetVocabulary.read(seeds, schema);
    if (lookup == null) {
      lookup = vocabulary.placeLookup();
    }
    var only = country == null || country.isBlank() ? null : lookup.country(country).orElse(null);
    List<Map<String, String>> out = new ArrayList<>();
    int n = 1;
    for (PlaceLookup.Match m : lookup.find(name, only, limit).matches()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("label", m.header(n++, vocabulary.placesFile()));
      for (String line : m.yaml()) {
        int colon = line.indexOf(": ");
        String scalar = line.substring(colon + 2);
        fields.put(
            line.substring(0, colon),
            scalar.equals("null") ? "" : YamlTrees.read("v: " + scalar).get("v").asString());
      }
      out.add(fields);
    }
    return out;
  }
}
