package org.eventline.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventline.suggest.text.NumberWords;

/**
 * Whether a gold event's text states a field at all, so that the figures can be read against what
 * an extractor can reach. The text is what the caller gives: the gold quote, or the whole text (a
 * headline, a report) where the gold has none.
 */
final class Stated {

  /** What separates the words of a toll ("1,200", "forty-two" stay whole). */
  private static final Pattern NOT_NUMBER = Pattern.compile("[^\\p{L}\\p{N},\\-]+");

  /** Commas and hyphens at a word's edges ("killed 12," is "12"). */
  private static final Pattern EDGES = Pattern.compile("^[,\\-]+|[,\\-]+$");

  private Stated() {}

  /** The text names the gold's first-level unit or its coded place (all the words of either). */
  static boolean names(GoldEvent gold, String span) {
    if (span == null) {
      return false;
    }
    Set<String> words = new HashSet<>(Names.words(span));
    return contained(Names.words(gold.admin1()), words)
        || gold.location() != null && contained(Names.words(gold.location()), words);
  }

  /** The text writes the figure, as digits ("42", "1,200") or in words ("forty-two"). */
  static boolean writes(String span, int figure) {
    if (span == null) {
      return false;
    }
    for (String token : NOT_NUMBER.split(span)) {
      String t = EDGES.matcher(token).replaceAll("");
      if (t.isEmpty()) {
        continue;
      }
      String digits = t.replace(",", "");
      if (digits.chars().allMatch(Character::isDigit)) {
        if (digits.length() < 10 && Integer.parseInt(digits) == figure) {
          return true;
        }
      } else if (NumberWords.parse(t.toLowerCase(java.util.Locale.ROOT)) == figure) {
        return true;
      }
    }
    return false;
  }

  private static boolean contained(List<String> name, Set<String> words) {
    return !name.isEmpty() && words.containsAll(name);
  }
}
