package org.eventline.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a curator's new figure does to the range beside it. A suggestion carries {@code
 * fatalities_low} and {@code fatalities_high} (and the same for {@code injured}); a curator who
 * types another best figure and leaves the range alone means that figure, so a range that no longer
 * holds it, or that only repeated the old figure, is removed with it: the outputs then give the one
 * figure as low, best and high. A range that still holds the new figure is kept. Without this, "set
 * fatalities=0" on a suggestion of 2 (2 to 2) left an event that could not be confirmed.
 */
public final class CountRanges {

  private static final List<String> COUNTS = List.of("fatalities", "injured");

  private CountRanges() {}

  /**
   * The range fields to remove (mapped to null) after the fields {@code set} of {@code event}
   * (scalars as the curation file writes them, null for a removed field); empty when none.
   */
  public static Map<String, String> following(Map<String, String> set, JsonNode event) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String count : COUNTS) {
      String low = count + "_low";
      String high = count + "_high";
      if (!set.containsKey(count) || set.containsKey(low) || set.containsKey(high)) {
        continue;
      }
      Integer oldLow = integer(event.get(low));
      Integer oldHigh = integer(event.get(high));
      if (oldLow == null && oldHigh == null) {
        continue;
      }
      Integer best = parse(set.get(count));
      Integer oldBest = integer(event.get(count));
      // an exact figure's range (2 to 2), not a bound ("at least 20": low 20, no high)
      boolean repeated = oldBest != null && oldBest.equals(oldLow) && oldBest.equals(oldHigh);
      boolean holds =
          best != null
              && (oldLow == null || oldLow <= best)
              && (oldHigh == null || best <= oldHigh);
      if (repeated || !holds) {
        if (oldLow != null) {
          out.put(low, null);
        }
        if (oldHigh != null) {
          out.put(high, null);
        }
      }
    }
    return out;
  }

  /** The words for the curator: "fatalities_low, fatalities_high removed with it". */
  public static String said(Map<String, String> removed) {
    return removed.isEmpty()
        ? ""
        : " (" + String.join(", ", removed.keySet()) + " removed: the figure set replaces them)";
  }

  private static Integer integer(JsonNode n) {
    return n != null && n.isIntegralNumber() ? n.asInt() : null;
  }

  private static Integer parse(String scalar) {
    if (scalar == null) {
      return null;
    }
    try {
      return Integer.valueOf(scalar.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
