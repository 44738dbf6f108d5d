package org.eventline.suggest.places;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable map from name keys to place codes held in a few flat buffers (open addressing over
 * the keys' UTF-8 bytes), so that the gazetteer's index is used where it lies (mapped from the jar)
 * without building a string or a map entry per name. Codes are {@code place * 2 + (primary ? 1 :
 * 0)}, in the order the gazetteer gave them. Only absolute reads are made: threads share a table.
 */
final class NameTable {

  private final ByteBuffer keyBytes;
  private final IntBuffer keyStart;
  private final IntBuffer hashes;
  private final IntBuffer codeStart;
  private final IntBuffer codes;
  private final IntBuffer slots;

  NameTable(
      ByteBuffer keyBytes,
      IntBuffer keyStart,
      IntBuffer hashes,
      IntBuffer codeStart,
      IntBuffer codes,
      IntBuffer slots) {
    int size = hashes.limit();
    if (keyStart.limit() != size + 1
        || codeStart.limit() != size + 1
        || Integer.bitCount(slots.limit()) != 1
        || slots.limit() < size + 1) {
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
    return new NameTable(
        ByteBuffer.wrap(keyBytes),
        IntBuffer.wrap(keyStart),
        IntBuffer.wrap(hashes),
        IntBuffer.wrap(codeStart),
        IntBuffer.wrap(codes),
        IntBuffer.wrap(slots));
  }

  private static int slot(int hash, int capacity) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (capacity - 1);
  }

  /** The codes of a key, or null when the table does not hold it. */
  int[] get(String key) {
    int hash = key.hashCode();
    byte[] encoded = null;
    int capacity = slots.limit();
    int mask = capacity - 1;
    for (int s = slot(hash, capacity); slots.get(s) != 0; s = (s + 1) & mask) {
      int k = slots.get(s) - 1;
      if (hashes.get(k) != hash) {
        continue;
      }
      if (encoded == null) {
        encoded = key.getBytes(StandardCharsets.UTF_8);
      }
      if (sameBytes(keyStart.get(k), keyStart.get(k + 1), encoded)) {
        int from = codeStart.get(k);
        int[] out = new int[codeStart.get(k + 1) - from];
        codes.get(from, out);
        return out;
      }
    }
    return null;
  }

  private boolean sameBytes(int from, int to, byte[] encoded) {
    if (to - from != encoded.length) {
      return false;
    }
    for (int i = 0; i < encoded.length; i++) {
      if (keyBytes.get(from + i) != encoded[i]) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return hashes.limit();
  }

  /** The key at a position of the table (0 to {@link #size()} - 1), in sorted order. */
  String key(int index) {
    int from = keyStart.get(index);
    byte[] b = new byte[keyStart.get(index + 1) - from];
    keyBytes.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  ByteBuffer keyBytes() {
    return keyBytes;
  }

  IntBuffer keyStart() {
    return keyStart;
  }

  IntBuffer hashes() {
    return hashes;
  }

  IntBuffer codeStart() {
    return codeStart;
  }

  IntBuffer codes() {
    return codes;
  }

  IntBuffer slots() {
    return slots;
  }
}
