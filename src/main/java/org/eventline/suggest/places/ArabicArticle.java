package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings of a name's inner Arabic article. News and gazetteers write it "al-", "el-" or
 * assimilated to a following sun letter ("ez-Zor", "ash-Shughur", "an-Numan"), so "Deir al-Zor"
 * (Reuters) is GeoNames' "Deir ez-Zor" and "Jisr al-Shughur" its "Jisr ash Shughur". Tried only for
 * a name the gazetteer does not know as written.
 */
final class ArabicArticle {

  /** The article's Latin spellings: al-, el-, and assimilated to a sun letter (ash-, ez-, an-). */
  private static final String SPELLINGS = "al|el|ad|adh|ar|as|ash|at|ath|az|ez|es|en|an|ed|et|er";

  /** An article inside a name: after a word, before a word, joined by a hyphen or a space. */
  static final Pattern INNER =
      Pattern.compile("(?<=\\p{L}[ -])(?i:" + SPELLINGS + ")[- ](?=(\\p{L}+))");

  /** A word that is the article in lower case and a capitalised name: "ez-Zor", "al-Shughur". */
  private static final Pattern WORD = Pattern.compile("(?:" + SPELLINGS + ")-\\p{Lu}.*");

  /**
   * Whether a space or a hyphen is followed by "a" or "e" somewhere in the name: every spelling of
   * {@link #INNER} starts so (case ignored, ASCII only, as the expression does), so a name without
   * is not given to the expression (most names tried are unknown multi-word spans of a sentence).
   */
  static boolean mayHoldInner(String name) {
    for (int i = 1; i < name.length(); i++) {
      char before = name.charAt(i - 1);
      char c = name.charAt(i);
      if ((before == ' ' || before == '-') && (c == 'a' || c == 'e' || c == 'A' || c == 'E')) {
        return true;
      }
    }
    return false;
  }

  /** Latin spellings of the sun letters, longest first: the article takes their sound. */
  private static final List<String> SUN =
      List.of("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l");

  private ArabicArticle() {}

  /** True for a word written as the article in lower case and a capitalised name ("ez-Zor"). */
  static boolean word(String text) {
    int hyphen = text.indexOf('-');
    return hyphen >= 2 && hyphen <= 3 && WORD.matcher(text).matches();
  }

  /** Other spellings of the first inner article of a name; empty when it has none. */
  static List<String> variants(String name) {
    if (!mayHoldInner(name)) {
      return List.of();
    }
    Matcher m = INNER.matcher(name);
    if (!m.find()) {
      return List.of();
    }
    String next = m.group(1).toLowerCase(Locale.ROOT);
    String sun = SUN.stream().filter(next::startsWith).findFirst().orElse(null);
    List<String> articles = new ArrayList<>(List.of("al", "el"));
    if (sun != null) {
      articles.add("a" + sun);
      articles.add("e" + sun);
    }
    String written = name.substring(m.start(), m.end() - 1).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String article : articles) {
      if (article.equals(written)) {
        continue;
      }
      for (String joint : List.of("-", " ")) {
        out.add(name.substring(0, m.start()) + article + joint + name.substring(m.end()));
      }
    }
    return out;
  }
}
