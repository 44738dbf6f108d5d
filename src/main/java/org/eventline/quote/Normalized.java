package org.eventline.quote;

import java.util.Arrays;

/**
 * A text with typographic variants folded (curly quotes to straight, dashes to hyphens, the
 * ellipsis to three dots, every run of white space to one space), keeping for each folded character
 * the index it came from, so that a match in the folded text maps back to the original.
 */
final class Normalized {
  final String text;
  private final int[] origin;
  private final int originalLength;

  private Normalized(String text, int[] origin, int originalLength) {
    this.text = text;
    this.origin = origin;
    this.originalLength = originalLength;
  }

  static Normalized of(String original, int from) {
    StringBuilder out = new StringBuilder(original.length() - from);
    int[] origin = new int[original.length() - from + 16];
    boolean inSpace = false;
    for (int i = from; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!inSpace) {
          origin = append(out, origin, ' ', i);
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      String folded = fold(c);
      for (int k = 0; k < folded.length(); k++) {
        origin = append(out, origin, folded.charAt(k), i);
      }
    }
    return new Normalized(out.toString(), origin, original.length());
  }

  private static int[] append(StringBuilder out, int[] origin, char c, int from) {
    if (out.length() >= origin.length) {
      origin = Arrays.copyOf(origin, origin.length * 2);
    }
    origin[out.length()] = from;
    out.append(c);
    return origin;
  }

  static String fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> "'";
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
      case '\u2026' -> "...";
      default -> String.valueOf(c);
    };
  }

  /** The original index of a folded index. */
  int originalIndex(int foldedIndex) {
    return foldedIndex >= text.length() ? originalLength : origin[foldedIndex];
  }

  /** The original index just past a folded span ending (exclusive) at {@code foldedEnd}. */
  int originalEnd(int foldedEnd) {
    return foldedEnd == 0 ? originalIndex(0) : origin[foldedEnd - 1] + 1;
  }
}
