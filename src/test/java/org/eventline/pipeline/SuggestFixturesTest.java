package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of whole suggestions: each folder under {@code fixtures/suggest/} is a case
 * (see the README there) holding one article {@code <id>.txt} and the curation file {@code
 * <id>.events.yaml} that {@code suggest} must write for it, byte for byte, when the article is
 * alone in a seeds folder with the shipped dictionaries and gazetteer.
 */
class SuggestFixturesTest {

  static final Path ROOT = Path.of("src/test/resources/fixtures/suggest");

  /**
   * Set this system property ({@code mvn test -Dtest=SuggestFixturesTest -Dfixtures.update=true})
   * to rewrite every expected file from what suggest writes now; then read the diff before
   * committing it.
   */
  static final String UPDATE = "fixtures.update";

  @TempDir Path work;

  static Stream<String> cases() throws IOException {
    return org.eventline.testing.Fixtures.cases(ROOT);
  }

  @Test
  void thereAreEnoughCases() throws IOException {
    assertTrue(cases().count() >= 10, "fixture cases: " + cases().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesExactlyTheExpectedSuggestions(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    List<Path> articles;
    try (Stream<Path> files = Files.list(dir)) {
      articles = files.filter(f -> f.toString().endsWith(".txt")).toList();
    }
    assertEquals(1, articles.size(), "one article <id>.txt in fixture " + name + ": " + articles);
    Path article = articles.get(0);
    String file = article.getFileName().toString();
    String id = file.substring(0, file.length() - ".txt".length());
    Path seeds = Files.createDirectory(work.resolve("seeds"));
    Files.copy(article, seeds.resolve(file));

    SuggestRun.Result result =
        new SuggestRun(SharedResources.schema(), SharedResources.suggester()).run(seeds, List.of());
    assertTrue(result.ok(), "problems for fixture " + name + ": " + result.problems());
    Path written = seeds.resolve(id + ".events.yaml");
    String actual =
        Files.exists(written) ? Files.readString(written, StandardCharsets.UTF_8) : "(no file)\n";

    Path expectedFile = dir.resolve(id + ".events.yaml");
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expectedFile),
        "fixture "
            + name
            + " has no expected "
            + expectedFile.getFileName()
            + " (run with -D"
            + UPDATE
            + "=true to write it, then read it)");
    assertEquals(
        Files.readString(expectedFile, StandardCharsets.UTF_8),
        actual,
        "suggestions written for fixture " + name);
  }
}
