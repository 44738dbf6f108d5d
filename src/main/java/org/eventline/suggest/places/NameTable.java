package org.eventline.suggest.places;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable map from name keys to place codes held in a few flat arrays (open addressing over
 * the keys' UTF-8 bytes), so that the gazetteer's index is read at start without building a string
 * or a map entry per name. Codes are {@code place * 2 + (primary ? 1 : 0)}, in the order the
 * gazetteer gave them.
 */
final class NameTable {

  private final byte[] keyBytes;
  private final int[] keyStart;
  private final int[] hashes;
  private final int[] codeStart;
  private final int[] codes;
  private final int[] slots;

  NameTable(
      byte[] keyBytes, int[] keyStart, int[] hashes, int[] codeStart, int[] codes, int[] slots) {
    int size = hashes.length;
    if (keyStart.length != size + 1
        || codeStart.length != size + 1
        || Integer.bitCount(slots.length) != 1
        || slots.length < size + 1) {
      throw new IllegalArgumentException("inconsistent name table of " + size + " keys");
    }
    this.keyBytes = keyBytes;
    this.keyStart = keyStart;
    this.hashes = hashes;
    this.codeStart = codeStart;
    this.codes = codes;
    this.slots = slots;
  }

  /** The table of a map, keys in sorted order (so that the written index is reproducible). */
  static NameTable of(Map<String, int[]> map) {
    String[] keys = map.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    int size = keys.length;
    int[] keyStart = new int[size + 1];
    int[] hashes = new int[size];
    int[] codeStart = new int[size + 1];
    List<byte[]> encoded = new ArrayList<>(size);
    int bytes = 0;
    int codeCount = 0;
    for (int i = 0; i < size; i++) {
      byte[] b = keys[i].getBytes(StandardCharsets.UTF_8);
      encoded.add(b);
      keyStart[i] = bytes;
      bytes += b.length;
      hashes[i] = keys[i].hashCode();
      codeStart[i] = codeCount;
      codeCount += map.get(keys[i]).length;
    }
    keyStart[size] = bytes;
    codeStart[size] = codeCount;
    byte[] keyBytes = new byte[bytes];
    int[] codes = new int[codeCount];
    for (int i = 0; i < size; i++) {
      System.arraycopy(encoded.get(i), 0, keyBytes, keyStart[i], encoded.get(i).length);
      int[] c = map.get(keys[i]);
      System.arraycopy(c, 0, codes, codeStart[i], c.length);
    }
    int capacity = Integer.highestOneBit(Math.max(2, size * 2)) * 2;
    int[] slots = new int[capacity];
    for (int i = 0; i < size; i++) {
      int s = slot(hashes[i], capacity);
      while (slots[s] != 0) {
        s = (s + 1) & (capacity - 1);
      }
      slots[s] = i + 1;
    }
    return new NameTable(keyBytes, keyStart, hashes, codeStart, codes, slots);
  }

  private static int slot(int hash, int capacity) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (capacity - 1);
  }

  /** The codes of a key, or null when the table does not hold it. */
  int[] get(String key) {
    int hash = key.hashCode();
    byte[] encoded = null;
    int mask = slots.length - 1;
    for (int s = slot(hash, slots.length); slots[s] != 0; s = (s + 1) & mask) {
      int k = slots[s] - 1;
      if (hashes[k] != hash) {
        continue;
      }
      if (encoded == null) {
        encoded = key.getBytes(StandardCharsets.UTF_8);
      }
      if (Arrays.equals(keyBytes, keyStart[k], keyStart[k + 1], encoded, 0, encoded.length)) {
        return Arrays.copyOfRange(codes, codeStart[k], codeStart[k + 1]);
      }
    }
    return null;
  }

  int size() {
    return hashes.length;
  }

  /** The key at a position of the table (0 to {@link #size()} - 1), in sorted order. */
  String key(int index) {
    return new String(
        keyBytes, keyStart[index], keyStart[index + 1] - keyStart[index], StandardCharsets.UTF_8);
  }

  byte[] keyBytes() {
    return keyBytes;
  }

  int[] keyStart() {
    return keyStart;
  }

  int[] hashes() {
    return hashes;
  }

  int[] codeStart() {
    return codeStart;
  }

  int[] codes() {
    return codes;
  }

  int[] slots() {
    return slots;
  }
}
