package org.eventline.evaluate;

import java.math.BigDecimal;

/**
 * The end-to-end figures, in the order they are listed, each with its target (issue 11). Over texts
 * that report an event: a text with no suggestion, or a gold event no suggestion was paired with,
 * counts wrong on every field. The field measures count gold events (one per headline or report,
 * several per whole article) whose gold gives the field.
 */
public enum Measure {
  /** Texts with at least one suggestion, over all texts: 0.75 for each kind of text. */
  WITH_SUGGESTION("with_suggestion", "texts with a suggestion", "0.75"),
  /**
   * The suggested span holds a day of the gold span and is at most {@link EndToEnd#MAX_SPAN_DAYS}
   * days wide.
   */
  EVENT_DATE("event_date", "date", "0.85"),
  /** The same ISO alpha-3 country. */
  COUNTRY("country", "country", "0.85"),
  /** The first-level unit's names agree; only over gold events that name one. */
  ADMIN1("admin1", "admin1", "0.60"),
  /** The death toll is exact; only over gold events with a toll above zero. */
  FATALITIES("fatalities_nonzero", "deaths > 0 exact", "0.60"),
  /**
   * {@link #ADMIN1} over the gold events whose text names the unit or the coded place (their words,
   * compared as {@link Names} compares names): what an extractor can reach from the text at all.
   */
  ADMIN1_NAMED("admin1_named", "admin1, unit or place named", "0.60"),
  /**
   * {@link #FATALITIES} over the gold events whose text writes the coded toll (as a figure or in
   * words): UCDP splits a headline's toll across events and takes others from the article's body.
   */
  FATALITIES_WRITTEN("fatalities_written", "deaths > 0 exact, toll written", "0.60"),
  /** The ACLED event type is among those the gold accepts. */
  EVENT_TYPE("event_type", "event type", "0.70"),
  /** Whole articles: gold (curated) events paired with a suggestion, over all gold events. */
  EVENTS_FOUND("events_found", "curated events found", "0.75"),
  /** Whole articles: suggestions paired with a gold event (real, not a duplicate), over all. */
  REAL_DISTINCT("real_distinct", "suggestions real and distinct", "0.60");

  /** The target for {@link #WITH_SUGGESTION} over all texts of all gold sets together. */
  public static final BigDecimal WITH_SUGGESTION_OVERALL = new BigDecimal("0.90");

  private final String label;
  private final String heading;
  private final BigDecimal target;

  Measure(String label, String heading, String target) {
    this.label = label;
    this.heading = heading;
    this.target = new BigDecimal(target);
  }

  /** The name in the figures file. */
  public String label() {
    return label;
  }

  /** The column heading in the printed tables. */
  public String heading() {
    return heading;
  }

  /** The target for one gold set or one source of it. */
  public BigDecimal target() {
    return target;
  }

  /** True for the measures printed for whole articles only (events found, real and distinct). */
  public boolean wholeArticlesOnly() {
    return this == EVENTS_FOUND || this == REAL_DISTINCT;
  }

  /** True for the measures over the gold events whose text states the field. */
  public boolean stated() {
    return this == ADMIN1_NAMED || this == FATALITIES_WRITTEN;
  }
}
