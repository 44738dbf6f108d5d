package org.eventline.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts for one field: suggestions that give it, gold events that give it, and correct ones.
 * Precision is correct over suggested, recall correct over gold, F1 their harmonic mean; each is 0
 * when its denominator is 0.
 */
public record Count(int suggested, int gold, int correct) {

  public Count add(Count other) {
    return new Count(suggested + other.suggested, gold + other.gold, correct + other.correct);
  }

  public BigDecimal precision() {
    return ratio(correct, suggested);
  }

  public BigDecimal recall() {
    return ratio(correct, gold);
  }

  public BigDecimal f1() {
    double p = correct == 0 ? 0 : (double) correct / suggested;
    double r = correct == 0 ? 0 : (double) correct / gold;
    return p + r == 0 ? round(0) : round(2 * p * r / (p + r));
  }

  private static BigDecimal ratio(int a, int b) {
    return b == 0 ? round(0) : round((double) a / b);
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
  }
}
