package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out which country an article is about, by votes: each resolved place and each country named
 * after "in", "into"... counts 1 (twice in the first sentence, the headline); each demonym and each
 * named actor's home country 0.5; each other country name (a subject, an owner: "the United States
 * announced") 0.25. Ties go to the country named first.
 */
public final class ArticleCountry {

  private ArticleCountry() {}

  /** Countries ranked by votes over places and actors, most voted first. */
  public static List<String> ranked(List<List<PlaceMention>> bySentence, List<String> actorHomes) {
    Map<String, Double> votes = new LinkedHashMap<>();
    for (int s = 0; s < bySentence.size(); s++) {
      double weight = s == 0 ? 2 : 1;
      for (PlaceMention m : bySentence.get(s)) {
        double v =
            m.level() == PlaceMention.Level.DEMONYM
                    || (m.level() == PlaceMention.Level.COUNTRY && !m.locative())
                ? (m.level() == PlaceMention.Level.DEMONYM ? 0.5 : 0.25)
                : 1.0;
        votes.merge(m.country().alpha2(), v * weight, Double::sum);
      }
    }
    for (String home : actorHomes) {
      votes.merge(home, 0.5, Double::sum);
    }
    return ranked(votes);
  }

  private static List<String> ranked(Map<String, Double> votes) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(votes.entrySet());
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      firstSeen.put(entries.get(i).getKey(), i);
    }
    entries.sort(
        (a, b) -> {
          int c = Double.compare(b.getValue(), a.getValue());
          return c != 0 ? c : Integer.compare(firstSeen.get(a.getKey()), firstSeen.get(b.getKey()));
        });
    return entries.stream().map(Map.Entry::getKey).toList();
  }
}
