package org.eventline.pipeline;

import java.util.List;
import org.eventline.article.ArticleParser;
import org.eventline.article.ArticleResult;

/**
 * Fuzz target (Jazzer, {@code mvn -Pfuzz verify}) for the article reader: any bytes go through
 * strict UTF-8 decoding and the header parser. It must never throw, and must return either an
 * article or an error, every problem with a line and column from 1. {@link FuzzRegressionTest}
 * replays the seeds and past findings in the normal build.
 */
public final class ArticleReaderFuzz {
  private ArticleReaderFuzz() {}

  /**
   * Called by Jazzer once before fuzzing: loads the classes (and the schema) so that their start-up
   * time is not taken for a slow input.
   */
  public static void fuzzerInitialize() {
    fuzzerTestOneInput(
        "date 2021-08-11\nText.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static void fuzzerTestOneInput(byte[] data) {
    TextFiles.Read read = TextFiles.decode(data, "a.txt");
    if (read.problem() != null) {
      FuzzInvariants.located(List.of(read.problem()));
      return;
    }
    ArticleResult result = ArticleParser.parse("a.txt", "a", read.text());
    FuzzInvariants.located(result.problems());
    if (result.article() == null) {
      FuzzInvariants.hasError(result.problems());
    } else {
      String body = result.article().body();
      if (body.isBlank()) {
        throw new IllegalStateException("an article with an empty body was accepted");
      }
    }
  }
}
