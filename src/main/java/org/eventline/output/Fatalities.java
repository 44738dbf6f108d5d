package org.eventline.output;

import org.eventline.curation.Event;

/**
 * The fatality figures of one event or a sum of events: best estimate and the low-high range the
 * text supports (the best estimate at both ends when the text gives a single figure).
 */
record Fatalities(double best, double low, double high) {

  static final Fatalities NONE = new Fatalities(0, 0, 0);

  /** The event's figures, or null when the text gives none. */
  static Fatalities of(Event event) {
    Integer best = event.fatalities();
    if (best == null) {
      return null;
    }
    return new Fatalities(
        best,
        event.fatalitiesLow() == null ? best : event.fatalitiesLow(),
        event.fatalitiesHigh() == null ? best : event.fatalitiesHigh());
  }

  Fatalities plus(Fatalities other) {
    return new Fatalities(best + other.best, low + other.low, high + other.high);
  }

  Fatalities times(double share) {
    return new Fatalities(best * share, low * share, high * share);
  }

  /** Whether the figures are a range rather than a single number. */
  boolean isRange() {
    return low != best || high != best;
  }

  /** The label of a range as the charts print it: {@code best (low–high)}. */
  String rangeLabel(java.text.NumberFormat number) {
    return number.format(best) + " (" + number.format(low) + "\u2013" + number.format(high) + ")";
  }
}
