package org.eventline.suggest.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which names are looked up: diacritics removed, lower case, curly apostrophes
 * straightened, runs of white space made one space ({@code "Lashkar Gāh"} and {@code "lashkar gah"}
 * share a key). The compact key also drops spaces, hyphens and apostrophes ({@code "Lashkargah"},
 * {@code "Lashkar-Gah"}).
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    if (plainAscii(name)) {
      return name.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** True when the name needs no folding beyond lower case: ASCII letters, single spaces. */
  private static boolean plainAscii(String name) {
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || c == '`' || (c < ' ') || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  public static String compact(String name) {
    return compactOfKey(of(name));
  }

  /** {@link #compact} of a name whose key ({@link #of}) is known. */
  public static String compactOfKey(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != ' ' && c != '-' && c != '\'') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BF', '\u02BE', '`', '\u00B4' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
      case '\u00F8' -> 'o';
      case '\u00D8' -> 'O';
      case '\u0131' -> 'i';
      case '\u0142' -> 'l';
      case '\u0141' -> 'L';
      default -> c;
    };
  }
}
