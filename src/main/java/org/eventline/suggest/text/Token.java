package org.eventline.suggest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence: letters, digits and inner apostrophes, hyphens or dots ("al-Assad", "U.S.",
 * "Taliban's"), with its offsets (UTF-16 indices into the sentence). A trailing possessive "'s" is
 * kept out of {@link #bare()}.
 */
public record Token(int start, int end, String text) {

  /** The word without a trailing possessive "'s". */
  public String bare() {
    if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
      return text.substring(0, text.length() - 2);
    }
    return text;
  }

  /** True when the word ends in a possessive "'s" ("Kabul's"). */
  public boolean possessive() {
    return bare().length() != text.length();
  }

  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** Splits a sentence into words. */
  public static List<Token> of(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char c = sentence.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '.')
            && i + 1 < n
            && Character.isLetterOrDigit(sentence.charAt(i + 1))) {
          i++;
        } else if (c == '.'
            && sentence.lastIndexOf('.', i - 1) > start
            && Character.isUpperCase(sentence.charAt(i - 1))) {
          i++; // "U.S." keeps its final dot
        } else {
          break;
        }
      }
      tokens.add(new Token(start, i, sentence.substring(start, i)));
    }
    return tokens;
  }
}
