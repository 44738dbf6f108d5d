package org.eventline.suggest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.eventline.EventlineException;
import org.eventline.suggest.text.NameKey;

/**
 * The offline gazetteer shipped as {@code gazetteer.tsv.gz} (GeoNames, CC BY 4.0; format in
 * GAZETTEER.md beside it): looks place names up by their key and their compact key (spaces and
 * hyphens removed), and knows each country's capital and each first-level unit.
 */
public final class Gazetteer {

  static final String RESOURCE = "gazetteer.tsv.gz";
  private static final int COLUMNS = 10;

  /** A name found in the gazetteer: the place, and whether the name is its own or an alternate. */
  public record Entry(Place place, boolean primaryName) {}

  private final PlaceTable places;

  /** Name key to entries, each entry {@code index * 2 + (primary ? 1 : 0)}. */
  private final NameTable byKey;

  /** Compact key to entries, only for names whose compact key differs from their key. */
  private final NameTable byCompactKey;

  /** Country code to the index of its capital. */
  private final Map<String, Integer> capitals;

  /** {@code country|admin1 key} to the index of the first-level unit. */
  private final Map<String, Integer> admin1Units;

  /** A dataset's own places by key and by compact key, looked up before the shipped ones. */
  private final Map<String, List<Entry>> dataset;

  /**
   * {@link NameKey#loose} of each first-level unit's name to the indexes of the units, built the
   * first time a run asks (decoding 3,775 units is no work for every start).
   */
  private final java.util.function.Supplier<Map<String, int[]>> admin1ByLooseKey;

  /** {@link NameKey#loose} of the names of the towns of {@link #LARGE_TOWN} people or more. */
  private final java.util.function.Supplier<Map<String, int[]>> largeTownsByLooseKey;

  /**
   * Per country (ISO alpha-2), the key of each second-level unit's name ("norfolk", "allegheny
   * county") to the index of its most populous place, built from that country's rows alone the
   * first time a run asks about it.
   */
  private final Map<String, Map<String, Integer>> admin2Units;

  /**
   * Per country (ISO alpha-2), {@link NameKey#loose} of each town's name to the towns so spelled,
   * built from that country's rows alone the first time a run asks about it.
   */
  private final Map<String, Map<String, int[]>> townsByLooseKey;

  Gazetteer(
      PlaceTable places,
      NameTable byKey,
      NameTable byCompactKey,
      Map<String, Integer> capitals,
      Map<String, Integer> admin1Units) {
    this.dataset = Map.of();
    this.places = places;
    this.byKey = byKey;
    this.byCompactKey = byCompactKey;
    this.capitals = Map.copyOf(capitals);
    this.admin1Units = Map.copyOf(admin1Units);
    Map<String, Integer> units = this.admin1Units;
    this.admin1ByLooseKey = new Lazy<>(() -> looseKeys(places, units));
    this.largeTownsByLooseKey =
        new Lazy<>(() -> places.largeTownsByKey(NameKey::loose, LARGE_TOWN));
    this.admin2Units = new java.util.concurrent.ConcurrentHashMap<>();
    this.townsByLooseKey = new java.util.concurrent.ConcurrentHashMap<>();
  }

  private static Map<String, int[]> looseKeys(PlaceTable places, Map<String, Integer> units) {
    Map<String, int[]> byLoose = new HashMap<>(units.size() * 2);
    units.values().stream()
        .sorted()
        .forEach(
            i -> {
              String key = NameKey.loose(places.get(i).admin1());
              int[] old = byLoose.getOrDefault(key, new int[0]);
              int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
              grown[old.length] = i;
              byLoose.put(key, grown);
            });
    return Map.copyOf(byLoose);
  }

