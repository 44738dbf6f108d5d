package org.eventline.suggest.text;

import java.util.Locale;
import java.util.Map;

/**
 * Cardinal numbers as news writes them: figures ({@code 12}, {@code 4,000}, {@code 1.5 million})
 * and English number words ({@code twelve}, {@code twenty-one}, {@code two hundred}).
 */
public final class NumberWords {

  private static final java.util.regex.Pattern SPACES_OR_HYPHENS =
      java.util.regex.Pattern.compile("[\\s-]+");

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** The number words this class reads, in lower case. */
  public static final java.util.Set<String> WORD_VALUES = UNITS.keySet();

  private static final String SMALL =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen)";
  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String DIGIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
  private static final String UNDER_HUNDRED =
      "(?:" + TENS + "(?:[-\\s]" + DIGIT_WORD + ")?|" + SMALL + ")";

  /** Number words up to the thousands: "five", "twenty-one", "a hundred", "two thousand". */
  static final String WORDS =
      "(?:(?:a|"
          + UNDER_HUNDRED
          + ")\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?"
          + UNDER_HUNDRED
          + ")?|"
          + UNDER_HUNDRED
          + ")\\b";

  /**
   * Figures: "12", "4,000", "5000", "1.5 million". Never part of a longer figure, a decimal, a time
   * or a code ("2021" in "20213", "7:45", "A-12").
   */
  static final String FIGURE =
      "(?<![\\d.,:/\\p{L}$€£¥#-])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?!\\d|[.,:/]\\d|\\s*%)"
          + "(?:\\s+(?:million|thousand)\\b)?";

  /** A figure or a number word, not the start of a compound ("45-year-old", "five-minute"). */
  public static final String CARDINAL = "(?:" + FIGURE + "|\\b" + WORDS + ")(?![-–]\\p{L})";

  private NumberWords() {}

  /**
   * The value of a {@link #CARDINAL} match, or -1 when it is not a number this class reads.
   * Fractions of a unit are rounded down ("1.5 million" is 1,500,000; "2.5" is 2).
   */
  public static long parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace(",", "");
    if (t.isEmpty()) {
      return -1;
    }
    return Character.isDigit(t.charAt(0)) ? figure(t) : words(t);
  }

  private static long figure(String t) {
    String[] parts = Whitespace.split(t);
    long scale = 1;
    if (parts.length == 2) {
      scale = parts[1].equals("million") ? 1_000_000 : 1_000;
    }
    try {
      return new java.math.BigDecimal(parts[0])
          .multiply(java.math.BigDecimal.valueOf(scale))
          .longValue();
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long words(String t) {
    long total = 0;
    long current = 0;
    for (String w : SPACES_OR_HYPHENS.split(t)) {
      if (w.equals("and")) {
        continue;
      }
      Integer unit = UNITS.get(w);
      if (unit != null) {
        current += unit;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (w.equals("thousand")) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else {
        return -1;
      }
    }
    return total + current;
  }
}
