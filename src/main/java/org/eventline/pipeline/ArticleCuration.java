package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.curation.CountRanges;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationEditor;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.curation.EventYaml;
import org.eventline.curation.Review;
import org.eventline.curation.SuggestionAppender;
import org.eventline.curation.SuggestionTrace;
import org.eventline.curation.YamlTrees;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.JsonNode;

/**
 * One article's curation as the workbench edits it: its state (text, events, problems, the version
 * of its curation file), and operations (set a field, confirm, reject, take a quote or a phrase
 * from a selection, add an event, mark reviewed) applied to the file's text by the one editing
 * core, checked across the whole dataset in memory, and saved only onto the version they were made
 * from.
 */
public final class ArticleCuration {

  /**
   * One operation on an article's curation file.
   *
   * @param op set, remove, status, quote, date_phrase, casualty_phrase, add, review, reopen
   * @param event the event's id (not for add and review)
   * @param field the field, for set and remove
   * @param value the value typed, or the status, or the selected text
   * @param start the selection's first code point in the article
   * @param end the code point just past the selection
   */
  public record Op(
      String op, String event, String field, String value, Integer start, Integer end) {}

  /**
   * What applying operations gave.
   *
   * @param text the curation file's new text, or null when an operation was refused
   * @param refused why an operation could not be applied, worded for the curator
   */
  public record Applied(String text, List<String> refused) {
    public Applied {
      refused = List.copyOf(refused);
    }

    public boolean ok() {
      return text != null && refused.isEmpty();
    }
  }

  /** How a save ended. */
  public enum Saved {
    SAVED,
    /** The file changed on disk since the version the edits were made from: nothing written. */
    CONFLICT,
    /** An operation was refused: nothing written. */
    REFUSED
  }

  private final EventSchema schema;
  private final Path seeds;
  private final Clock clock;
  private final FieldValues values;
  private final java.util.Set<String> required;
  private final List<String> order;

  public ArticleCuration(EventSchema schema, Path seeds, Clock clock) {
    this.schema = schema;
    this.seeds = seeds;
    this.clock = clock;
    this.values = new FieldValues(schema);
    this.required = schema.requiredFieldNames();
    this.order = new ArrayList<>(schema.fieldNames());
    this.order.add(SuggestionTrace.KEY);
  }

  /** The version of a file's bytes: its SHA-256, or "none" when there is no file. */
  public static String version(byte[] bytes) {
    return bytes == null ? "none" : Review.sha256(bytes);
  }

  /** The article (null if it cannot be read) and the curation file's bytes (null if none). */
  public record Read(Article article, List<Problem> articleProblems, byte[] curation) {}

