package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the built dataset with independent, real tools: pandas reads events.csv and finds every
 * quote at its offsets, Python's jsonschema validates events.yaml. Skips on a developer machine
 * without Debian's python3-pandas / python3-jsonschema / python3-yaml; fails under CI=true.
 */
class ExternalToolsTest {

  static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path tmp;

  /** Whether Debian's Python has the modules; under CI their absence is a failure, not a skip. */
  static void requirePython(String... modules) throws Exception {
    boolean present =
        Files.isExecutable(PYTHON)
            && run(List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules))).exit
                == 0;
    if ("true".equals(System.getenv("CI"))) {
      assertEquals(
          true,
          present,
          "CI needs " + PYTHON + " with " + String.join(", ", modules) + " (see .ci/run)");
    }
    assumeTrue(
        present, "Debian's python3 with " + String.join(", ", modules) + " is not installed");
  }

  record Run(int exit, String output) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Run(-1, "timed out");
    }
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private void check(Path seeds) throws Exception {
    requirePython("pandas", "jsonschema", "yaml");
    Path out = tmp.resolve("out");
    new DatasetBuild(EventSchema.load()).run(seeds, out);
    Run run =
        run(
            List.of(
                PYTHON.toString(),
                "src/test/resources/python/check_events.py",
                seeds.toString(),
                out.toString(),
                "schema"));
    assertEquals(0, run.exit(), run.output());
  }

  @Test
  void pandasAndJsonschemaAcceptTheShippedDataset() throws Exception {
    check(Path.of("seeds"));
  }

  @Test
  void pandasFindsQuotesAfterAnEmojiAndAcrossCrlf() throws Exception {
    check(Path.of("src/test/resources/fixtures/build/emoji/seeds"));
  }
}
