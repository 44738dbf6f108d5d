package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.Article;
import org.eventline.curation.CountRanges;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationEditor;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.curation.EventYaml;
import org.eventline.curation.Review;
import org.eventline.curation.SuggestionTrace;
import org.eventline.curation.YamlTrees;
import org.eventline.quote.QuoteFinder;
import org.eventline.quote.QuoteResult;
import org.eventline.schema.EventSchema;
import org.eventline.schema.SchemaProblems;
import org.eventline.validate.CurationValidator;
import tools.jackson.databind.JsonNode;

/**
 * The curation commands: {@code confirm} and {@code reject} set events' status (and the curator),
 * {@code review} marks articles reviewed. Every edit goes through {@link CurationEditor}, so the
 * curator's bytes stay; every file is checked before anything is written, so a run with a problem
 * writes nothing; and a file someone changed on disk since it was read is left alone.
 */
public final class CurationEdits {

  /** How a run ended; the command line maps it to an exit code. */
  public enum Outcome {
    /** Every edit was made. */
    DONE,
    /** An id or article that does not exist, or a missing curator: nothing was written. */
    USAGE,
    /** The data does not allow the edit (malformed file, id in two files...): nothing written. */
    INVALID,
    /** A file changed on disk between read and write: it was not written. */
    CHANGED_ON_DISK
  }

  /**
   * What a run did.
   *
   * @param problems what stopped it, located in the files
   * @param usage what was wrong with the command itself (an id or article that does not exist)
   * @param done one line per edit made, {@code file:line:column: what}
   */
  public record Result(
      Outcome outcome, List<Problem> problems, List<String> usage, List<String> done) {
    public Result {
      problems = List.copyOf(problems);
      usage = List.copyOf(usage);
      done = List.copyOf(done);
    }
  }

  /** Runs just before a file is written (tests change the file there). */
  public interface BeforeWrite {
    void run(Path file) throws IOException;
  }

  private final CurationValidator validator;
  private final List<String> order;
  private final Clock clock;
  private final BeforeWrite beforeWrite;

  public CurationEdits(EventSchema schema, Clock clock, BeforeWrite beforeWrite) {
    this.validator = new CurationValidator(schema);
    this.order = new ArrayList<>(schema.fieldNames());
    this.order.add(SuggestionTrace.KEY); // the machine's block stays last
    this.clock = clock;
    this.beforeWrite = beforeWrite;
  }

  public CurationEdits(EventSchema schema) {
    this(schema, Clock.systemUTC(), file -> {});
  }

  /** Sets events confirmed, by the curator, bringing stale quote offsets up to date. */
  public Result confirm(Path seeds, List<String> ids, String curator) throws IOException {
    return setStatus(seeds, ids, curator, Event.CONFIRMED);
  }

  /** Sets events rejected, by the curator: kept, so that suggest never proposes them again. */
  public Result reject(Path seeds, List<String> ids, String curator) throws IOException {
    return setStatus(seeds, ids, curator, Event.REJECTED);
  }

  /**
   * A planned change of one file.
   *
   * @param confirmed the indexes of the events it confirms, which must validate
   */
  private record Plan(
      CurationFolder.File file,
      Path path,
      byte[] read,
      CurationEditor editor,
      List<Integer> confirmed) {
    Plan with(CurationEditor next, Integer confirmedIndex) {
      List<Integer> all = new ArrayList<>(confirmed);
      if (confirmedIndex != null) {
        all.add(confirmedIndex);
      }
      return new Plan(file, path, read, next, List.copyOf(all));
    }
  }

  /**
   * Sets fields of one event, given as YAML scalars ({@code "Reading"}, {@code 51.4562}); a null
   * value removes the field. The curator is recorded; the status is left as it is. A confirmed
   * event must validate afterwards, or nothing is written.
   */
  public Result set(Path seeds, String id, Map<String, String> values, String curator)
      throws IOException {
    return editEvents(
        seeds,
        List.of(id),
        curator,
        (editor, index, node, shown, problems) -> {
          CurationEditor out = editor;
          Map<String, String> ranges = CountRanges.following(values, node);
          Map<String, String> all = new LinkedHashMap<>(values);
          all.putAll(ranges);
          for (Map.Entry<String, String> e : all.entrySet()) {
            if (out == null) {
              return null;
            }
            out =
                edit(
                    e.getValue() == null
                        ? out.removeField(index, e.getKey())
                        : out.setField(index, e.getKey(), e.getValue(), order),
                    shown,
                    problems);
          }
          // A confirmed event must stay publishable; a suggestion may be a draft for a while.
          boolean confirmed = Event.CONFIRMED.equals(text(node, "status"));
          return out == null
              ? null
              : new Change(
                  out,
                  "set " + String.join(", ", values.keySet()) + CountRanges.said(ranges),
                  confirmed);
        });
  }

