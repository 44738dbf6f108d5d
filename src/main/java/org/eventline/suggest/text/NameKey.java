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

  /** Arabic articles written before a name ("Ar Raqqah", "al-Anbar"), dropped by {@link #loose}. */
  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("al", "el", "ar", "as", "ash", "ad", "az", "an", "at", "ath", "adh");

  /** True for an Arabic article written as a word of its own ("ar" in "Ar Raqqah"), lower case. */
  public static boolean isArticle(String word) {
    return ARTICLES.contains(word);
  }

  /**
   * A key that the usual transliterations of one name share ("Hilmand" and "Helmand", "Paktya" and
   * "Paktia", "Hiiraan" and "Hiraan", "Ar Raqqah" and "Raqqa", "Ta'izz" and "Taiz", "Oruzgan" and
   * "Uruzgan", "Deir ez-Zor" and "Deir Al-Zour", "Yasinovataya" and "Yasynuvata"): the name's key
   * ({@link #of}) with a leading Arabic article and the hyphenated ones of later words dropped, a
   * final Russian "-aya" written "-a", spaces, hyphens and apostrophes removed, y read as i, e as
   * i, o as u, w as u, q and c as k, ph as f, an h after a consonant or at the end dropped, and
   * doubled letters written once. It confuses names that differ only in those letters, so it is
   * used only where the text itself says a name is a first-level unit or that a place follows (a
   * town of the article's country, or a large town when the article names no country, with further
   * checks), and to compare names in the evaluation.
   */
  public static String loose(String name) {
    String key = of(name);
    int space = key.indexOf(' ');
    int hyphen = key.indexOf('-');
    int cut = space < 0 ? hyphen : hyphen < 0 ? space : Math.min(space, hyphen);
    if (cut > 0 && cut < key.length() - 1 && ARTICLES.contains(key.substring(0, cut))) {
      key = key.substring(cut + 1);
    }
    key = withoutInnerArticles(key);
    if (key.length() > 6 && key.endsWith("aya")) {
      key = key.substring(0, key.length() - 2); // Russian "Yasinovataya", Ukrainian "Yasynuvata"
    }
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char mapped =
          switch (c) {
            case 'y', 'e' -> 'i';
            case 'o', 'w' -> 'u';
            case 'q', 'c' -> 'k';
            default -> c;
          };
      if (c == ' ' || c == '-' || c == '\'') {
        continue;
      }
      if (c == 'h' && out.length() > 0) {
        char before = out.charAt(out.length() - 1);
        if (before == 'p') {
          out.setCharAt(out.length() - 1, 'f');
          continue;
        }
        boolean last = i == key.length() - 1 || !Character.isLetter(key.charAt(i + 1));
        if (last || "aiu".indexOf(before) < 0) {
          continue;
        }
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == mapped) {
        continue;
      }
      out.append(mapped);
    }
    return out.toString();
  }

  /** Arabic articles joined to the word after them, as a name's later words write them. */
  private static final java.util.Set<String> JOINED_ARTICLES =
      java.util.Set.of(
          "al", "el", "ar", "as", "ash", "ad", "az", "an", "at", "ath", "adh", "ez", "es", "ed",
          "er", "et", "ul", "ud", "ur", "us", "uz");

  /**
   * A key without the hyphenated articles of its later words: "deir ez-zor" and "deir al-zour" are
   * "deir zor" and "deir zour" (the article's consonant follows the word it joins, so its spelling
   * varies more than the word's).
   */
  private static String withoutInnerArticles(String key) {
    if (key.indexOf('-') < 0) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    int i = 0;
    while (i < key.length()) {
      int hyphen = key.indexOf('-', i);
      int space = key.lastIndexOf(' ', hyphen < 0 ? 0 : hyphen);
      if (hyphen < 0 || space < i || hyphen == key.length() - 1) {
        out.append(key, i, key.length());
        break;
      }
      String word = key.substring(space + 1, hyphen);
      if (JOINED_ARTICLES.contains(word)) {
        out.append(key, i, space + 1);
        i = hyphen + 1;
      } else {
        out.append(key, i, hyphen + 1);
        i = hyphen + 1;
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
