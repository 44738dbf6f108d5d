package org.eventline.suggest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of two or more capitalised words of a sentence ("Carrie Lam", "Ricardo Rosselló
 * Nevares"): what {@link #PATTERN} finds, read in one pass over the characters. The expression, run
 * with {@code find()} over every sentence of an article, tried its look-behind and first letter at
 * each position; the pass reads each character once. A sentence with a character outside the Basic
 * Multilingual Plane (an emoji) is left to the expression itself, whose reading of surrogate pairs
 * the pass does not copy.
 */
public final class CapitalisedRuns {

  /** The runs: a capitalised word not glued to a word before it, then more, each after spaces. */
  static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}'’.-])\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)+");

  /** A run: where it starts and ends in the sentence. */
  public record Run(int start, int end) {}

  private CapitalisedRuns() {}

  /** The sentence's runs, in text order, as {@code PATTERN.matcher(sentence).find()} gives them. */
  public static List<Run> of(String sentence) {
    List<Run> runs = new ArrayList<>();
    if (hasSurrogate(sentence)) {
      Matcher m = PATTERN.matcher(sentence);
      while (m.find()) {
        runs.add(new Run(m.start(), m.end()));
      }
      return runs;
    }
    int p = 0;
    while (p < sentence.length()) {
      int end = runAt(sentence, p);
      if (end < 0) {
        p++;
      } else {
        runs.add(new Run(p, end));
        p = end;
      }
    }
    return runs;
  }

  /**
   * Where the run starting at {@code p} ends, or -1 when none starts there. Each word is read to
   * its end: a word cut short is followed by a word character, never by the spaces the next word
   * needs, so the expression's backtracking finds no other match.
   */
  private static int runAt(String s, int p) {
    if (p > 0 && (wordChar(s.charAt(p - 1)) || s.charAt(p - 1) == '.')) {
      return -1;
    }
    int end = wordAt(s, p);
    if (end < 0) {
      return -1;
    }
    int words = 1;
    while (true) {
      int next = end;
      while (next < s.length() && space(s.charAt(next))) {
        next++;
      }
      int wordEnd = next == end ? -1 : wordAt(s, next);
      if (wordEnd < 0) {
        return words > 1 ? end : -1;
      }
      end = wordEnd;
      words++;
    }
  }

  /** The end of a capitalised word ({@code \p{Lu}[\p{L}\p{M}'’-]+}) at {@code p}, or -1. */
  private static int wordAt(String s, int p) {
    if (p >= s.length() || Character.getType(s.charAt(p)) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    int q = p + 1;
    while (q < s.length() && wordChar(s.charAt(q))) {
      q++;
    }
    return q > p + 1 ? q : -1;
  }

  /** {@code [\p{L}\p{M}'’-]}. */
  private static boolean wordChar(char c) {
    if (c == '\'' || c == '’' || c == '-') {
      return true;
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** {@code \s}: the ASCII white space of Java's expressions. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
