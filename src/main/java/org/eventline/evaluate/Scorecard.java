package org.eventline.evaluate;

import java.util.EnumMap;
import java.util.Map;

/** Counts for every field, added up over texts. */
public final class Scorecard {

  private final Map<Field, Count> counts = new EnumMap<>(Field.class);

  public Scorecard() {
    for (Field f : Field.values()) {
      counts.put(f, new Count(0, 0, 0));
    }
  }

  void add(Field field, int suggested, int gold, int correct) {
    counts.merge(field, new Count(suggested, gold, correct), Count::add);
  }

  public Count get(Field field) {
    return counts.get(field);
  }

  public void addAll(Scorecard other) {
    other.counts.forEach((f, c) -> counts.merge(f, c, Count::add));
  }
}
