package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.eventline.schema.EventSchema;
import org.eventline.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the built dataset with independent, real tools: pandas reads events.csv and finds every
 * quote at its offsets, Python's jsonschema validates events.yaml. Skips on a developer machine
 * without Debian's python3-pandas / python3-jsonschema / python3-yaml; fails under CI=true.
 */
class ExternalToolsTest {

  @TempDir Path tmp;

  /** Runs src/test/python/check_events.py on a built dataset and expects it to pass. */
  static void checkWithPython(Path seeds, Path out) throws Exception {
    ExternalTool.requirePython("pandas", "jsonschema", "yaml");
    ExternalTool.Run run =
        ExternalTool.run(
            List.of(
                ExternalTool.PYTHON.toString(),
                "src/test/python/check_events.py",
                seeds.toString(),
                out.toString(),
                "schema"),
            Path.of("."),
            120);
    assertEquals(0, run.exitCode(), run.output());
  }

  private void check(Path seeds) throws Exception {
    Path out = tmp.resolve("out");
    new DatasetBuild(EventSchema.load()).run(seeds, out);
    checkWithPython(seeds, out);
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
