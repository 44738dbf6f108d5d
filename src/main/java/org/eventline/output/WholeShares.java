package org.eventline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a whole number of people among time bins in proportion to the days of an event that fall
 * in each, in whole people: every bin gets the whole part of its share, and the people left over go
 * one each to the bins with the largest remainders (the earlier bin first on a tie). The shares sum
 * to the total, and no chart ever prints a fraction of a person.
 */
final class WholeShares {

  private WholeShares() {}

  /** The total shared by these weights (which sum to 1), in the weights' key order. */
  static <K> Map<K, Integer> of(int total, Map<K, Double> weights) {
    Map<K, Integer> whole = new LinkedHashMap<>();
    List<Map.Entry<K, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<K, Double> weight : weights.entrySet()) {
      double exact = total * weight.getValue();
      int floor = (int) Math.floor(exact + 1e-9);
      whole.put(weight.getKey(), floor);
      given += floor;
      remainders.add(Map.entry(weight.getKey(), exact - floor));
    }
    List<Map.Entry<K, Double>> order = new ArrayList<>(remainders);
    order.sort(Comparator.comparingDouble((Map.Entry<K, Double> e) -> -e.getValue()));
    for (int i = 0; i < total - given && i < order.size(); i++) {
      whole.merge(order.get(i).getKey(), 1, Integer::sum);
    }
    return whole;
  }
}
