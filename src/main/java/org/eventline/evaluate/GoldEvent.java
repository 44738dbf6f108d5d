package org.eventline.evaluate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A human-coded event, in the terms the scores compare. A null field is one the gold does not give
 * (or that must not be scored, such as a date the coder placed after the article's publication).
 *
 * @param text the id of the text (article or headline) the event comes from
 * @param quoteStart start of the gold quote in the article, in code points; -1 for a whole text
 * @param quoteEnd end of the gold quote; -1 for a whole text
 * @param eventTypes the suggested event types counted correct (one for ACLED-style gold, two for
 *     UCDP's coarse type of violence)
 * @param coordinatesPrecise true when the gold coordinates name the place itself (UCDP where_prec
 *     1-2, ACLED geo_precision 1-2): only then are coordinates scored
 * @param actorsUnordered true when the gold's two actors have no order (UCDP's side A is the
 *     government by convention, not ACLED's actor 1)
 */
public record GoldEvent(
    String text,
    int quoteStart,
    int quoteEnd,
    LocalDate dateStart,
    LocalDate dateEnd,
    String precision,
    String iso3,
    String admin1,
    String location,
    Double latitude,
    Double longitude,
    boolean coordinatesPrecise,
    Integer fatalities,
    String actor1,
    String actor2,
    boolean actorsUnordered,
    Set<String> eventTypes) {

  public GoldEvent {
    Objects.requireNonNull(text, "text");
    eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
  }

  /** Whether a suggested event type is among those counted correct (never an empty one). */
  public boolean accepts(String eventType) {
    return eventType != null && eventTypes.contains(eventType);
  }
}
