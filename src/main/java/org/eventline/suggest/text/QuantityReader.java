package org.eventline.suggest.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads how many people a phrase counts: figures and number words with their qualifiers ("at least
 * 12", "more than 4,000", "nearly 100", "between 10 and 15", "two or three") and vague words read
 * by ACLED's conventions ("several" 3, "dozens" 12, "hundreds" 100). See {@code
 * docs/suggest-dates-casualties.md}.
 */
public final class QuantityReader {

  private static final java.util.regex.Pattern TRAILING_OF =
      java.util.regex.Pattern.compile(" of$");

  private static final java.util.regex.Pattern DOZENS =
      java.util.regex.Pattern.compile("(?:in the )?(?:dozens|hundreds)|tens");

  private static final String N = NumberWords.CARDINAL;

  private static final String MODIFIER =
      "(?<mod>at\\s+least|a\\s+minimum\\s+of|no\\s+(?:fewer|less)\\s+than|not\\s+less\\s+than"
          + "|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|nearly|almost|close\\s+to"
          + "|just\\s+under|about|around|approximately|roughly|some|an\\s+estimated|estimated"
          + "|as\\s+many\\s+as|up\\s+to|fewer\\s+than|less\\s+than|at\\s+most|a\\s+total\\s+of"
          + "|a\\s+further|another|only|exactly|just)";

  private static final String VAGUE =
      "(?<vague>tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|(?:several|a\\s+few)\\s+"
          + "(?:dozen|hundred|thousand)|in\\s+the\\s+(?:dozens|hundreds|thousands)|dozens|scores"
          + "|hundreds|thousands|tens|several|many|a\\s+few|few|a\\s+number|a\\s+handful"
          + "|a\\s+couple|numerous|multiple|a\\s+dozen|dozen)";

  /** A count of people, in named groups read by {@link #read}. Use once per pattern. */
  public static final String PATTERN =
      "(?<q>(?:(?:"
          + MODIFIER
          + "\\s+)?(?:between\\s+(?<lo>"
          + N
          + ")\\s*(?:and|-|–|to)\\s*(?<hi>"
          + N
          + ")|(?<lo2>"
          + N
          + ")\\s*(?:-|–|to|or)\\s*(?<hi2>"
          + N
          + ")|(?<n>"
          + N
          + ")(?<dozen>\\s+dozen)?(?<more>\\s+more)?|"
          + VAGUE
          + ")|(?<zero>\\bno\\s+one|\\bnobody|\\bnone|\\bno)))(?!\\w)";

  private static final Map<String, Integer> VAGUE_VALUES =
      Map.ofEntries(
          Map.entry("tens of thousands", 10_000),
          Map.entry("hundreds of thousands", 100_000),
          Map.entry("dozens", 12),
          Map.entry("scores", 20),
          Map.entry("hundreds", 100),
          Map.entry("thousands", 1000),
          Map.entry("tens", 10),
          Map.entry("a couple", 2),
          Map.entry("a dozen", 12),
          Map.entry("dozen", 12)); // headlines drop the article: "airstrikes kill dozen rebels"

  private QuantityReader() {}

  /** The quantity a {@link #PATTERN} match counts, or null when it is not a count of people. */
  public static Quantity read(Matcher m) {
    String text = Whitespace.collapse(m.group("q")).trim();
    if (m.group("zero") != null) {
      return Quantity.exact(0, "'" + text + "' -> 0");
    }
    if (m.group("lo") != null) {
      return range(m.group("lo"), m.group("hi"), text);
    }
    if (m.group("lo2") != null) {
      return range(m.group("lo2"), m.group("hi2"), text);
    }
    long value;
    String reading;
    if (m.group("n") != null) {
      value = NumberWords.parse(m.group("n"));
      if (m.group("dozen") != null) {
        value *= 12;
      }
      reading = null;
    } else {
      String vague = Whitespace.collapse(m.group("vague").toLowerCase(Locale.ROOT));
      vague = TRAILING_OF.matcher(vague).replaceAll("");
      value = vagueValue(vague);
      reading = vagueNote(vague, value);
    }
    if (value < 0 || value > 10_000_000) {
      return null;
    }
    return modified((int) value, m.group("mod"), text, reading);
  }

