package org.eventline.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eventline.curation.Event;

/**
 * The suggestions for one text, its gold events, and which suggestion each gold event was paired
 * with ({@link Scorer#match} makes the pairs, one to one).
 */
public final class Matching {

  private final List<Event> suggested;
  private final List<GoldEvent> gold;
  private final int[] suggestionOfGold;
  private final int[] goldOfSuggestion;

  Matching(List<Event> suggested, List<GoldEvent> gold) {
    this.suggested = List.copyOf(suggested);
    this.gold = List.copyOf(gold);
    this.suggestionOfGold = new int[gold.size()];
    this.goldOfSuggestion = new int[suggested.size()];
    Arrays.fill(suggestionOfGold, -1);
    Arrays.fill(goldOfSuggestion, -1);
  }

  boolean free(int suggestion, int goldEvent) {
    return goldOfSuggestion[suggestion] < 0 && suggestionOfGold[goldEvent] < 0;
  }

  void pair(int suggestion, int goldEvent) {
    goldOfSuggestion[suggestion] = goldEvent;
    suggestionOfGold[goldEvent] = suggestion;
  }

  public List<Event> suggested() {
    return suggested;
  }

  public List<GoldEvent> gold() {
    return gold;
  }

  /** The suggestion paired with gold event {@code index}, if any. */
  public Optional<Event> suggestionFor(int index) {
    int s = suggestionOfGold[index];
    return s < 0 ? Optional.empty() : Optional.of(suggested.get(s));
  }

  /** Whether suggestion {@code index} was paired with a gold event. */
  public boolean paired(int index) {
    return goldOfSuggestion[index] >= 0;
  }
}
