package org.eventline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible random texts made of given pieces, for tests that check a fast reading against the
 * expression it replaces on inputs nobody wrote by hand (odd case, combining marks, surrogates,
 * every kind of white space).
 */
public final class RandomTexts {

  private RandomTexts() {}

  /** {@code count} texts of 0 to {@code maxPieces - 1} pieces each, drawn with {@code seed}. */
  public static List<String> of(long seed, List<String> pieces, int maxPieces, int count) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int round = 0; round < count; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(maxPieces);
      for (int i = 0; i < length; i++) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  /** The same, each piece one UTF-16 unit of {@code alphabet} (so half a surrogate pair too). */
  public static List<String> of(long seed, String alphabet, int maxLength, int count) {
    return of(
        seed, alphabet.chars().mapToObj(c -> String.valueOf((char) c)).toList(), maxLength, count);
  }
}
