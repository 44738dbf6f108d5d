package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the fuzzing corpus kept in {@code src/test/resources/fixtures/fuzz-article/} and {@code
 * fuzz-curation/} in the normal build: the seeds, and every input the fuzzer once found a failure
 * with (named {@code crash-*}, {@code timeout-*} or {@code regression-*}). Each must pass the fuzz
 * target's checks.
 */
class FuzzRegressionTest {

  static final Path ROOT = Path.of("src/test/resources/fixtures");

  static Stream<String> articleInputs() throws IOException {
    return inputs("article");
  }

  static Stream<String> curationInputs() throws IOException {
    return inputs("curation");
  }

  private static Stream<String> inputs(String target) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("fuzz-" + target))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articleInputs")
  void articleReader(String input) throws IOException {
    ArticleReaderFuzz.fuzzerTestOneInput(
        Files.readAllBytes(ROOT.resolve("fuzz-article").resolve(input)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("curationInputs")
  void curationReader(String input) throws IOException {
    CurationReaderFuzz.fuzzerTestOneInput(
        Files.readAllBytes(ROOT.resolve("fuzz-curation").resolve(input)));
  }
}
