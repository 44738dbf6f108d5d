package org.eventline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.curation.CurationReader;
import org.eventline.schema.EventSchema;
import org.eventline.validate.CurationValidator;

/**
 * Fuzz target (Jazzer, {@code mvn -Pfuzz verify}) for the curation-file reader: any bytes go
 * through UTF-8 decoding, the hardened YAML reader, the schema and the rules against a fixed
 * article. It must never throw, and a refused file must come with a located error. {@link
 * FuzzRegressionTest} replays the seeds and past findings in the normal build.
 */
public final class CurationReaderFuzz {
  private static final CurationValidator VALIDATOR = new CurationValidator(EventSchema.load());
  private static final Article ARTICLE = article();

  private CurationReaderFuzz() {}

  /**
   * Called by Jazzer once before fuzzing: loads the classes (and the schema) so that their start-up
   * time is not taken for a slow input.
   */
  public static void fuzzerInitialize() {
    fuzzerTestOneInput("events:\n  - id: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static void fuzzerTestOneInput(byte[] data) {
    TextFiles.Read read = TextFiles.decode(data, "a.events.yaml");
    if (read.problem() != null) {
      return;
    }
    CurationReader.Result result = CurationReader.read("a.events.yaml", "a", read.text());
    FuzzInvariants.located(result.problems());
    if (result.document() == null) {
      FuzzInvariants.hasError(result.problems());
      return;
    }
    CurationValidator.Result checked = VALIDATOR.validate(result.document(), ARTICLE);
    FuzzInvariants.located(checked.problems());
  }

  private static Article article() {
    try {
      String text =
          Files.readString(
              Path.of(
                  System.getProperty(
                      "eventline.fuzz.article",
                      "src/test/resources/fixtures/validate/ok/seeds/a.txt")));
      return ArticleParser.parse("a.txt", "a", text).article();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
