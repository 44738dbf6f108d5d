package org.eventline.evaluate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.eventline.curation.Event;

/**
 * End-to-end figures, added up over texts: unlike precision and recall per field, every text that
 * reports an event counts, whether or not it got a suggestion. Each gold event is judged through
 * the suggestion {@link Scorer#match} paired it with; a gold event with none is wrong on every
 * field. {@link Measure} states each rule.
 */
public final class EndToEnd {

  /** A suggested span wider than this many days is too vague to count as a right date. */
  public static final int MAX_SPAN_DAYS = 7;

  private final Map<Measure, Share> shares = new EnumMap<>(Measure.class);

  public EndToEnd() {
    for (Measure m : Measure.values()) {
      shares.put(m, new Share(0, 0));
    }
  }

  /** Adds one text: its suggestions, its gold events and their pairs. */
  public void add(Matching matching) {
    add(matching, g -> null);
  }

  /**
   * {@link #add(Matching)}, and the measures over gold events whose text states the field.
   *
   * @param text the text of a gold event: its quote, or the whole text where it has none
   */
  public void add(Matching matching, java.util.function.Function<GoldEvent, String> text) {
    add(Measure.WITH_SUGGESTION, Share.of(!matching.suggested().isEmpty()));
    for (int g = 0; g < matching.gold().size(); g++) {
      GoldEvent gold = matching.gold().get(g);
      Event s = matching.suggestionFor(g).orElse(null);
      add(Measure.EVENTS_FOUND, Share.of(s != null));
      if (gold.dateStart() != null) {
        add(Measure.EVENT_DATE, Share.of(s != null && dateRight(s, gold)));
      }
      if (gold.iso3() != null) {
        add(Measure.COUNTRY, Share.of(s != null && gold.iso3().equals(s.iso3())));
      }
      if (gold.admin1() != null) {
        Share right = Share.of(s != null && Names.agree(s.admin1(), gold.admin1()));
        add(Measure.ADMIN1, right);
        if (Stated.names(gold, text.apply(gold))) {
          add(Measure.ADMIN1_NAMED, right);
        }
      }
      if (gold.fatalities() != null && gold.fatalities() > 0) {
        Share right = Share.of(s != null && gold.fatalities().equals(s.fatalities()));
        add(Measure.FATALITIES, right);
        if (Stated.writes(text.apply(gold), gold.fatalities())) {
          add(Measure.FATALITIES_WRITTEN, right);
        }
      }
      if (!gold.eventTypes().isEmpty()) {
        add(Measure.EVENT_TYPE, Share.of(s != null && gold.accepts(s.eventType())));
      }
    }
    for (int s = 0; s < matching.suggested().size(); s++) {
      add(Measure.REAL_DISTINCT, Share.of(matching.paired(s)));
    }
  }

  /**
   * A suggested date is right when its span is at most {@link #MAX_SPAN_DAYS} days wide and holds a
   * day of the gold span: the coded day, or one of the days a coder could not choose between. Where
   * the coder could only give a span wider than that (an event told as "in August 2018" is coded to
   * the month), a suggested span inside the coded one is right too: as precise as the coder, and no
   * day the coder ruled out.
   */
  public static boolean dateRight(Event s, GoldEvent g) {
    if (s.eventDate() == null || g.dateStart() == null) {
      return false;
    }
    LocalDate end = s.eventDateEnd() == null ? s.eventDate() : s.eventDateEnd();
    LocalDate goldEnd = g.dateEnd() == null ? g.dateStart() : g.dateEnd();
    long days = ChronoUnit.DAYS.between(s.eventDate(), end) + 1;
    if (days > MAX_SPAN_DAYS) {
      return !s.eventDate().isBefore(g.dateStart()) && !end.isAfter(goldEnd);
    }
    return !s.eventDate().isAfter(goldEnd) && !end.isBefore(g.dateStart());
  }

  private void add(Measure m, Share share) {
    shares.merge(m, share, Share::add);
  }

  public Share get(Measure m) {
    return shares.get(m);
  }

  public void addAll(EndToEnd other) {
    other.shares.forEach(this::add);
  }
}
