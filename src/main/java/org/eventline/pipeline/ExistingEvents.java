package org.eventline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventline.article.Article;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.Event;
import org.eventline.curation.SuggestionTrace;
import org.eventline.quote.QuoteFinder;
import org.eventline.quote.QuoteResult;
import tools.jackson.databind.JsonNode;

/**
 * The events already in a curation file, whatever their status, and the rule that keeps suggest
 * from proposing them again. A candidate matches an existing event when it has the same id, or when
 * their quotes overlap in the article and they have the same event type and the same location
 * (ignoring case). An event that began as a suggestion is also recognised by what the curator does
 * not change, its suggestion block: the suggester's id, and the passage it came from with the type
 * and location it proposed there. So a handled suggestion never comes back, whatever the curator
 * edited (id, place, dates, quote), and a rejected one neither; a suggestion the curator deleted
 * does come back, since nothing remembers it.
 */
final class ExistingEvents {

  /**
   * What suggest needs of one existing event; quote offsets are code points, -1 if unknown.
   *
   * @param suggestion what the suggester proposed, when the event began as a suggestion
   */
  record Known(
      String id,
      String eventType,
      String location,
      int quoteStart,
      int quoteEnd,
      Optional<SuggestionTrace> suggestion) {}

  private final List<Known> known;

  private ExistingEvents(List<Known> known) {
    this.known = List.copyOf(known);
  }

  static ExistingEvents none() {
    return new ExistingEvents(List.of());
  }

  /** Reads the events of a document leniently: a field missing or malformed is simply unknown. */
  static ExistingEvents of(CurationDocument doc, Article article) {
    List<Known> known = new ArrayList<>();
    for (JsonNode node : doc.eventNodes()) {
      String quote = text(node, "source_quote");
      JsonNode startNode = node.get("quote_start");
      Integer wanted = startNode != null && startNode.isIntegralNumber() ? startNode.asInt() : null;
      int start = -1;
      int end = -1;
      if (quote != null && !quote.isEmpty()) {
        QuoteResult found = QuoteFinder.find(article, quote, wanted);
        if (found.found()) {
          start = found.match().start();
          end = found.match().end();
        }
      }
      known.add(
          new Known(
              text(node, "id"),
              text(node, "event_type"),
              text(node, "location"),
              start,
              end,
              suggestion(node)));
    }
    return new ExistingEvents(known);
  }

  private static Optional<SuggestionTrace> suggestion(JsonNode node) {
    try {
      return SuggestionTrace.of(node);
    } catch (RuntimeException malformed) {
      return Optional.empty(); // validate reports it; suggest reads leniently
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  int size() {
    return known.size();
  }

  /** True when the candidate matches an event already in the file. */
  boolean matches(Event candidate) {
    for (Known k : known) {
      if (candidate.id().equals(k.id())) {
        return true;
      }
      boolean overlap =
          k.quoteStart() >= 0
              && k.quoteStart() < candidate.quoteEnd()
              && candidate.quoteStart() < k.quoteEnd();
      if (overlap
          && candidate.eventType().equals(k.eventType())
          && k.location() != null
          && candidate.location() != null
          && lower(k.location()).equals(lower(candidate.location()))) {
        return true;
      }
      if (k.suggestion().isPresent() && handled(k.suggestion().get(), candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate is the suggestion an event began as (whatever the curator changed). */
  private static boolean handled(SuggestionTrace was, Event candidate) {
    if (candidate.id().equals(was.id())) {
      return true;
    }
    String type = was.proposed().get("event_type");
    String location = was.proposed().get("location");
    return was.overlaps(candidate.quoteStart(), candidate.quoteEnd())
        && candidate.eventType().equals(type)
        && location != null
        && candidate.location() != null
        && lower(location).equals(lower(candidate.location()));
  }

  boolean hasId(String id) {
    return known.stream().anyMatch(k -> id.equals(k.id()));
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