  private static Gazetteer of(List<Place> places, List<String[]> alternates) {
    Map<String, int[]> keys = new HashMap<>(places.size() * 4);
    Map<String, int[]> compact = new HashMap<>(places.size() / 2);
    Map<String, Integer> caps = new HashMap<>();
    Map<String, Integer> units = new HashMap<>();
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      index(keys, compact, i, p.name(), true);
      index(keys, compact, i, p.asciiName(), true);
      for (String alt : alternates.get(i)) {
        index(keys, compact, i, alt, false);
      }
      if (p.admin1Unit()) {
        units.putIfAbsent(p.country() + "|" + NameKey.of(p.admin1()), i);
      } else if (p.featureCode().equals("PPLC")) {
        caps.merge(
            p.country(),
            i,
            (a, b) -> places.get(a).population() >= places.get(b).population() ? a : b);
      }
    }
    return new Gazetteer(
        PlaceTable.of(places), NameTable.of(keys), NameTable.of(compact), caps, units);
  }

  private Gazetteer(Gazetteer shipped, List<DatasetPlaces.Named> datasetPlaces) {
    this.places = shipped.places;
    this.byKey = shipped.byKey;
    this.byCompactKey = shipped.byCompactKey;
    this.capitals = shipped.capitals;
    this.admin1Units = shipped.admin1Units;
    this.admin1ByLooseKey = shipped.admin1ByLooseKey;
    this.largeTownsByLooseKey = shipped.largeTownsByLooseKey;
    this.admin2Units = shipped.admin2Units;
    this.townsByLooseKey = shipped.townsByLooseKey;
    Map<String, List<Entry>> own = new HashMap<>();
    for (DatasetPlaces.Named named : datasetPlaces) {
      indexOwn(own, named.place(), named.place().name(), true);
      for (String alias : named.aliases()) {
        indexOwn(own, named.place(), alias, false);
      }
    }
    own.replaceAll((k, v) -> List.copyOf(v));
    this.dataset = Map.copyOf(own);
  }

  private static void indexOwn(
      Map<String, List<Entry>> own, Place p, String name, boolean primary) {
    for (String key : List.of(NameKey.of(name), NameKey.compact(name))) {
      List<Entry> list = own.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.stream().noneMatch(e -> e.place() == p)) {
        list.add(new Entry(p, primary));
      }
    }
  }

  /**
   * This gazetteer with a dataset's own places added: a name one of them bears designates only the
   * dataset's places (they win on a name clash), others are looked up as before.
   */
  public Gazetteer withPlaces(List<DatasetPlaces.Named> datasetPlaces) {
    return datasetPlaces.isEmpty() ? this : new Gazetteer(this, datasetPlaces);
  }

  private static void index(
      Map<String, int[]> keys,
      Map<String, int[]> compact,
      int place,
      String name,
      boolean primary) {
    String key = NameKey.of(name);
    add(keys, key, place, primary);
    String compactKey = NameKey.compact(name);
    if (!compactKey.equals(key)) {
      add(compact, compactKey, place, primary);
    }
  }

  private static void add(Map<String, int[]> map, String key, int place, boolean primary) {
    int code = place * 2 + (primary ? 1 : 0);
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {code});
      return;
    }
    for (int i = 0; i < old.length; i++) {
      if (old[i] / 2 == place) {
        old[i] |= code & 1;
        return;
      }
    }
    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
    grown[old.length] = code;
    map.put(key, grown);
  }

  /**
   * Reads the shipped gazetteer from the index built from {@code gazetteer.tsv.gz} at package time
   * ({@link GazetteerIndex}; a fraction of a second), or parses the TSV itself (seconds) when the
   * index is not on the class path, as when the classes were compiled outside Maven.
   */
  public static Gazetteer load() {
    Gazetteer indexed = GazetteerIndex.load();
    return indexed != null ? indexed : parse();
  }

  /** Parses the shipped {@code gazetteer.tsv.gz} (a second or two), the index's source. */
  static Gazetteer parse() {
    try (InputStream raw =
        Gazetteer.class.getResourceAsStream("/org/eventline/suggest/" + RESOURCE)) {
      if (raw == null) {
        throw new EventlineException("resource " + RESOURCE + " is missing");
      }
      return read(
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
              1 << 16));
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE, e);
    }
  }

  static Gazetteer read(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !header.startsWith("name\talt_names\t")) {
      throw new EventlineException(RESOURCE + ": unexpected header " + header);
    }
    List<Place> places = new ArrayList<>(180_000);
    List<String[]> alternates = new ArrayList<>(180_000);
    Map<String, String> shared = new HashMap<>();
    int lineNumber = 1;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      String[] f = line.split("\t", -1);
      if (f.length != COLUMNS) {
        throw new EventlineException(
            RESOURCE + ":" + lineNumber + ": expected " + COLUMNS + " columns, found " + f.length);
      }
      String[] alts = f[1].isEmpty() ? new String[0] : f[1].split("\\|");
      String ascii =
          alts.length > 0 && NameKey.of(alts[0]).equals(NameKey.of(f[0])) ? alts[0] : f[0];
      places.add(
          new Place(
              f[0],
              ascii,
              shared.computeIfAbsent(f[2], k -> k),
              shared.computeIfAbsent(f[3], k -> k),
              shared.computeIfAbsent(f[4], k -> k),
              f[5],
              f[6],
              f[7].equals("admin1"),
              shared.computeIfAbsent(f[8], k -> k),
              f[9].isEmpty() ? 0 : Long.parseLong(f[9])));
      alternates.add(alts);
    }
    return of(places, alternates);
  }

  /**
   * Every place a name may designate: by its key, else by its compact key (spaces, hyphens and
   * apostrophes removed); may be empty.
   */
  public List<Entry> lookup(String name) {
    return lookupKey(NameKey.of(name));
  }

  /** {@link #lookup} by the name's key ({@link NameKey#of}), computed by the caller. */
  public List<Entry> lookupKey(String key) {
    String compact = null;
    if (!dataset.isEmpty()) {
      List<Entry> own = dataset.get(key);
      if (own == null) {
        compact = NameKey.compactOfKey(key);
        own = dataset.get(compact);
      }
      if (own != null && !own.isEmpty()) {
        return own;
      }
    }
    int[] codes = byKey.get(key);
    if (codes == null) {
      if (compact == null) {
        compact = NameKey.compactOfKey(key);
      }
      codes = byCompactKey.get(compact);
      if (codes == null && !compact.equals(key)) {
        codes = byKey.get(compact); // a key without spaces or hyphens was looked up just above
      }
    }
    return entries(codes);
  }

  /** The dataset's own places a name designates, by key or compact key; may be empty. */
  public List<Entry> datasetLookup(String name) {
    if (dataset.isEmpty()) {
      return List.of();
    }
    List<Entry> own = dataset.get(NameKey.of(name));
    if (own == null) {
      own = dataset.get(NameKey.compact(name));
    }
    return own == null ? List.of() : own;
  }

  /** The shipped gazetteer's places a name designates, ignoring the dataset's; may be empty. */
  public List<Entry> shippedLookup(String name) {
    int[] codes = byKey.get(NameKey.of(name));
    if (codes == null) {
      String compact = NameKey.compact(name);
      codes = byCompactKey.get(compact);
      if (codes == null) {
        codes = byKey.get(compact);
      }
    }
    return entries(codes);
  }

  private List<Entry> entries(int[] codes) {
    if (codes == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(codes.length);
    for (int code : codes) {
      out.add(new Entry(places.get(code / 2), (code & 1) == 1));
    }
    return out;
  }

  /** The country's capital (the most populous PPLC place), if the gazetteer lists one. */
  public Optional<Place> capital(String alpha2) {
    Integer index = capitals.get(alpha2);
    return index == null ? Optional.empty() : Optional.of(places.get(index));
  }

  /**
   * The first-level unit of a country by name: its own name, else one of its other names ("North
   * Darfur" for Northern Darfur).
   */
  public Optional<Place> admin1Unit(String alpha2, String admin1) {
    Integer index = admin1Units.get(alpha2 + "|" + NameKey.of(admin1));
    if (index != null) {
      return Optional.of(places.get(index));
    }
    return lookup(admin1).stream()
        .map(Entry::place)
        .filter(p -> p.admin1Unit() && p.country().equals(alpha2))
        .findFirst();
  }

  /**
   * The first-level units whose name has the loose key ({@link NameKey#loose}) of the name given,
   * in gazetteer order, as entries under their own name; may be empty.
   */
  public List<Entry> admin1ByLooseSpelling(String name) {
    return entries(admin1ByLooseKey.get().get(NameKey.loose(name)), true);
  }

  /** The places at these indexes (none when null), as entries under their own name or not. */
  private List<Entry> entries(int[] indexes, boolean primary) {
    if (indexes == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(indexes.length);
    for (int i : indexes) {
      out.add(new Entry(places.get(i), primary));
    }
    return out;
  }

  /**
   * The towns of a country that a name spells another way ({@link NameKey#loose}: "Ain Issa" for
   * ‘Ayn ‘Īsá, "Saraqeb" for Saraqib); empty when none. The caller decides where such a loose
   * reading is safe.
   */
  public List<Entry> townsByLooseSpelling(String alpha2, String name) {
    return entries(
        townsByLooseKey
            .computeIfAbsent(alpha2, c -> places.placesByKey(c, NameKey::loose))
            .get(NameKey.loose(name)),
        false);
  }

  /** Towns of at least this many people are read in another spelling without a country named. */
  public static final long LARGE_TOWN = 20_000;

  /**
   * The towns of {@link #LARGE_TOWN} people or more, in any country, that a name spells another way
   * ({@link NameKey#loose}: "Deir Al-Zour" for Deir ez-Zor, "Yasinovataya" for Yasynuvata); empty
   * when none. Built on first use. The caller decides where such a loose reading is safe.
   */
  public List<Entry> largeTownsByLooseSpelling(String name) {
    return entries(largeTownsByLooseKey.get().get(NameKey.loose(name)), false);
  }

  /**
   * The most populous place of a country's second-level unit of that name ("Norfolk" in GB:
   * Norwich; "Allegheny County" in US: Pittsburgh), if the gazetteer's places name such a unit.
   */
  public Optional<Place> admin2Unit(String alpha2, String name) {
    Integer index =
        admin2Units
            .computeIfAbsent(alpha2, c -> places.mostPopulousByAdmin2(c, NameKey::of))
            .get(NameKey.of(name));
    return index == null ? Optional.empty() : Optional.of(places.get(index));
  }

  /**
   * Every name key of the shipped gazetteer and of the dataset's places (lower case, accents
   * removed), for finding the closest name to one that is not there.
   */
  public java.util.Set<String> keys() {
    java.util.Set<String> all = new java.util.HashSet<>(byKey.size() * 2);
    for (int i = 0; i < byKey.size(); i++) {
      all.add(byKey.key(i));
    }
    all.addAll(dataset.keySet());
    return all;
  }

  public int size() {
    return places.size();
  }

  PlaceTable places() {
    return places;
  }

  NameTable byKey() {
    return byKey;
  }

  NameTable byCompactKey() {
    return byCompactKey;
  }

  Map<String, Integer> capitals() {
    return capitals;
  }

  Map<String, Integer> admin1Units() {
    return admin1Units;
  }

  /** A value computed once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> implements java.util.function.Supplier<T> {
    private final java.util.function.Supplier<T> compute;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = compute.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
