package org.eventline.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Review;
import org.eventline.curation.SuggestionTrace;
import org.eventline.pipeline.ValidationReport;
import org.eventline.quote.QuoteFinder;
import org.eventline.quote.QuoteResult;
import org.eventline.validate.CurationValidator;
import tools.jackson.databind.JsonNode;

/**
 * What the article page shows, as one JSON document: the text exactly as stored, each event with
 * its fields, where its quote and phrases are (code points), and the messages of {@code validate}
 * placed on the events and fields they concern.
 */
final class ArticleState {

  private ArticleState() {}

  /** A message of validate, placed on an event's field when its line is that field's. */
  record Message(String severity, String field, String text, String formatted, Fix fix) {}

  /** A one-click fix: the passage of the article a near-miss quote should be. */
  record Fix(int start, int end, String text) {}

  /** A span of the article: a phrase inside a quote. */
  record Span(String kind, int start, int end) {}

  record EventView(
      String id,
      int index,
      String status,
      String origin,
      Map<String, Object> fields,
      Integer quoteStart,
      Integer quoteEnd,
      List<Span> phrases,
      Double confidence,
      String reasons,
      List<String> missing,
      List<Message> messages) {}

  record State(
      String id,
      String title,
      String date,
      String text,
      int bodyStart,
      String version,
      boolean readOnly,
      String file,
      Map<String, String> review,
      List<EventView> events,
      List<Message> fileMessages,
      List<String> refused) {}

  private static final Pattern NEAR_MISS =
      Pattern.compile("the article has: \"(.*)\" \\(offset (\\d+)\\)$", Pattern.DOTALL);

  /**
   * The state of an article.
   *
   * @param text the curation file's text (null when there is none)
   * @param report validate's report over the dataset, with this file as in {@code text}
   */
  static State of(
      Article article,
      String file,
      String text,
      String version,
      ValidationReport report,
      List<String> refused) {
    List<EventView> events = new ArrayList<>();
    List<Message> fileMessages = new ArrayList<>();
    List<Problem> mine =
        report.problems().stream().filter(p -> p.position().file().equals(file)).toList();
    boolean readOnly = false;
    Map<String, String> review = null;
    if (text != null) {
      CurationReader.Result read = CurationReader.read(file, article.id(), text);
      CurationDocument doc = read.document();
      if (doc == null) {
        readOnly = true;
        read.problems().forEach(p -> fileMessages.add(message(p, null)));
      } else {
        Optional<Review> r = Review.of(doc.root());
        if (r.isPresent()) {
          review = new LinkedHashMap<>();
          review.put("curator", r.get().curator());
          review.put("reviewedAt", r.get().reviewedAt());
        }
        List<JsonNode> nodes = doc.eventNodes();
        List<List<Message>> byEvent = new ArrayList<>();
        nodes.forEach(n -> byEvent.add(new ArrayList<>()));
        for (Problem p : mine) {
          int index = eventAt(doc, nodes, p.position().line());
          if (index < 0) {
            fileMessages.add(message(p, null));
          } else {
            byEvent.get(index).add(message(p, fieldAt(doc, nodes.get(index), p)));
          }
        }
        for (int i = 0; i < nodes.size(); i++) {
          events.add(event(article, nodes.get(i), i, byEvent.get(i)));
        }
      }
    } else {
      mine.forEach(p -> fileMessages.add(message(p, null)));
    }
    return new State(
        article.id(),
        article.title() != null ? article.title() : firstLine(article),
        article.publicationDate().toString(),
        article.text(),
        article.codePointOffset(article.bodyStart()),
        version,
        readOnly,
        file,
        review,
        events,
        fileMessages,
        refused);
  }

  private static String firstLine(Article article) {
    String body = article.body().strip();
    int nl = body.indexOf('\n');
    String line = nl < 0 ? body : body.substring(0, nl);
    return line.length() > 120 ? line.substring(0, 117) + "..." : line.strip();
  }

  private static EventView event(Article article, JsonNode node, int index, List<Message> msgs) {
    Map<String, Object> fields = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e -> {
              if (!e.getKey().equals(SuggestionTrace.KEY)) {
                JsonNode v = e.getValue();
                fields.put(
                    e.getKey(),
                    v.isNull()
                        ? null
                        : v.isNumber() ? v.decimalValue().toPlainString() : v.asString(""));
              }
            });
    Integer start = null;
    Integer end = null;
    List<Span> phrases = new ArrayList<>();
    String quote = node.path("source_quote").asString(null);
    if (quote != null && !quote.isEmpty()) {
      JsonNode qs = node.get("quote_start");
      QuoteResult found =
          QuoteFinder.find(article, quote, qs != null && qs.isIntegralNumber() ? qs.asInt() : null);
      if (found.found()) {
        start = found.match().start();
        end = found.match().end();
        phrases.addAll(phrases(node, "date_phrase", "date", quote, start));
        phrases.addAll(phrases(node, "casualty_phrase", "casualty", quote, start));
      }
    }
    Optional<SuggestionTrace> trace;
    try {
      trace = SuggestionTrace.of(node);
    } catch (RuntimeException malformed) {
      trace = Optional.empty();
    }
    return new EventView(
        node.path("id").asString(""),
        index,
        node.path("status").asString(""),
        trace.isPresent() ? "suggested" : "curated",
        fields,
        start,
        end,
        phrases,
        trace.map(t -> t.confidence().doubleValue()).orElse(null),
        trace.map(SuggestionTrace::reasons).orElse(null),
        SuggestionTrace.emptyOf(node),
        msgs);
  }

  private static List<Span> phrases(
      JsonNode node, String field, String kind, String quote, int quoteStart) {
    List<Span> out = new ArrayList<>();
    String phrase = node.path(field).asString(null);
    if (phrase == null) {
      return out;
    }
    for (String piece : phrase.split(Pattern.quote(CurationValidator.PHRASE_SEPARATOR))) {
      String p = piece.strip();
      int at = p.isEmpty() ? -1 : quote.indexOf(p);
      if (at >= 0) {
        int start = quoteStart + quote.codePointCount(0, at);
        out.add(new Span(kind, start, start + p.codePointCount(0, p.length())));
      }
    }
    return out;
  }

  private static int eventAt(CurationDocument doc, List<JsonNode> nodes, int line) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (doc.positionOf(nodes.get(i)).line() <= line) {
        return i;
      }
    }
    return -1;
  }

  private static String fieldAt(CurationDocument doc, JsonNode node, Problem p) {
    for (String key : node.propertyNames()) {
      if (doc.valuePosition(node, key).line() == p.position().line()
          || doc.keyPosition(node, key).line() == p.position().line()) {
        return key;
      }
    }
    return null;
  }

  private static Message message(Problem p, String field) {
    Fix fix = null;
    Matcher m = NEAR_MISS.matcher(p.message());
    if (m.find()) {
      String text = m.group(1);
      int start = Integer.parseInt(m.group(2));
      fix = new Fix(start, start + text.codePointCount(0, text.length()), text);
    }
    return new Message(p.severity().label(), field, p.message(), p.format(), fix);
  }
}
