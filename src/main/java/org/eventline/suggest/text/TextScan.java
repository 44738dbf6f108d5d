package org.eventline.suggest.text;

import java.util.Locale;

/** The words just before and after a position in a sentence. */
public final class TextScan {

  /** Initials with their dots ("u.s."): the final dot belongs to the word. */
  private static final java.util.regex.Pattern INITIALS =
      java.util.regex.Pattern.compile("[a-z]\\.(?:[a-z]\\.)+");

  private TextScan() {}

  /** The word (letters, digits, ".", "-") ending just before an offset, lower case; "" if none. */
  public static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Where the word ending just before an offset starts, or -1 when there is none. */
  public static int wordStartBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    return start == end ? -1 : start;
  }

  /** The word starting just after an offset (past white space), lower case; "" if none. */
  public static String wordAfter(String text, int offset) {
    int start = offset;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    if (end == start && start < text.length()) {
      end = start + 1; // a lone sign: "%", "$"
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    return word.endsWith(".") && !INITIALS.matcher(word).matches()
        ? word.substring(0, word.length() - 1)
        : word;
  }

  /**
   * Whether the text ends with one of the words (ignoring case), white space and line terminators
   * after it aside: a cheap test that an expression ending in {@code \\s+word\\s+$} (with {@code $}
   * before a final line terminator too) may match, so that it is run only then. It is the necessary
   * condition and no more: the expression still decides.
   */
  public static boolean endsWithAny(String text, String... words) {
    int end = text.length();
    while (end > 0 && spaceOrLineEnd(text.charAt(end - 1))) {
      end--;
    }
    for (String w : words) {
      if (end >= w.length() && text.regionMatches(true, end - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@code \\s} of Java's expressions, and the line terminators {@code $} may stand before. */
  private static boolean spaceOrLineEnd(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '’';
  }
}
