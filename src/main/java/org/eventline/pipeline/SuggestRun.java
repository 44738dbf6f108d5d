package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.article.ArticleResult;
import org.eventline.curation.CurationEditor;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.curation.EventYaml;
import org.eventline.curation.Review;
import org.eventline.curation.SuggestionAppender;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;
import org.eventline.validate.CurationValidator;

/**
 * {@code suggest} over a seeds folder: for each article, the suggester's candidates that match no
 * event already in its curation file are appended to it as text (the file is created when there is
 * none), each file replaced atomically. Events already there are never changed. A candidate that
 * would not pass validation is dropped with a warning (a bug guard: it should not happen).
 */
public final class SuggestRun {

  static final List<String> HEADER =
      List.of(
          "Curation of %s",
          "Events suggested by `eventline suggest` (status: suggested). For each one: correct any",
          "field, then `eventline confirm ID` or `eventline reject ID` (or set status by hand).",
          "Leave each event's `suggestion:` block as it is: it records what was suggested, so that a",
          "handled suggestion is never proposed again. When every event is handled, mark the article",
          "reviewed: `eventline review ARTICLE`.");

  private final Suggester suggester;
  private final CurationValidator validator;
  private final Set<String> required;

  public SuggestRun(EventSchema schema, Suggester suggester) {
    this.suggester = suggester;
    this.validator = new CurationValidator(schema);
    Set<String> req = new HashSet<>();
    schema.fields().stream().filter(FieldSpec::required).forEach(f -> req.add(f.name()));
    this.required = Set.copyOf(req);
  }

  /**
   * What happened to one article's curation file.
   *
   * @param skipped the article is reviewed and was left alone
   * @param reviewCleared suggestions were added to a reviewed article, whose mark was removed
   */
  public record FileResult(
      String file,
      int added,
      int existing,
      boolean created,
      boolean skipped,
      boolean reviewCleared) {}

  /** The outcome of a run. */
  public record Result(List<Problem> problems, List<FileResult> files, Set<String> newActors) {
    public Result {
      problems = List.copyOf(problems);
      files = List.copyOf(files);
      newActors = Set.copyOf(newActors);
    }

    public int added() {
      return files.stream().mapToInt(FileResult::added).sum();
    }

    public boolean ok() {
      return problems.stream().noneMatch(Problem::isError);
    }
  }

  /**
   * Runs over the articles of a folder.
   *
   * @param ids article ids to work on; empty for every article
   */
  public Result run(Path seeds, List<String> ids) throws IOException {
    return run(seeds, ids, false);
  }

  /**
   * Runs over the articles of a folder.
   *
   * @param ids article ids to work on; empty for every article
   * @param includeReviewed whether to add to reviewed articles too (clearing their mark); else they
   *     are skipped
   */
  public Result run(Path seeds, List<String> ids, boolean includeReviewed) throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    List<Problem> problems = new ArrayList<>();
    List<FileResult> files = new ArrayList<>();
    Set<String> newActors = new TreeSet<>();
    for (String id : ids.isEmpty() ? corpus.articleIds() : ids) {
      if (!corpus.hasArticle(id)) {
        problems.add(
            Problem.error(
                SourcePosition.ofFile(DatasetValidation.shown(corpus.articlePath(id))),
                "no such article '" + id + "' in " + seeds));
        continue;
      }
      FileResult r = article(corpus, id, includeReviewed, problems, newActors);
      if (r != null) {
        files.add(r);
      }
    }
    return new Result(problems, files, newActors);
  }

  private FileResult article(
      Corpus corpus,
      String id,
      boolean includeReviewed,
      List<Problem> problems,
      Set<String> newActors)
      throws IOException {
    String articleFile = DatasetValidation.shown(corpus.articlePath(id));
    TextFiles.Read read = TextFiles.readArticle(corpus.articlePath(id), articleFile);
    if (read.problem() != null) {
      problems.add(read.problem());
      return null;
    }
    ArticleResult parsed = ArticleParser.parse(articleFile, id, read.text());
    problems.addAll(parsed.problems());
    if (parsed.article() == null) {
      return null;
    }
    Article article = parsed.article();
    Path curation = corpus.curationPath(id);
    String shown = DatasetValidation.shown(curation);
    String existingText = null;
    ExistingEvents existing = ExistingEvents.none();
    boolean reviewed = false;
    if (Files.exists(curation)) {
      TextFiles.Read text = TextFiles.readCuration(curation, shown);
      if (text.problem() != null) {
        problems.add(text.problem());
        return null;
      }
      existingText = text.text();
      if (!existingText.isBlank()) {
        CurationReader.Result doc = CurationReader.read(shown, id, existingText);
        if (doc.document() == null) {
          doc.problems().forEach(p -> problems.add(notTouched(p)));
          return null;
        }
        existing = ExistingEvents.of(doc.document(), article);
        reviewed = Review.of(doc.document().root()).isPresent();
        if (reviewed && !includeReviewed) {
          return new FileResult(shown, 0, existing.size(), false, true, false);
        }
      }
    }
    List<EventYaml.Entry> fresh = new ArrayList<>();
    for (Suggestion s : suggester.suggest(article)) {
      Event e = s.event();
      if (!existing.matches(e) && fresh.stream().noneMatch(f -> f.event().id().equals(e.id()))) {
        if (valid(s.entry(), article, shown, problems)) {
          fresh.add(s.entry());
          newActors.addAll(s.newActors());
        }
      }
    }
    if (fresh.isEmpty()) {
      return new FileResult(shown, 0, existing.size(), false, false, false);
    }
    if (reviewed) {
      CurationEditor.Result cleared = CurationEditor.of(existingText).removeReview();
      if (!cleared.ok()) {
        problems.add(Problem.error(SourcePosition.ofFile(shown), cleared.problem()));
        return null;
      }
      existingText = cleared.editor().text();
    }
    List<String> header =
        HEADER.stream()
            .map(h -> h.contains("%s") ? String.format(h, corpus.articlePath(id).getFileName()) : h)
            .toList();
    SuggestionAppender.Result appended =
        SuggestionAppender.append(existingText, header, fresh, required);
    if (!appended.ok()) {
      problems.add(Problem.error(SourcePosition.ofFile(shown), appended.problem()));
      return null;
    }
    AtomicFile.write(curation, appended.text());
    return new FileResult(
        shown, fresh.size(), existing.size(), existingText == null, false, reviewed);
  }

  private static Problem notTouched(Problem p) {
    return new Problem(
        p.position(), p.severity(), p.message() + "; suggestions were not added to this file");
  }

  /** Checks a suggestion as validate would, alone in a file beside its article. */
  private boolean valid(
      EventYaml.Entry entry, Article article, String shown, List<Problem> problems) {
    Event e = entry.event();
    String text = "events:\n" + String.join("\n", EventYaml.item(entry, "  ", required)) + "\n";
    CurationReader.Result doc = CurationReader.read(shown, article.id(), text);
    List<Problem> found = new ArrayList<>(doc.problems());
    if (doc.document() != null) {
      found.addAll(validator.validate(doc.document(), article).problems());
    }
    List<Problem> errors = found.stream().filter(Problem::isError).toList();
    if (errors.isEmpty()) {
      return true;
    }
    problems.add(
        Problem.warning(
            SourcePosition.ofFile(shown),
            "suggestion "
                + e.id()
                + " was dropped because it does not validate ("
                + errors.get(0).message()
                + "); this is a bug in eventline suggest"));
    return false;
  }
}
