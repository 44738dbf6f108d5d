package org.eventline.suggest.text;

/**
 * How many people a phrase counts: the range its words support and the convention that read it.
 *
 * @param low lowest figure, or null
 * @param best best estimate, or null
 * @param high highest figure, or null when unbounded
 * @param note how the words were read ("'at least 12' -> low 12, best 12, no upper bound")
 */
public record Quantity(Integer low, Integer best, Integer high, String note) {

  public static Quantity exact(int n, String note) {
    return new Quantity(n, n, n, note);
  }

  /** Killed or injured, the split unknown: 0 up to the figure, no best estimate. */
  public Quantity eitherKind() {
    return new Quantity(
        low == null && high == null ? null : 0,
        low != null && low == 0 && high != null && high == 0 ? 0 : null,
        high,
        note);
  }

  String describe() {
    return "low " + show(low) + ", best " + show(best) + ", high " + show(high);
  }

  private static String show(Integer n) {
    return n == null ? "none" : n.toString();
  }
}
