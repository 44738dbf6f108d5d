package org.eventline.curation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds an {@link Event} by naming its fields: {@code Event.builder(id).eventType("Battles")
 * .location("Kabul")...build()}, or {@code event.toBuilder().id(other).build()} for a copy with
 * some fields changed. A field not set is null, as in a curation file that leaves it out. One
 * setter per component of {@link Event}, in the schema's order.
 */
public final class EventBuilder {
  private String id;
  private LocalDate eventDate;
  private LocalDate eventDateEnd;
  private String datePrecision;
  private String eventType;
  private String subEventType;
  private String actor1;
  private String actor1Category;
  private String actor2;
  private String actor2Category;
  private String location;
  private String admin1;
  private String admin2;
  private String country;
  private String iso3;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private Integer geoPrecision;
  private Integer fatalities;
  private Integer fatalitiesLow;
  private Integer fatalitiesHigh;
  private Integer injured;
  private Integer injuredLow;
  private Integer injuredHigh;
  private String articleId;
  private LocalDate articleDate;
  private String sourceQuote;
  private Integer quoteStart;
  private Integer quoteEnd;
  private String datePhrase;
  private String casualtyPhrase;
  private String status;
  private String origin;
  private String curator;
  private String notes;

  EventBuilder(String id) {
    this.id = id;
  }

  EventBuilder(Event e) {
    this.id = e.id();
    this.eventDate = e.eventDate();
    this.eventDateEnd = e.eventDateEnd();
    this.datePrecision = e.datePrecision();
    this.eventType = e.eventType();
    this.subEventType = e.subEventType();
    this.actor1 = e.actor1();
    this.actor1Category = e.actor1Category();
    this.actor2 = e.actor2();
    this.actor2Category = e.actor2Category();
    this.location = e.location();
    this.admin1 = e.admin1();
    this.admin2 = e.admin2();
    this.country = e.country();
    this.iso3 = e.iso3();
    this.latitude = e.latitude();
    this.longitude = e.longitude();
    this.geoPrecision = e.geoPrecision();
    this.fatalities = e.fatalities();
    this.fatalitiesLow = e.fatalitiesLow();
    this.fatalitiesHigh = e.fatalitiesHigh();
    this.injured = e.injured();
    this.injuredLow = e.injuredLow();
    this.injuredHigh = e.injuredHigh();
    this.articleId = e.articleId();
    this.articleDate = e.articleDate();
    this.sourceQuote = e.sourceQuote();
    this.quoteStart = e.quoteStart();
    this.quoteEnd = e.quoteEnd();
    this.datePhrase = e.datePhrase();
    this.casualtyPhrase = e.casualtyPhrase();
    this.status = e.status();
    this.origin = e.origin();
    this.curator = e.curator();
    this.notes = e.notes();
  }

  public EventBuilder id(String id) {
    this.id = id;
    return this;
  }

  public EventBuilder eventDate(LocalDate eventDate) {
    this.eventDate = eventDate;
    return this;
  }

  public EventBuilder eventDateEnd(LocalDate eventDateEnd) {
    this.eventDateEnd = eventDateEnd;
    return this;
  }

  public EventBuilder datePrecision(String datePrecision) {
    this.datePrecision = datePrecision;
    return this;
  }

  public EventBuilder eventType(String eventType) {
    this.eventType = eventType;
    return this;
  }

  public EventBuilder subEventType(String subEventType) {
    this.subEventType = subEventType;
    return this;
  }

  public EventBuilder actor1(String actor1) {
    this.actor1 = actor1;
    return this;
  }

  public EventBuilder actor1Category(String actor1Category) {
    this.actor1Category = actor1Category;
    return this;
  }

  public EventBuilder actor2(String actor2) {
    this.actor2 = actor2;
    return this;
  }

  public EventBuilder actor2Category(String actor2Category) {
    this.actor2Category = actor2Category;
    return this;
  }

  public EventBuilder location(String location) {
    this.location = location;
    return this;
  }

  public EventBuilder admin1(String admin1) {
    this.admin1 = admin1;
    return this;
  }

  public EventBuilder admin2(String admin2) {
    this.admin2 = admin2;
    return this;
  }

  public EventBuilder country(String country) {
    this.country = country;
    return this;
  }

  public EventBuilder iso3(String iso3) {
    this.iso3 = iso3;
    return this;
  }

  public EventBuilder latitude(BigDecimal latitude) {
    this.latitude = latitude;
    return this;
  }

  public EventBuilder longitude(BigDecimal longitude) {
    this.longitude = longitude;
    return this;
  }

  public EventBuilder geoPrecision(Integer geoPrecision) {
    this.geoPrecision = geoPrecision;
    return this;
  }

  public EventBuilder fatalities(Integer fatalities) {
    this.fatalities = fatalities;
    return this;
  }

  public EventBuilder fatalitiesLow(Integer fatalitiesLow) {
    this.fatalitiesLow = fatalitiesLow;
    return this;
  }

  public EventBuilder fatalitiesHigh(Integer fatalitiesHigh) {
    this.fatalitiesHigh = fatalitiesHigh;
    return this;
  }

  public EventBuilder injured(Integer injured) {
    this.injured = injured;
    return this;
  }

  public EventBuilder injuredLow(Integer injuredLow) {
    this.injuredLow = injuredLow;
    return this;
  }

  public EventBuilder injuredHigh(Integer injuredHigh) {
    this.injuredHigh = injuredHigh;
    return this;
  }

  public EventBuilder articleId(String articleId) {
    this.articleId = articleId;
    return this;
  }

  public EventBuilder articleDate(LocalDate articleDate) {
    this.articleDate = articleDate;
    return this;
  }

  public EventBuilder sourceQuote(String sourceQuote) {
    this.sourceQuote = sourceQuote;
    return this;
  }

  public EventBuilder quoteStart(Integer quoteStart) {
    this.quoteStart = quoteStart;
    return this;
  }

  public EventBuilder quoteEnd(Integer quoteEnd) {
    this.quoteEnd = quoteEnd;
    return this;
  }

  public EventBuilder datePhrase(String datePhrase) {
    this.datePhrase = datePhrase;
    return this;
  }

  public EventBuilder casualtyPhrase(String casualtyPhrase) {
    this.casualtyPhrase = casualtyPhrase;
    return this;
  }

  public EventBuilder status(String status) {
    this.status = status;
    return this;
  }

  public EventBuilder origin(String origin) {
    this.origin = origin;
    return this;
  }

  public EventBuilder curator(String curator) {
    this.curator = curator;
    return this;
  }

  public EventBuilder notes(String notes) {
    this.notes = notes;
    return this;
  }

  /** The event; the record checks it (an id is required). */
  public Event build() {
    return new Event(
        id,
        eventDate,
        eventDateEnd,
        datePrecision,
        eventType,
        subEventType,
        actor1,
        actor1Category,
        actor2,
        actor2Category,
        location,
        admin1,
        admin2,
        country,
        iso3,
        latitude,
        longitude,
        geoPrecision,
        fatalities,
        fatalitiesLow,
        fatalitiesHigh,
        injured,
        injuredLow,
        injuredHigh,
        articleId,
        articleDate,
        sourceQuote,
        quoteStart,
        quoteEnd,
        datePhrase,
        casualtyPhrase,
        status,
        origin,
        curator,
        notes);
  }
}
