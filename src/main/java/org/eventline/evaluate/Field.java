package org.eventline.evaluate;

/** The fields scored, in the order the figures list them; {@code EVENT} scores whole events. */
public enum Field {
  EVENT("event"),
  EVENT_DATE("event_date"),
  DATE_PRECISION("date_precision"),
  COUNTRY("country"),
  ADMIN1("admin1"),
  LOCATION("location"),
  COORDINATES("coordinates_25km"),
  FATALITIES("fatalities"),
  ACTOR1("actor1"),
  ACTOR2("actor2"),
  EVENT_TYPE("event_type");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
