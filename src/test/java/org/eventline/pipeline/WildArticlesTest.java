package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Articles as they arrive from the wild (a byte-order mark, CRLF or CR line endings, a header with
 * extra spaces, the body on the date line) build, and their quote offsets are right: checked in
 * Java and by Python reading the article the way docs/dataset.md says ({@code open(path,
 * encoding='utf-8-sig', newline='')}), with the independent check_events.py.
 */
class WildArticlesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "article-bom, , 43, 161",
    "article-header-extra-spaces, , 52, 170",
    "article-body-on-date-line, , 45, 163",
    "article-crlf, 361, 361, 398",
    "article-cr, 356, 356, 393",
  })
  void buildsWithTheRightOffsets(String fixture, Integer chosen, int start, int end)
      throws Exception {
    Path seeds = tmp.resolve("seeds");
    copy(FIXTURES.resolve(fixture).resolve("seeds"), seeds);
    if (chosen != null) {
      Path yaml = seeds.resolve("a.events.yaml");
      String text = Files.readString(yaml);
      text =
          replaceOnce(
              text, "    curator: test", "    quote_start: " + chosen + "\n    curator: test");
      text = replaceOnce(text, "    date_phrase: yesterday\n", "");
      // the short quote chosen here says nothing of the toll: no phrase, so no figure either
      text = replaceOnce(text, "    casualty_phrase: killing at least 12 soldiers\n", "");
      text = replaceOnce(text, "    fatalities: 12\n    fatalities_low: 12\n", "");
      Files.writeString(yaml, text);
    }
    Path out = tmp.resolve("out");
    DatasetBuild.Result result = new DatasetBuild(EventSchema.load()).run(seeds, out);
    assertTrue(result.published(), result.report().problems().toString());
    var event = result.report().confirmed().get(0);
    assertEquals(List.of(start, end), List.of(event.quoteStart(), event.quoteEnd()));

    ExternalToolsTest.checkWithPython(seeds, out);
  }

  /** Replaces the one occurrence of {@code target}; fails when it is absent or repeated. */
  static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw new AssertionError(
          "the fixture should hold "
              + (at < 0 ? "" : "only once ")
              + "the text to replace: "
              + target.strip()
              + "\n"
              + text);
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
