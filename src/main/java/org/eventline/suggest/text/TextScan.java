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

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '’';
  }
}
