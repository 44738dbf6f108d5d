package org.eventline.suggest.casualties;

import java.util.ArrayList;
import java.util.List;

/**
 * The casualty figures of a suggested event: the first count of people killed and the first of
 * people injured that the sentence gives (low, best, high as the extractor read them), the words
 * they came from, and the rules applied. Empty when the sentence gives no figure.
 */
public record Casualties(
    Integer killedLow,
    Integer killedBest,
    Integer killedHigh,
    Integer injuredLow,
    Integer injuredBest,
    Integer injuredHigh,
    String phrase,
    List<String> rules) {

  /** Between pieces of a phrase gathered from several places, as validate reads them. */
  static final String SEPARATOR = " | ";

  static final String KILLED = "killed";
  static final String INJURED = "injured";

  public Casualties {
    rules = List.copyOf(rules);
  }

  public static Casualties of(List<CasualtyMention> mentions) {
    CasualtyMention killed = first(mentions, KILLED);
    CasualtyMention injured = first(mentions, INJURED);
    List<String> phrases = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (CasualtyMention m : new CasualtyMention[] {killed, injured}) {
      if (m != null) {
        phrases.add(m.phrase());
        rules.add("'" + m.phrase() + "' -> " + m.kind() + " " + range(m) + ": " + m.rule());
      }
    }
    for (CasualtyMention m : mentions) {
      if (m != killed && m != injured) {
        rules.add("also '" + m.phrase() + "' (" + m.kind() + " " + range(m) + "), not used");
      }
    }
    return new Casualties(
        killed == null ? null : killed.low(),
        killed == null ? null : killed.best(),
        killed == null ? null : killed.high(),
        injured == null ? null : injured.low(),
        injured == null ? null : injured.best(),
        injured == null ? null : injured.high(),
        phrases.isEmpty() ? null : String.join(SEPARATOR, phrases),
        rules);
  }

  /**
   * These figures with {@code more} killed added, read from {@code phrase} (another piece of the
   * casualty phrase) for the reason given; null when the toll is not known exactly enough to add to
   * (no low, best or high).
   */
  public Casualties plusKilled(int more, String phrase, String why) {
    if (killedLow == null || killedBest == null || killedHigh == null) {
      return null;
    }
    List<String> now = new ArrayList<>(rules);
    now.add("'" + phrase + "' " + why + " -> killed " + (killedBest + more));
    return new Casualties(
        killedLow + more,
        killedBest + more,
        killedHigh + more,
        injuredLow,
        injuredBest,
        injuredHigh,
        this.phrase + SEPARATOR + phrase,
        now);
  }

  private static CasualtyMention first(List<CasualtyMention> mentions, String kind) {
    return mentions.stream()
        .filter(m -> kind.equals(m.kind()) && m.best() != null)
        .findFirst()
        .orElse(null);
  }

  private static String range(CasualtyMention m) {
    if (m.low() != null && m.high() != null && !m.low().equals(m.high())) {
      return m.best() + " (" + m.low() + "-" + m.high() + ")";
    }
    return String.valueOf(m.best());
  }
}
