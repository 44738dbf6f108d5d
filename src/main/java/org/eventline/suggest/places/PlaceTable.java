package org.eventline.suggest.places;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places encoded in one buffer (mapped from the index where it lies), each decoded
 * into a {@link Place} the first time it is asked for: a run that looks up a few hundred names
 * builds a few hundred places, not 175,000. Only absolute reads are made: threads share a table.
 */
final class PlaceTable {

  private final ByteBuffer bytes;
  private final IntBuffer start;
  private final Place[] decoded;

  PlaceTable(ByteBuffer bytes, IntBuffer start) {
    this.bytes = bytes;
    this.start = start;
    this.decoded = new Place[start.limit()];
  }

  static PlaceTable of(List<Place> places) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(places.size() * 64);
    int[] start = new int[places.size()];
    for (int i = 0; i < places.size(); i++) {
      start[i] = out.size();
      Place p = places.get(i);
      for (String s :
          List.of(
              p.name(),
              p.asciiName(),
              p.country(),
              p.admin1(),
              p.admin2(),
              p.latitude(),
              p.longitude(),
              p.featureCode())) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeLength(out, b.length);
        out.write(b, 0, b.length);
      }
      out.write(p.admin1Unit() ? 1 : 0);
      byte[] population = ByteBuffer.allocate(Long.BYTES).putLong(p.population()).array();
      out.write(population, 0, population.length);
    }
    return new PlaceTable(ByteBuffer.wrap(out.toByteArray()), IntBuffer.wrap(start));
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length >= 0x8000) {
      throw new IllegalArgumentException("a gazetteer field of " + length + " bytes");
    }
    if (length >= 0x80) {
      out.write(0x80 | (length >>> 8));
    }
    out.write(length & 0xFF);
  }

  int size() {
    return start.limit();
  }

  /**
   * The place at an index. Places are immutable, so two threads that decode the same one at once
   * get equal places and either may stay in the cache.
   */
  Place get(int index) {
    Place p = decoded[index];
    if (p == null) {
      p = decode(index);
      decoded[index] = p;
    }
    return p;
  }

  private Place decode(int index) {
    int[] at = {start.get(index)};
    String name = string(at);
    String ascii = string(at);
    String country = string(at);
    String admin1 = string(at);
    String admin2 = string(at);
    String latitude = string(at);
    String longitude = string(at);
    String featureCode = string(at);
    boolean admin1Unit = bytes.get(at[0]) == 1;
    long population = bytes.getLong(at[0] + 1);
    return new Place(
        name,
        ascii,
        country,
        admin1,
        admin2,
        latitude,
        longitude,
        admin1Unit,
        featureCode,
        population);
  }

  /**
   * Per second-level unit of a country (ISO alpha-2), keyed by {@code key} of its name, the index
   * of its most populous place that is not itself a first-level unit. The gazetteer lists places
   * grouped by country ({@code scripts/build-gazetteer.mjs} sorts them so, and GazetteerIndexTest
   * checks it): the country's rows are found by binary search and only they are read, in place: the
   * unit's name, the unit flag and the population.
   */
  Map<String, Integer> mostPopulousByAdmin2(
      String alpha2, java.util.function.UnaryOperator<String> key) {
    Map<String, Integer> best = new HashMap<>();
    Map<String, Long> population = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    for (int i = firstOf(alpha2); i < size() && country(i).equals(alpha2); i++) {
      int[] at = {start.get(i)};
      skip(at);
      skip(at);
      skip(at);
      skip(at);
      String admin2 = string(at);
      if (admin2.isEmpty()) {
        continue;
      }
      skip(at);
      skip(at);
      skip(at);
      if (bytes.get(at[0]) == 1) {
        continue;
      }
      long people = bytes.getLong(at[0] + 1);
      String k = keys.computeIfAbsent(admin2, key);
      Long most = population.get(k);
      if (most == null || people > most) {
        population.put(k, people);
        best.put(k, i);
      }
    }
    return Map.copyOf(best);
  }

  /**
   * Per place of a country (ISO alpha-2) that is not a first-level unit, {@code key} of its name
   * and of its ASCII name to the indexes of the places so spelled. Only that country's rows are
   * read.
   */
  Map<String, int[]> placesByKey(String alpha2, java.util.function.UnaryOperator<String> key) {
    int from = firstOf(alpha2);
    int to = from;
    while (to < size() && country(to).equals(alpha2)) {
      to++;
    }
    return byKey(from, to, key, 0);
  }

  /**
   * Over every country, keyed by {@code key} of its name and ASCII name, the indexes of the places
   * of at least {@code minPopulation} people that are not first-level units.
   */
  Map<String, int[]> largeTownsByKey(
      java.util.function.UnaryOperator<String> key, long minPopulation) {
    return byKey(0, size(), key, minPopulation);
  }

  /**
   * The rows {@code from} (inclusive) to {@code to} that are not first-level units and have at
   * least {@code minPopulation} people, keyed by {@code key} of their name and ASCII name.
   */
  private Map<String, int[]> byKey(
      int from, int to, java.util.function.UnaryOperator<String> key, long minPopulation) {
    Map<String, int[]> out = new HashMap<>();
    for (int i = from; i < to; i++) {
      int[] at = {start.get(i)};
      String name = string(at);
      String ascii = string(at);
      for (int field = 0; field < 6; field++) {
        skip(at); // country, admin1, admin2, latitude, longitude, feature code
      }
      if (bytes.get(at[0]) == 1 || bytes.getLong(at[0] + 1) < minPopulation) {
        continue; // a first-level unit, or a place too small
      }
      String nameKey = key.apply(name);
      String asciiKey = ascii.equals(name) ? nameKey : key.apply(ascii);
      for (String k : nameKey.equals(asciiKey) ? List.of(nameKey) : List.of(nameKey, asciiKey)) {
        int[] was = out.get(k);
        if (was == null) {
          out.put(k, new int[] {i});
        } else if (was[was.length - 1] != i) {
          int[] more = java.util.Arrays.copyOf(was, was.length + 1);
          more[was.length] = i;
          out.put(k, more);
        }
      }
    }
    return Map.copyOf(out);
  }

  /** The first row whose country is not before {@code alpha2} (rows grouped by country, sorted). */
  private int firstOf(String alpha2) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (country(mid).compareTo(alpha2) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The country code of row {@code i}. */
  String country(int i) {
    int[] at = {start.get(i)};
    skip(at);
    skip(at);
    return string(at);
  }

  private void skip(int[] at) {
    int length = length(at);
    at[0] += length;
  }

  private int length(int[] at) {
    int length = bytes.get(at[0]++) & 0xFF;
    if (length >= 0x80) {
      length = ((length & 0x7F) << 8) | (bytes.get(at[0]++) & 0xFF);
    }
    return length;
  }

  private String string(int[] at) {
    int length = length(at);
    byte[] b = new byte[length];
    bytes.get(at[0], b);
    at[0] += length;
    return new String(b, StandardCharsets.UTF_8);
  }

  ByteBuffer bytes() {
    return bytes;
  }

  IntBuffer start() {
    return start;
  }
}
