package org.eventline.suggest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventline.EventlineException;
import org.eventline.suggest.text.NameKey;

/**
 * Every country the JDK knows (ISO 3166 codes, English names), with the names, aliases and demonyms
 * of {@code country-names.tsv}: looks names up without case or accents.
 */
public final class Countries {

  static final String RESOURCE = "country-names.tsv";

  private final Map<String, Country> byAlpha2;
  private final Map<String, Country> byName;
  private final Map<String, Country> byDemonym;

  private Countries(
      Map<String, Country> byAlpha2, Map<String, Country> byName, Map<String, Country> byDemonym) {
    this.byAlpha2 = Map.copyOf(byAlpha2);
    this.byName = Map.copyOf(byName);
    this.byDemonym = Map.copyOf(byDemonym);
  }

  /** Loads the JDK's list and the shipped names file. */
  public static Countries load() {
    List<String[]> rows = readRows();
    Map<String, String> names = new HashMap<>();
    Map<String, String> regions = new HashMap<>();
    for (String[] row : rows) {
      if (row[1].equals("name")) {
        names.put(row[0], row[2]);
      } else if (row[1].equals("region")) {
        regions.put(row[0], row[2]);
      }
    }
    Map<String, Country> byAlpha2 = new TreeMap<>();
    for (String cc : Locale.getISOCountries()) {
      String local = names.getOrDefault(cc, new Locale("", cc).getDisplayCountry(Locale.ENGLISH));
      byAlpha2.put(
          cc, new Country(cc, cc, local, new Locale("", cc).getISO3Country(), local, null));
    }
    regions.forEach(
        (cc, target) -> {
          String[] parts = target.split("\\|", 2);
          Country of = byAlpha2.get(parts[0]);
          Country area = byAlpha2.get(cc);
          byAlpha2.put(
              cc, new Country(cc, of.alpha2(), of.name(), of.iso3(), area.localName(), parts[1]));
        });
    Map<String, Country> byName = new HashMap<>();
    Map<String, Country> byDemonym = new HashMap<>();
    for (Country c : byAlpha2.values()) {
      byName.put(NameKey.of(c.localName()), c);
      byName.put(NameKey.of(new Locale("", c.alpha2()).getDisplayCountry(Locale.ENGLISH)), c);
    }
    for (String[] row : rows) {
      Country c = byAlpha2.get(row[0]);
      if (c == null) {
        throw new EventlineException(RESOURCE + ": unknown country code '" + row[0] + "'");
      }
      switch (row[1]) {
        case "alias", "name" -> byName.put(NameKey.of(row[2]), c);
        case "demonym" -> byDemonym.put(NameKey.of(row[2]), c);
        case "region" -> {}
        default -> throw new EventlineException(RESOURCE + ": unknown kind '" + row[1] + "'");
      }
    }
    return new Countries(byAlpha2, byName, byDemonym);
  }

  private static List<String[]> readRows() {
    try (InputStream in =
        Countries.class.getResourceAsStream("/org/eventline/suggest/" + RESOURCE)) {
      if (in == null) {
        throw new EventlineException("resource " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .peek(
              f -> {
                if (f.length != 3) {
                  throw new EventlineException(RESOURCE + ": expected 3 columns in " + f[0]);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE, e);
    }
  }

  /** Every country and area, ordered by alpha-2 code. */
  public java.util.Collection<Country> all() {
    return new TreeMap<>(byAlpha2).values();
  }

  /** The country with this alpha-2 code. */
  public Optional<Country> byCode(String alpha2) {
    return Optional.ofNullable(byAlpha2.get(alpha2));
  }

  /** The country a name (or alias) designates, ignoring case and accents. */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(NameKey.of(stripThe(name))))
        .or(() -> Optional.ofNullable(byName.get(NameKey.of(name))));
  }

  /**
   * {@link #byName} with the name's keys ({@link NameKey#of}) computed by the caller: without a
   * leading "the ", and as it is.
   */
  public Optional<Country> byNameKeys(String keyWithoutThe, String key) {
    Country c = byName.get(keyWithoutThe);
    return Optional.ofNullable(c != null ? c : byName.get(key));
  }

  /** {@link #byDemonym} with the word's key ({@link NameKey#of}) computed by the caller. */
  public Optional<Country> byDemonymKey(String key) {
    return Optional.ofNullable(byDemonym.get(key));
  }

  /** The country a demonym designates ("Afghan", "Syrians"). */
  public Optional<Country> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(NameKey.of(word)));
  }

  /** The country with this alpha-3 code, or with this name. */
  public Optional<Country> byIso3OrName(String text) {
    for (Country c : byAlpha2.values()) {
      if (c.iso3().equals(text) && c.alpha2().equals(c.codedAs())) {
        return Optional.of(c);
      }
    }
    return byName(text);
  }

  private static String stripThe(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
  }
}
