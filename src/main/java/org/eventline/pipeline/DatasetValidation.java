package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.article.ArticleResult;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.schema.EventSchema;
import org.eventline.validate.CurationValidator;
import org.eventline.validate.IdRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Validates a seeds folder: every article, then every curation file against the schema and its
 * article, then ids across the dataset. Reads one article at a time, so memory holds the events,
 * not the corpus.
 */
public final class DatasetValidation {

  /** Orders published events: by date, then id. */
  public static final Comparator<Event> EVENT_ORDER =
      Comparator.comparing(Event::eventDate).thenComparing(Event::id);

  private final EventSchema schema;
  private final boolean strict;

  public DatasetValidation(EventSchema schema) {
    this(schema, false);
  }

  /**
   * A validation of a seeds folder.
   *
   * @param strict whether suggestions left unreviewed are errors (a strict release build)
   */
  public DatasetValidation(EventSchema schema, boolean strict) {
    this.schema = schema;
    this.strict = strict;
  }

  public ValidationReport run(Path seeds) throws IOException {
    return run(seeds, Map.of());
  }

  /**
   * Validates a seeds folder as it would be with some curation files replaced: the workbench checks
   * an edit, across the whole dataset, before it is saved.
   *
   * @param overlay curation file texts by article id, used instead of the files (a file that does
   *     not exist yet included)
   */
  public ValidationReport run(Path seeds, Map<String, String> overlay) throws IOException {
    return run(seeds, overlay, Progress.NONE);
  }

  /** Validates a seeds folder, telling {@code progress} of each article or curation file done. */
  public ValidationReport run(Path seeds, Progress progress) throws IOException {
    return run(seeds, Map.of(), progress);
  }

  private ValidationReport run(Path seeds, Map<String, String> overlay, Progress progress)
      throws IOException {
    Corpus corpus = Corpus.scan(seeds).withCurations(overlay.keySet());
    List<Problem> problems = new ArrayList<>();
    DatasetVocabulary vocabulary = DatasetVocabulary.read(seeds, schema);
    problems.addAll(vocabulary.problems());
    CurationValidator validator = new CurationValidator(schema, vocabulary.knownActors(), strict);
    List<Event> events = new ArrayList<>();
    IdRegistry ids = new IdRegistry();
    Coverage.Counter coverage = new Coverage.Counter();
    int total =
        (int) corpus.articleIds().stream().filter(id -> !corpus.hasCuration(id)).count()
            + corpus.curationIds().size();
    progress.start(total);
    try {
      for (String id : corpus.articleIds()) {
        if (!corpus.hasCuration(id)) {
          problems.addAll(readArticle(corpus, id).problems());
          progress.advance();
        }
      }
      for (String id : corpus.curationIds()) {
        try {
          String shown = shown(corpus.curationPath(id));
          Article article = null;
          String articleSha256 = null;
          if (corpus.hasArticle(id)) {
            ArticleRead read = readArticleAndHash(corpus, id);
            problems.addAll(read.result().problems());
            article = read.result().article();
            articleSha256 = read.sha256();
          } else {
            problems.add(
                Problem.error(
                    SourcePosition.ofFile(shown),
                    "there is no article "
                        + shown(corpus.articlePath(id))
                        + " for this curation file; a curation file must sit beside its article"));
          }
          TextFiles.Read text =
              overlay.containsKey(id)
                  ? new TextFiles.Read(overlay.get(id), null)
                  : TextFiles.readCuration(corpus.curationPath(id), shown);
          if (text.problem() != null) {
            problems.add(text.problem());
            continue;
          }
          CurationReader.Result read = CurationReader.read(shown, id, text.text());
          problems.addAll(read.problems());
          if (read.document() == null) {
            continue;
          }
          CurationValidator.Result result =
              validator.validate(read.document(), article, articleSha256);
          problems.addAll(result.problems());
          registerIds(read.document(), ids, problems);
          coverage.add(result.review());
          if (article != null) {
            result.events().forEach(e -> events.add(e.event()));
          }
        } finally {
          progress.advance();
        }
      }
    } finally {
      progress.finish();
    }
    Set<String> duplicated = ids.duplicated();
    events.removeIf(e -> duplicated.contains(e.id()));
    problems.sort(Comparator.naturalOrder());
    events.sort(EVENT_ORDER);
    Set<String> failing = new TreeSet<>();
    problems.stream().filter(Problem::isError).forEach(p -> failing.add(p.position().file()));
    return new ValidationReport(
        problems,
        events,
        corpus.articleIds().size(),
        corpus.curationIds().size(),
        failing.size(),
        coverage.total(corpus.articleIds().size()));
  }

  private static void registerIds(CurationDocument doc, IdRegistry ids, List<Problem> problems) {
    for (JsonNode node : doc.eventNodes()) {
      JsonNode id = node.get("id");
      if (id != null && id.isString()) {
        ids.register(id.asString(), doc.valuePosition(node, "id")).ifPresent(problems::add);
      }
    }
  }

  private static ArticleResult readArticle(Corpus corpus, String id) throws IOException {
    return readArticleAndHash(corpus, id).result();
  }

  /** An article as parsed, and the SHA-256 of its file (null when it could not be read). */
  record ArticleRead(ArticleResult result, String sha256) {}

  static ArticleRead readArticleAndHash(Corpus corpus, String id) throws IOException {
    String shown = shown(corpus.articlePath(id));
    TextFiles.Read text = TextFiles.readArticle(corpus.articlePath(id), shown);
    if (text.problem() != null) {
      return new ArticleRead(new ArticleResult(null, List.of(text.problem())), null);
    }
    return new ArticleRead(ArticleParser.parse(shown, id, text.text()), text.sha256());
  }

  static String shown(Path path) {
    return path.toString().replace('\\', '/');
  }
}
