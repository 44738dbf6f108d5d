package org.eventline.suggest.casualties;

import java.util.Objects;

/**
 * A count of people killed or injured found in a sentence, with the range the words support.
 *
 * @param start UTF-16 index of the phrase in the sentence passed in
 * @param end UTF-16 index just after the phrase
 * @param phrase {@code sentence.substring(start, end)}
 * @param kind "killed" or "injured"
 * @param low lowest figure the words support, or null when they give none
 * @param best best estimate (conservative, as ACLED codes), or null when the words give none
 * @param high highest figure the words support, or null when they set no upper bound
 * @param rule the rule applied, for people ("'at least 12' -> low 12, best 12, no upper bound")
 */
public record CasualtyMention(
    int start,
    int end,
    String phrase,
    String kind,
    Integer low,
    Integer best,
    Integer high,
    String rule) {

  public static final String KILLED = "killed";
  public static final String INJURED = "injured";

  public CasualtyMention {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start || end - start != phrase.length()) {
      throw new IllegalArgumentException(
          "bad span " + start + ".." + end + " for '" + phrase + "'");
    }
    if (!KILLED.equals(kind) && !INJURED.equals(kind)) {
      throw new IllegalArgumentException("kind must be killed or injured, not '" + kind + "'");
    }
    if (low != null && low < 0 || best != null && best < 0 || high != null && high < 0) {
      throw new IllegalArgumentException("negative count in " + low + "/" + best + "/" + high);
    }
    if (low != null && best != null && best < low
        || best != null && high != null && high < best
        || low != null && high != null && high < low) {
      throw new IllegalArgumentException("counts out of order: " + low + "/" + best + "/" + high);
    }
  }
}
