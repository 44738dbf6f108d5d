package org.eventline.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share: how many of a total were right; its value is 0 when the total is 0 (3 decimals). */
public record Share(int correct, int total) {

  public Share {
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          "a share needs 0 <= correct <= total; got " + correct + " of " + total);
    }
  }

  public static Share of(boolean right) {
    return new Share(right ? 1 : 0, 1);
  }

  public Share add(Share other) {
    return new Share(correct + other.correct, total + other.total);
  }

  public BigDecimal value() {
    double v = total == 0 ? 0 : (double) correct / total;
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
  }

  /** "0.650 (268/412)", or "-" when there is nothing to count. */
  public String format() {
    return total == 0 ? "-" : value().toPlainString() + " (" + correct + "/" + total + ")";
  }
}