  /** What an edit made of one event: the editor, a few words for the curator, whether to check. */
  private record Change(CurationEditor editor, String what, boolean validate) {}

  /** One edit of an event at an index; null when it could not be made (a problem says why). */
  private interface EventChange {
    Change apply(CurationEditor editor, int index, JsonNode node, String shown, Problems problems)
        throws IOException;
  }

  private Result setStatus(Path seeds, List<String> ids, String curator, String status)
      throws IOException {
    boolean confirming = status.equals(Event.CONFIRMED);
    return editEvents(
        seeds,
        ids,
        curator,
        (editor, index, node, shown, problems) -> {
          if (status.equals(text(node, "status"))) {
            return new Change(editor, "was already " + status + "; left as it was", false);
          }
          CurationEditor out =
              edit(
                  editor.setField(index, "status", EventYaml.quoted(status), order),
                  shown,
                  problems);
          return out == null ? null : new Change(out, status, confirming);
        });
  }

  /**
   * Edits events by id, recording the curator: every id is found (once, in a readable file of an
   * article not marked reviewed) and every edit made and checked before any file is written.
   */
  private Result editEvents(Path seeds, List<String> ids, String curator, EventChange change)
      throws IOException {
    CurationFolder folder = CurationFolder.read(seeds);
    Problems problems = new Problems();
    Map<Path, Plan> plans = new LinkedHashMap<>();
    List<String> done = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      Optional<CurationFolder.Where> where = locate(folder, id, problems);
      if (where.isEmpty()) {
        continue;
      }
      CurationFolder.File file = where.get().file();
      CurationDocument doc = file.document();
      JsonNode node = where.get().node();
      SourcePosition at = doc.valuePosition(node, "status");
      Optional<Review> review = Review.of(doc.root());
      if (review.isPresent()) {
        problems.invalid(
            Problem.error(
                at,
                "event "
                    + id
                    + " is in an article marked reviewed (by "
                    + review.get().curator()
                    + " at "
                    + review.get().reviewedAt()
                    + "); to change a reviewed article, reopen it (eventline review --reopen "
                    + file.articleId()
                    + "), edit, then review it again"));
        continue;
      }
      Plan plan =
          plans.computeIfAbsent(
              file.path(),
              p -> new Plan(file, p, file.bytes(), CurationEditor.of(file.text()), List.of()));
      int index = where.get().index();
      String shown = file.shown();
      Change changed = change.apply(plan.editor(), index, node, shown, problems);
      if (changed == null) {
        continue;
      }
      if (changed.editor() == plan.editor()) {
        done.add(at + ": " + id + " " + changed.what());
        continue;
      }
      CurationEditor editor =
          edit(
              changed.editor().setField(index, "curator", EventYaml.quoted(curator), order),
              shown,
              problems);
      if (editor != null && changed.validate()) {
        editor = followQuote(editor, folder, file, index, problems);
      }
      if (editor == null) {
        continue;
      }
      plans.put(file.path(), plan.with(editor, changed.validate() ? index : null));
      done.add(at + ": " + id + " " + changed.what() + " by " + curator);
    }
    if (problems.outcome() == Outcome.DONE) {
      for (Plan plan : plans.values()) {
        checkConfirmed(plan, folder, problems);
      }
    }
    return finish(plans.values(), problems, done);
  }

  /** Marks articles reviewed by the curator. */
  public Result review(Path seeds, List<String> articleIds, String curator) throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    Problems problems = new Problems();
    List<Plan> plans = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (String id : new LinkedHashSet<>(articleIds)) {
      if (!corpus.hasArticle(id)) {
        String closest = SchemaProblems.closest(id, corpus.articleIds());
        problems.usage(
            "no article '"
                + id
                + "' in "
                + DatasetValidation.shown(seeds)
                + (closest == null
                    ? " (give the article's file name without .txt)"
                    : "; did you mean '" + closest + "'?"));
        continue;
      }
      byte[] articleBytes = Files.readAllBytes(corpus.articlePath(id));
      DatasetValidation.ArticleRead article = DatasetValidation.readArticleAndHash(corpus, id);
      if (article.result().article() == null) {
        article.result().problems().forEach(problems::invalid);
        continue;
      }
      Review review = Review.of(curator, clock.instant(), articleBytes);
      if (!corpus.hasCuration(id)) {
        Path path = corpus.curationPath(id);
        String text =
            "# Curation of "
                + corpus.articlePath(id).getFileName()
                + ": reviewed, no events in it\n"
                + String.join("\n", review.lines())
                + "\nevents: []\n";
        plans.add(new Plan(null, path, new byte[0], CurationEditor.of(text), List.of()));
        done.add(DatasetValidation.shown(path) + ": reviewed by " + curator + " (no events)");
        continue;
      }
      CurationFolder.File file = CurationFolder.read(corpus, id);
      if (file.document() == null) {
        file.problems().forEach(problems::invalid);
        continue;
      }
      CurationValidator.Result checked =
          validator.validate(file.document(), article.result().article(), review.articleSha256());
      checked.problems().stream().filter(Problem::isError).forEach(problems::invalid);
      for (JsonNode node : file.document().eventNodes()) {
        if (Event.SUGGESTED.equals(text(node, "status"))) {
          problems.invalid(
              Problem.error(
                  file.document().valuePosition(node, "status"),
                  "event "
                      + text(node, "id")
                      + " is still suggested; confirm or reject it before marking the article"
                      + " reviewed"));
        }
      }
      if (problems.has(file.shown())) {
        continue;
      }
      CurationEditor editor =
          edit(CurationEditor.of(file.text()).setReview(review), file.shown(), problems);
      if (editor != null) {
        plans.add(new Plan(file, file.path(), file.bytes(), editor, List.of()));
        done.add(file.shown() + ": reviewed by " + curator);
      }
    }
    return finish(plans, problems, done);
  }

  /** Removes articles' review marks, so that their events can change; nothing else changes. */
  public Result reopen(Path seeds, List<String> articleIds) throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    Problems problems = new Problems();
    List<Plan> plans = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (String id : new LinkedHashSet<>(articleIds)) {
      if (!corpus.hasCuration(id)) {
        problems.usage(
            "no curation file for an article '" + id + "' in " + DatasetValidation.shown(seeds));
        continue;
      }
      CurationFolder.File file = CurationFolder.read(corpus, id);
      if (file.document() == null) {
        file.problems().forEach(problems::invalid);
        continue;
      }
      if (Review.of(file.document().root()).isEmpty()) {
        done.add(file.shown() + ": not marked reviewed; left as it was");
        continue;
      }
      CurationEditor editor =
          edit(CurationEditor.of(file.text()).removeReview(), file.shown(), problems);
      if (editor != null) {
        plans.add(new Plan(file, file.path(), file.bytes(), editor, List.of()));
        done.add(file.shown() + ": reopened (no longer marked reviewed)");
      }
    }
    return finish(plans, problems, done);
  }

  private Optional<CurationFolder.Where> locate(
      CurationFolder folder, String id, Problems problems) {
    List<CurationFolder.Where> found = folder.find(id);
    if (found.size() > 1) {
      List<String> places = new ArrayList<>();
      found.forEach(w -> places.add(w.file().document().valuePosition(w.node(), "id").toString()));
      problems.invalid(
          Problem.error(
              found.get(1).file().document().valuePosition(found.get(1).node(), "id"),
              "id '"
                  + id
                  + "' is used in "
                  + found.size()
                  + " places ("
                  + String.join(", ", places)
                  + "); ids must be unique across the dataset: rename one, then run the command"
                  + " again"));
      return Optional.empty();
    }
    if (found.isEmpty()) {
      List<Problem> unreadable = folder.unreadable();
      if (!unreadable.isEmpty()) {
        unreadable.forEach(problems::invalid);
        problems.note(
            "no event with id '"
                + id
                + "' in the curation files that could be read; fix the files above and run the"
                + " command again");
      } else {
        String closest = SchemaProblems.closest(id, folder.ids());
        problems.usage(
            "no event with id '"
                + id
                + "' in "
                + DatasetValidation.shown(folder.corpus().dir())
                + (closest == null ? "" : "; did you mean '" + closest + "'?"));
      }
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  /** Quote offsets left by suggest before the quote was edited are brought up to date. */
  private CurationEditor followQuote(
      CurationEditor editor,
      CurationFolder folder,
      CurationFolder.File file,
      int index,
      Problems problems)
      throws IOException {
    JsonNode node = YamlTrees.read(editor.text()).get(CurationDocument.EVENTS).get(index);
    String quote = text(node, "source_quote");
    Article article = article(folder.corpus(), file.articleId());
    if (quote == null || article == null) {
      return editor;
    }
    JsonNode start = node.get("quote_start");
    Integer wanted = start != null && start.isIntegralNumber() ? start.asInt() : null;
    QuoteResult found = QuoteFinder.find(article, quote, wanted);
    if (!found.found()) {
      return editor;
    }
    CurationEditor out = editor;
    if (found.staleStart()) {
      out =
          edit(
              out.setField(index, "quote_start", "" + found.match().start(), order),
              file.shown(),
              problems);
    }
    JsonNode end = node.get("quote_end");
    if (out != null
        && end != null
        && end.isIntegralNumber()
        && end.asInt() != found.match().end()) {
      out =
          edit(
              out.setField(index, "quote_end", "" + found.match().end(), order),
              file.shown(),
              problems);
    }
    return out;
  }

  /**
   * A confirmed event must validate: the curator is told what to fix, and nothing is written.
   * Problems elsewhere in the file are validate's business, not this command's.
   */
  private void checkConfirmed(Plan plan, CurationFolder folder, Problems problems)
      throws IOException {
    if (plan.confirmed().isEmpty()) {
      return;
    }
    CurationReader.Result doc =
        CurationReader.read(plan.file().shown(), plan.file().articleId(), plan.editor().text());
    if (doc.document() == null) {
      doc.problems().forEach(problems::invalid);
      return;
    }
    List<JsonNode> nodes = doc.document().eventNodes();
    Article article = article(folder.corpus(), plan.file().articleId());
    for (Problem p : validator.validate(doc.document(), article).problems()) {
      for (int index : plan.confirmed()) {
        int first = doc.document().positionOf(nodes.get(index)).line();
        int next =
            index + 1 < nodes.size()
                ? doc.document().positionOf(nodes.get(index + 1)).line()
                : Integer.MAX_VALUE;
        if (p.isError() && p.position().line() >= first && p.position().line() < next) {
          problems.invalid(
              new Problem(
                  p.position(),
                  p.severity(),
                  p.message() + " (fix it first; nothing was written)"));
        }
      }
    }
  }

  private static Article article(Corpus corpus, String id) throws IOException {
    if (!corpus.hasArticle(id)) {
      return null;
    }
    return DatasetValidation.readArticleAndHash(corpus, id).result().article();
  }

  private static CurationEditor edit(
      CurationEditor.Result result, String shown, Problems problems) {
    if (!result.ok()) {
      problems.invalid(Problem.error(SourcePosition.ofFile(shown), result.problem()));
      return null;
    }
    return result.editor();
  }

  private Result finish(Iterable<Plan> plans, Problems problems, List<String> done)
      throws IOException {
    if (problems.outcome() != Outcome.DONE) {
      return new Result(problems.outcome(), problems.all(), problems.usage, List.of());
    }
    List<String> written = new ArrayList<>();
    for (Plan plan : plans) {
      beforeWrite.run(plan.path());
      if (!AtomicFile.replaceIfUnchanged(plan.path(), plan.read(), plan.editor().text())) {
        problems.changed(
            Problem.error(
                SourcePosition.ofFile(DatasetValidation.shown(plan.path())),
                "the file changed on disk while eventline was editing it (an editor or another"
                    + " command saved it); it was not written: run the command again"));
        return new Result(Outcome.CHANGED_ON_DISK, problems.all(), List.of(), written);
      }
      String shown = DatasetValidation.shown(plan.path());
      done.stream().filter(d -> d.startsWith(shown + ":")).forEach(written::add);
    }
    done.stream().filter(d -> !written.contains(d)).forEach(written::add);
    return new Result(Outcome.DONE, problems.all(), List.of(), written);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  /** The problems of a run, and the worst outcome they lead to. */
  private static final class Problems {
    private final List<Problem> all = new ArrayList<>();
    private final List<String> usage = new ArrayList<>();
    private Outcome outcome = Outcome.DONE;

    void usage(String message) {
      usage.add(message);
      outcome = Outcome.USAGE;
    }

    /** A message about the command, not located in a file, that does not change the outcome. */
    void note(String message) {
      usage.add(message);
    }

    void invalid(Problem p) {
      if (!all.contains(p)) {
        all.add(p);
      }
      if (outcome == Outcome.DONE) {
        outcome = Outcome.INVALID;
      }
    }

    void changed(Problem p) {
      all.add(p);
      outcome = Outcome.CHANGED_ON_DISK;
    }

    boolean has(String file) {
      return all.stream().anyMatch(p -> p.position().file().equals(file));
    }

    Outcome outcome() {
      return outcome;
    }

    List<Problem> all() {
      List<Problem> sorted = new ArrayList<>(all);
      sorted.sort(java.util.Comparator.naturalOrder());
      return sorted;
    }
  }
}
