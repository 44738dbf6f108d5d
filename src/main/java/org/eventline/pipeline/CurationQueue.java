package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.Problem;
import org.eventline.curation.Event;
import org.eventline.curation.Review;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.JsonNode;

/** Every article of a seeds folder with how far its curation has got: the workbench's queue. */
public final class CurationQueue {

  private CurationQueue() {}

  /**
   * One article.
   *
   * @param reviewed reviewed, and the review covers the text as it is
   * @param stale reviewed, but the text changed since
   */
  public record Row(
      String id,
      int suggested,
      int confirmed,
      int rejected,
      int errors,
      int warnings,
      boolean reviewed,
      boolean stale) {

    /** Whether a curator has something to do here. */
    public boolean needsWork() {
      return suggested > 0 || errors > 0 || !reviewed;
    }
  }

  public static List<Row> rows(Path seeds, EventSchema schema) throws IOException {
    ValidationReport report = new DatasetValidation(schema).run(seeds);
    Corpus corpus = Corpus.scan(seeds);
    List<Row> rows = new ArrayList<>();
    for (String id : corpus.articleIds()) {
      String articleFile = DatasetValidation.shown(corpus.articlePath(id));
      String curationFile = DatasetValidation.shown(corpus.curationPath(id));
      int errors = 0;
      int warnings = 0;
      for (Problem p : report.problems()) {
        String file = p.position().file();
        if (file.equals(articleFile) || file.equals(curationFile)) {
          if (p.isError()) {
            errors++;
          } else {
            warnings++;
          }
        }
      }
      int[] counts = new int[3];
      boolean reviewed = false;
      boolean stale = false;
      if (corpus.hasCuration(id)) {
        CurationFolder.File file = CurationFolder.read(corpus, id);
        if (file.document() != null) {
          for (JsonNode e : file.document().eventNodes()) {
            String status = e.path("status").asString("");
            counts[0] += status.equals(Event.SUGGESTED) ? 1 : 0;
            counts[1] += status.equals(Event.CONFIRMED) ? 1 : 0;
            counts[2] += status.equals(Event.REJECTED) ? 1 : 0;
          }
          var review = Review.of(file.document().root());
          if (review.isPresent()) {
            String sha = DatasetValidation.readArticleAndHash(corpus, id).sha256();
            reviewed = review.get().articleSha256().equals(sha);
            stale = !reviewed;
          }
        }
      }
      rows.add(new Row(id, counts[0], counts[1], counts[2], errors, warnings, reviewed, stale));
    }
    return rows;
  }
}
