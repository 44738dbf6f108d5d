package org.eventline.evaluate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.suggest.text.NameKey;

/**
 * How place names are compared: accents and case folded, apostrophes inside a name dropped
 * ("Ma’rib" is "Marib"), other punctuation a word break, and words that only say what kind of place
 * it is ("province", "governorate", "oblast", "town", "village", "the") removed, and a compass
 * adjective read as its direction ("Northern" is "North"); two names agree when one's words contain
 * the other's ("Maidan Wardak Province" and "Wardak", "Mainok town" and "Mainok"). Each word is
 * compared by its transliteration-blind key ({@link NameKey#loose}), and an Arabic article is no
 * word of the name: UCDP's "Hilmand", "Paktya", "Ar Raqqah" and "Hamah" are the gazetteer's
 * Helmand, Paktia, Raqqa and Hama.
 */
final class Names {

  private static final Set<String> KIND_WORDS =
      Set.of(
          "province",
          "governorate",
          "state",
          "oblast",
          "region",
          "county",
          "department",
          "division",
          "district",
          "municipality",
          "town",
          "village",
          "city",
          "the",
          "of",
          "raion",
          "lga",
          "territory",
          "prefecture",
          "area",
          "council",
          "constituency",
          "agency");

  /**
   * A compass adjective is its direction: GeoNames' "Northern Darfur" is UCDP's "North Darfur
   * state", "Southern Kordofan" is "South Kordofan"; and so is a French one, as UCDP writes the
   * units of French-speaking countries: "Nord Kivu province" is North Kivu, "Sud-Kivu" South Kivu.
   */
  private static final java.util.Map<String, String> DIRECTIONS =
      java.util.Map.of(
          "northern",
          "north",
          "southern",
          "south",
          "eastern",
          "east",
          "western",
          "west",
          "nord",
          "north",
          "sud",
          "south",
          "ouest",
          "west");

  private Names() {}

  static List<String> words(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['\u2018\u2019\u02bc\u02bf`]", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return Arrays.stream(folded.split(" "))
        .filter(w -> !w.isEmpty() && !KIND_WORDS.contains(w) && !NameKey.isArticle(w))
        .map(w -> DIRECTIONS.getOrDefault(w, w))
        .map(NameKey::loose)
        .toList();
  }

  static boolean agree(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.containsAll(y) || y.containsAll(x);
  }
}
