package org.eventline.suggest.places;

import java.util.Objects;

/**
 * A place named in a sentence and what it was resolved to.
 *
 * @param start offset in the sentence (UTF-16) where the name starts
 * @param end offset just past the name (a following "Province" included)
 * @param phrase the words of the sentence
 * @param level what kind of place it is
 * @param place the gazetteer row (for a country, its capital; may then be null)
 * @param country the country the place lies in
 * @param near true when the text places the event near the place rather than in it
 * @param locative true when a preposition such as "in" or "into" puts something there (a country
 *     named as a subject or an owner, "Turkey began", "Iran's Quds Force", is not an event place)
 * @param reason how the name was resolved, for the suggestion's notes
 */
public record PlaceMention(
    int start,
    int end,
    String phrase,
    Level level,
    Place place,
    Country country,
    boolean near,
    boolean locative,
    String reason) {

  /** The kinds of place a name designates. */
  public enum Level {
    CITY,
    ADMIN1,
    COUNTRY,
    /** An adjective or people noun ("Afghan"): a hint of the country, never an event's place. */
    DEMONYM
  }

  /** True for a word that marks a first-level unit after its name ("state", "province"). */
  public static boolean isUnitWord(String lower) {
    return PlaceCues.UNIT_WORDS.contains(lower);
  }

  public PlaceMention {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(reason, "reason");
  }

  /** The same place and words, with other cues and reason. */
  PlaceMention with(boolean isNear, boolean isLocative, String why) {
    return new PlaceMention(start, end, phrase, level, place, country, isNear, isLocative, why);
  }

  /** True when this mention may be an event's place. */
  public boolean isPlace() {
    return level != Level.DEMONYM;
  }
}
