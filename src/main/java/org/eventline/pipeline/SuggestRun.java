package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;

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
  private final CandidateCheck check;
  private final Set<String> required;

  public SuggestRun(EventSchema schema, Suggester suggester) {
    this.suggester = suggester;
    this.required = schema.requiredFieldNames();
    this.check = CandidateCheck.of(schema);
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
    return run(seeds, ids, includeReviewed, Progress.NONE);
  }

  /**
   * Runs over the articles of a folder, telling {@code progress} of each article done.
   *
   * @param ids article ids to work on; empty for every article
   * @param includeReviewed whether to add to reviewed articles too (clearing their mark); else they
   *     are skipped
   */
  public Result run(Path seeds, List<String> ids, boolean includeReviewed, Progress progress)
      throws IOException {
    return run(seeds, ids, includeReviewed, Runtime.getRuntime().availableProcessors(), progress);
  }

  Result run(Path seeds, List<String> ids, boolean includeReviewed, int workers)
      throws IOException {
    return run(seeds, ids, includeReviewed, workers, Progress.NONE);
  }

  /**
   * Runs over the articles of a folder with {@code workers} threads: articles are read and
   * suggested in parallel, a bounded window ahead of the writer, and their files are written and
   * reported in article order, so that the output is byte-identical whatever the number of workers.
   * The folder is synced once at the end (each file is still replaced atomically).
   */
  Result run(Path seeds, List<String> ids, boolean includeReviewed, int workers, Progress progress)
      throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    List<Problem> problems = new ArrayList<>();
    List<FileResult> files = new ArrayList<>();
    Set<String> newActors = new TreeSet<>();
    List<String> todo = ids.isEmpty() ? corpus.articleIds() : ids;
    int threads = Math.max(1, workers);
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
    Deque<Future<Planned>> window = new ArrayDeque<>();
    boolean wrote = false;
    progress.start(todo.size());
    try {
      int next = 0;
      while (next < todo.size() || !window.isEmpty()) {
        while (next < todo.size() && window.size() < threads * 8) {
          String id = todo.get(next++);
          Callable<Planned> task = () -> plan(corpus, seeds, id, includeReviewed);
          window.add(pool == null ? completed(task) : pool.submit(task));
        }
        Planned p = take(window.poll());
        problems.addAll(p.problems());
        if (p.text() != null) {
          AtomicFile.writeUnsynced(p.file(), p.text());
          wrote = true;
        }
        if (p.result() != null) {
          files.add(p.result());
          newActors.addAll(p.newActors());
        }
        progress.advance();
      }
    } finally {
      progress.finish();
      if (pool != null) {
        pool.shutdownNow();
      }
      if (wrote) {
        AtomicFile.syncDirectory(seeds.toAbsolutePath());
      }
    }
    return new Result(problems, files, newActors);
  }

  /** What one article gives: problems, its file's new text (null: untouched) and the result. */
  private record Planned(
      List<Problem> problems, FileResult result, Set<String> newActors, Path file, String text) {}

  private static Future<Planned> completed(Callable<Planned> task) throws IOException {
    try {
      return CompletableFuture.completedFuture(task.call());
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Planned take(Future<Planned> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Planned plan(Corpus corpus, Path seeds, String id, boolean includeReviewed)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    if (!corpus.hasArticle(id)) {
      problems.add(
          Problem.error(
              SourcePosition.ofFile(DatasetValidation.shown(corpus.articlePath(id))),
              "no such article '" + id + "' in " + seeds));
      return new Planned(problems, null, Set.of(), null, null);
    }
    Set<String> newActors = new TreeSet<>();
    Path[] file = new Path[1];
    String[] text = new String[1];
    FileResult r;
    try {
      r = article(corpus, id, includeReviewed, problems, newActors, file, text);
    } catch (RuntimeException e) {
      // A bug met on one article must not end a long run: report it and go on.
      problems.add(
          Problem.error(
              SourcePosition.ofFile(DatasetValidation.shown(corpus.articlePath(id))),
              "suggest failed on this article ("
                  + e
                  + "); no suggestions were added to it; this is a bug in eventline suggest"));
      return new Planned(problems, null, Set.of(), null, null);
    }
    return new Planned(problems, r, newActors, file[0], text[0]);
  }

  private FileResult article(
      Corpus corpus,
      String id,
      boolean includeReviewed,
      List<Problem> problems,
      Set<String> newActors,
      Path[] fileOut,
      String[] textOut)
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
    fileOut[0] = curation;
    textOut[0] = appended.text();
    return new FileResult(
        shown, fresh.size(), existing.size(), existingText == null, false, reviewed);
  }

  private static Problem notTouched(Problem p) {
    return new Problem(
        p.position(), p.severity(), p.message() + "; suggestions were not added to this file");
  }

  /** Checks a suggestion as validate would, alone in a file beside its article (cheaply). */
  private boolean valid(
      EventYaml.Entry entry, Article article, String shown, List<Problem> problems) {
    Event e = entry.event();
    List<Problem> errors = check.errors(entry, article, shown);
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