  /** Reads an article of the folder and its curation file. */
  public Read read(String id) throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    DatasetValidation.ArticleRead article = DatasetValidation.readArticleAndHash(corpus, id);
    Path curation = corpus.curationPath(id);
    byte[] bytes = Files.exists(curation) ? Files.readAllBytes(curation) : null;
    return new Read(article.result().article(), article.result().problems(), bytes);
  }

  /** Applies operations to a curation file's text (null when there is none yet). */
  public Applied apply(Article article, String text, List<Op> ops, String curator) {
    List<String> refused = new ArrayList<>();
    String current = text;
    for (Op op : ops) {
      String next = apply(article, current, op, curator, refused);
      if (next == null) {
        return new Applied(null, refused);
      }
      current = next;
    }
    return new Applied(current, refused);
  }

  private String apply(Article article, String text, Op op, String curator, List<String> refused) {
    if (op == null || op.op() == null) {
      refused.add("an operation without a name");
      return null;
    }
    if (op.op().equals("reopen")) {
      return reopen(text, refused);
    }
    if (text != null && Review.of(YamlTrees.read(text)).isPresent() && !op.op().equals("review")) {
      refused.add(
          "the article is marked reviewed: reopen it first (key o in the page, or eventline"
              + " review --reopen ARTICLE), change its events, then mark it reviewed again");
      return null;
    }
    if (op.op().equals("add")) {
      return add(article, text, op, curator, refused);
    }
    if (text == null) {
      refused.add("the article has no curation file yet: add an event first");
      return null;
    }
    if (op.op().equals("review")) {
      return review(article, text, curator, refused);
    }
    int index = indexOf(text, op.event());
    if (index < 0) {
      refused.add("no event with id '" + op.event() + "' in this article's curation file");
      return null;
    }
    Map<String, String> set = new LinkedHashMap<>();
    switch (op.op()) {
      case "set", "remove" -> {
        FieldValues.Value v = values.of(op.field(), op.op().equals("remove") ? "" : op.value());
        if (!v.ok()) {
          refused.add(v.problem());
          return null;
        }
        set.put(op.field(), v.scalar());
        set.putAll(
            CountRanges.following(
                set, YamlTrees.read(text).path(CurationDocument.EVENTS).path(index)));
      }
      case "status" -> {
        if (!List.of(Event.CONFIRMED, Event.REJECTED, Event.SUGGESTED).contains(op.value())) {
          refused.add("status '" + op.value() + "' is not one of confirmed, rejected, suggested");
          return null;
        }
        if (op.value().equals(Event.CONFIRMED)) {
          List<String> empty = emptyUntilConfirmed(text, index);
          if (!empty.isEmpty()) {
            refused.add(
                "cannot confirm "
                    + op.event()
                    + ": "
                    + String.join(", ", empty)
                    + (empty.size() == 1 ? " is" : " are")
                    + " empty (the text does not say them, or the suggester did not find them);"
                    + " fill them in first");
            return null;
          }
        }
        set.put("status", EventYaml.quoted(op.value()));
      }
      case "quote", "date_phrase", "casualty_phrase" -> {
        Optional<String> selected = selection(article, op, refused);
        if (selected.isEmpty()) {
          return null;
        }
        if (op.op().equals("quote")) {
          set.put("source_quote", EventYaml.quoted(selected.get()));
          set.put("quote_start", String.valueOf(op.start()));
          set.put("quote_end", String.valueOf(op.end()));
        } else {
          set.put(op.op(), EventYaml.quoted(selected.get()));
        }
      }
      default -> {
        refused.add("unknown operation '" + op.op() + "'");
        return null;
      }
    }
    set.put("curator", EventYaml.quoted(curator));
    CurationEditor editor = CurationEditor.of(text);
    for (Map.Entry<String, String> e : set.entrySet()) {
      CurationEditor.Result r =
          e.getValue() == null
              ? editor.removeField(index, e.getKey())
              : editor.setField(index, e.getKey(), e.getValue(), order);
      if (!r.ok()) {
        refused.add(r.problem());
        return null;
      }
      editor = r.editor();
    }
    return editor.text();
  }

  /** The selected text, checked: the offsets must give exactly the text the page showed. */
  private static Optional<String> selection(Article article, Op op, List<String> refused) {
    String text = article.text();
    int points = text.codePointCount(0, text.length());
    int bodyStart = article.codePointOffset(article.bodyStart());
    if (op.start() == null
        || op.end() == null
        || op.start() < bodyStart
        || op.end() <= op.start()
        || op.end() > points) {
      refused.add("the selection is not a passage of the article's text");
      return Optional.empty();
    }
    String selected =
        text.substring(
            text.offsetByCodePoints(0, op.start()), text.offsetByCodePoints(0, op.end()));
    if (op.value() != null && !op.value().equals(selected)) {
      refused.add(
          "the selection's offsets "
              + op.start()
              + ".."
              + op.end()
              + " do not give the selected text; reload the page");
      return Optional.empty();
    }
    return Optional.of(selected);
  }

  /** A new event, started from a selected passage: the curator fills in the rest. */
  private String add(Article article, String text, Op op, String curator, List<String> refused) {
    Optional<String> quote = selection(article, op, refused);
    if (quote.isEmpty()) {
      return null;
    }
    String id = newId(article, text);
    Event event =
        Event.builder(id)
            .eventDate(article.publicationDate())
            .eventDateEnd(article.publicationDate())
            .datePrecision("day")
            .sourceQuote(quote.get())
            .quoteStart(op.start())
            .quoteEnd(op.end())
            .status(Event.SUGGESTED)
            .curator(curator)
            .build();
    SuggestionAppender.Result appended =
        SuggestionAppender.append(
            text,
            List.of("Curation of " + article.id() + ".txt"),
            List.of(new EventYaml.Entry(event, null)),
            required);
    if (!appended.ok()) {
      refused.add(appended.problem());
      return null;
    }
    return appended.text();
  }

  /** An id not yet used in the file: the article's id shortened, and a number. */
  private static String newId(Article article, String text) {
    String base = article.id().replaceAll("[^A-Za-z0-9._-]", "-");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    for (int n = 1; ; n++) {
      String id = base + "-e" + n;
      if (text == null || indexOf(text, id) < 0) {
        return id;
      }
    }
  }

  private String review(Article article, String text, String curator, List<String> refused) {
    JsonNode root = YamlTrees.read(text);
    List<String> left = new ArrayList<>();
    root.path(CurationDocument.EVENTS)
        .forEach(
            e -> {
              if (Event.SUGGESTED.equals(e.path("status").asString(""))) {
                left.add(e.path("id").asString(""));
              }
            });
    if (!left.isEmpty()) {
      refused.add(
          "confirm or reject every suggestion before marking the article reviewed: "
              + String.join(", ", left));
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Corpus.scan(seeds).articlePath(article.id()));
    } catch (IOException e) {
      refused.add("the article cannot be read: " + e.getMessage());
      return null;
    }
    CurationEditor.Result r =
        CurationEditor.of(text).setReview(Review.of(curator, clock.instant(), bytes));
    if (!r.ok()) {
      refused.add(r.problem());
      return null;
    }
    return r.editor().text();
  }

  /** Removes the review mark, so that the article's events can change. */
  private static String reopen(String text, List<String> refused) {
    if (text == null) {
      refused.add("the article has no curation file: nothing to reopen");
      return null;
    }
    CurationEditor.Result r = CurationEditor.of(text).removeReview();
    if (!r.ok()) {
      refused.add(r.problem());
      return null;
    }
    return r.editor().text();
  }

  /** The fields a confirmed event must have that the event at {@code index} leaves empty. */
  private static List<String> emptyUntilConfirmed(String text, int index) {
    return SuggestionTrace.emptyOf(YamlTrees.read(text).path(CurationDocument.EVENTS).path(index));
  }

  private static int indexOf(String text, String id) {
    JsonNode events = YamlTrees.read(text).path(CurationDocument.EVENTS);
    for (int i = 0; i < events.size(); i++) {
      if (id != null && id.equals(events.get(i).path("id").asString(null))) {
        return i;
      }
    }
    return -1;
  }

  /** Every problem of the dataset with this article's curation file replaced by {@code text}. */
  public ValidationReport check(String id, String text) throws IOException {
    return new DatasetValidation(schema).run(seeds, text == null ? Map.of() : Map.of(id, text));
  }

  /**
   * Saves operations onto the version of the file they were made from.
   *
   * @return SAVED when written; CONFLICT, writing nothing, when the file is no longer that version;
   *     REFUSED when an operation could not be applied
   */
  public Saved save(String id, String version, Applied applied) throws IOException {
    if (!applied.ok()) {
      return Saved.REFUSED;
    }
    Path path = Corpus.scan(seeds).curationPath(id);
    byte[] now = Files.exists(path) ? Files.readAllBytes(path) : null;
    if (!version(now).equals(version)) {
      return Saved.CONFLICT;
    }
    boolean written =
        AtomicFile.replaceIfUnchanged(path, now == null ? new byte[0] : now, applied.text());
    return written ? Saved.SAVED : Saved.CONFLICT;
  }

  /** The file as the validator names it in messages. */
  public String shown(String id) {
    return DatasetValidation.shown(seeds.resolve(id + Corpus.CURATION_SUFFIX));
  }

  /** The file's document, for reading its events (null when malformed, with problems). */
  public CurationReader.Result document(String id, String text) {
    return CurationReader.read(shown(id), id, text);
  }
}
