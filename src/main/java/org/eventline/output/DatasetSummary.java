package org.eventline.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eventline.curation.Event;

/**
 * What a chart's caption says of the data it was drawn from: how many events, from how many
 * articles, over which dates.
 *
 * @param events the number of events
 * @param articles the number of distinct articles the events come from
 * @param first the earliest possible day of any event, or null when there are none
 * @param last the latest possible day of any event, or null when there are none
 */
record DatasetSummary(int events, int articles, LocalDate first, LocalDate last) {

  static DatasetSummary of(List<Event> events) {
    int articles =
        (int) events.stream().map(Event::articleId).filter(Objects::nonNull).distinct().count();
    LocalDate first = events.stream().map(Event::eventDate).min(LocalDate::compareTo).orElse(null);
    LocalDate last =
        events.stream().map(DatasetSummary::end).max(LocalDate::compareTo).orElse(null);
    return new DatasetSummary(events.size(), articles, first, last);
  }

  /** The latest possible day of an event. */
  static LocalDate end(Event event) {
    return event.eventDateEnd() == null ? event.eventDate() : event.eventDateEnd();
  }

  /**
   * The caption line: "Data: eventline events.csv, 12 events from 5 articles, 2019-01-24 to ...".
   */
  String caption() {
    String span = first == null ? "no dates" : first + " to " + last;
    return String.format(
        Locale.ROOT,
        "Data: eventline output/events.csv \u2014 %s from %s, %s.",
        plural(events, "event"),
        plural(articles, "article"),
        span);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