  /** "between 10 and 15", "10-15", "two or three"; never "five and 14" (two counts). */
  private static Quantity range(String from, String to, String text) {
    long lo = NumberWords.parse(from);
    long hi = NumberWords.parse(to);
    if (lo < 0 || hi <= lo || hi > 10_000_000) {
      return null;
    }
    return new Quantity(
        (int) lo,
        (int) lo,
        (int) hi,
        "'"
            + text
            + "' -> low "
            + lo
            + ", high "
            + hi
            + ", best "
            + lo
            + " (the lowest figure, as ACLED codes)");
  }

  private static long vagueValue(String vague) {
    Integer fixed = VAGUE_VALUES.get(vague);
    if (fixed != null) {
      return fixed;
    }
    if (vague.startsWith("in the ")) {
      return VAGUE_VALUES.get(vague.substring("in the ".length()));
    }
    if (vague.endsWith("dozen")) {
      return 36;
    }
    if (vague.endsWith("hundred")) {
      return 300;
    }
    if (vague.endsWith("thousand")) {
      return 3000;
    }
    return 3; // several, many, few, a few, a number, a handful, numerous, multiple
  }

  private static String vagueNote(String vague, long value) {
    String why;
    if (vague.equals("a dozen") || vague.equals("dozen") || vague.equals("a couple")) {
      why = "";
    } else if (value == 3) {
      why = " (ACLED: 3 or 10 by context; eventline takes the conservative 3)";
    } else if (vague.startsWith("several ") || vague.startsWith("a few ")) {
      why = " (3 times the unit, as ACLED reads 'several' as 3)";
    } else if (DOZENS.matcher(vague).matches()) {
      why = " (ACLED convention)";
    } else {
      why = " (one unit of the plural, as ACLED reads 'dozens' as 12 and 'hundreds' as 100)";
    }
    return vague + " = " + value + why;
  }

  /** Applies "at least", "more than", "nearly"... to a value. */
  private static Quantity modified(int v, String mod, String text, String reading) {
    String m = mod == null ? "" : Whitespace.collapse(mod.toLowerCase(Locale.ROOT));
    String base = reading == null ? "" : reading + "; ";
    boolean vague =
        reading != null
            && !reading.startsWith("a dozen")
            && !reading.startsWith("dozen ")
            && !reading.startsWith("a couple");
    Quantity q;
    String how;
    switch (m) {
      case "at least", "a minimum of", "no fewer than", "no less than", "not less than" -> {
        q = new Quantity(v, v, null, null);
        how = "no upper bound";
      }
      case "more than", "over", "upwards of", "in excess of" -> {
        q = new Quantity(v + 1, v + 1, null, null);
        how = "the smallest figure above " + v + ", no upper bound";
      }
      case "nearly", "almost", "close to", "just under" -> {
        q = new Quantity(null, v - 1, v - 1, null);
        how = "just below " + v + ", no lower bound";
      }
      case "about", "around", "approximately", "roughly", "some", "an estimated", "estimated" -> {
        q = new Quantity(null, v, null, null);
        how = "an estimate, no bounds";
      }
      case "as many as", "up to", "at most" -> {
        q = new Quantity(null, null, v, null);
        how = "an upper bound only";
      }
      case "fewer than", "less than" -> {
        q = new Quantity(null, null, Math.max(v - 1, 0), null);
        how = "an upper bound only";
      }
      default -> {
        q = vague ? new Quantity(v, v, null, null) : Quantity.exact(v, null);
        how = vague ? "no upper bound" : "exact figure";
      }
    }
    if (m.equals("nearly") && v == 0 || q.best() != null && q.best() < 0) {
      return null;
    }
    return new Quantity(
        q.low(), q.best(), q.high(), "'" + text + "' -> " + base + q.describe() + " (" + how + ")");
  }
}
