package org.eventline.curation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event as recorded in a curation file and published in the dataset. The components mirror the
 * properties of {@code schema/event.schema.json} one for one, in the same order (camelCase here,
 * snake_case there); {@code EventFieldsTest} proves it. Names, types and allowed values are the
 * schema's: this record does not restate them.
 */
public record Event(
    String id,
    LocalDate eventDate,
    LocalDate eventDateEnd,
    String datePrecision,
    String eventType,
    String subEventType,
    String actor1,
    String actor1Category,
    String actor2,
    String actor2Category,
    String location,
    String admin1,
    String admin2,
    String country,
    String iso3,
    BigDecimal latitude,
    BigDecimal longitude,
    Integer geoPrecision,
    Integer fatalities,
    Integer fatalitiesLow,
    Integer fatalitiesHigh,
    Integer injured,
    Integer injuredLow,
    Integer injuredHigh,
    String articleId,
    LocalDate articleDate,
    String sourceQuote,
    Integer quoteStart,
    Integer quoteEnd,
    String datePhrase,
    String casualtyPhrase,
    String status,
    String origin,
    String curator,
    String notes) {

  /** The status of events that are published. */
  public static final String CONFIRMED = "confirmed";

  /** The status of a suggestion nobody has reviewed yet. */
  public static final String SUGGESTED = "suggested";

  /**
   * The status of an event the curator turned down; it is kept so that it is not proposed again.
   */
  public static final String REJECTED = "rejected";

  /** The origin of an event that began as a machine suggestion. */
  public static final String ORIGIN_SUGGESTED = "suggested";

  /** The origin of an event a curator added. */
  public static final String ORIGIN_CURATED = "curated";

  public Event {
    Objects.requireNonNull(id, "id");
  }

  public boolean published() {
    return CONFIRMED.equals(status);
  }

  /** Whether a curator has still to confirm or reject it. */
  public boolean awaitingReview() {
    return SUGGESTED.equals(status);
  }

  /** A builder of an event with this id, every other field null until set. */
  public static EventBuilder builder(String id) {
    return new EventBuilder(id);
  }

  /** A builder holding this event's fields, to make a copy with some of them changed. */
  public EventBuilder toBuilder() {
    return new EventBuilder(this);
  }

  /** This event with its provenance filled in by the build. */
  public Event withProvenance(
      String articleId,
      LocalDate articleDate,
      int quoteStart,
      int quoteEnd,
      LocalDate clippedEnd,
      String origin) {
    return toBuilder()
        .eventDateEnd(clippedEnd)
        .articleId(articleId)
        .articleDate(articleDate)
        .quoteStart(quoteStart)
        .quoteEnd(quoteEnd)
        .origin(origin)
        .build();
  }
}
