package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.curation.Event;
import org.eventline.pipeline.DatasetBuild;
import org.eventline.schema.EventSchema;
import org.eventline.testing.ExternalTool;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notebooks/explore.ipynb, executed headless by Debian's Python (python3-pandas, python3-nbconvert,
 * python3-ipykernel, python3-matplotlib) on a known dataset and on the shipped output/; any failing
 * cell fails the test.
 */
class NotebookTest {

  static final Path NOTEBOOK = Path.of("notebooks", "explore.ipynb");
  static final Path SHIPPED = Path.of("output");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void committedNotebookHasItsOutputsCleared() throws IOException {
    JsonNode notebook = JSON.readTree(Files.readString(NOTEBOOK));
    int code = 0;
    for (JsonNode cell : notebook.path("cells")) {
      if (cell.path("cell_type").asString().equals("code")) {
        code++;
        assertEquals(0, cell.path("outputs").size(), cell.path("id").asString());
        assertTrue(cell.path("execution_count").isNull(), cell.path("id").asString());
      }
    }
    assertTrue(code >= 8, "code cells: " + code);
  }

  @Test
  void notebookRunsOnAKnownDataset() throws Exception {
    ExternalTool.requirePython("pandas", "nbconvert", "ipykernel", "matplotlib");
    List<Event> events = new ArrayList<>(SampleEvents.small());
    events.add(
        SampleEvents.event(
                "q1", "Protests", "2021-08-12", "2021-08-12", "day", "a4", SpreadsheetTest.QUOTE)
            .actor1("Protesters (Afghanistan)")
            .location("Kābul")
            .latitude(BigDecimal.valueOf(34.5553))
            .longitude(BigDecimal.valueOf(69.2075))
            .build());
    Path out = Files.createDirectories(dir.resolve("output"));
    for (OutputFile file : new DatasetBuild(EventSchema.load()).render(events)) {
      Path target = out.resolve(file.path());
      Files.createDirectories(target.getParent());
      try (OutputStream stream = Files.newOutputStream(target)) {
        file.write(stream);
      }
    }
    String text = execute(out);
    assertTrue(text.contains("events.csv matches the size and sha256 hash"), text);
    assertTrue(text.contains("5 events, 35 columns, from 4 articles"), text);
    assertTrue(text.contains("1 of 5 events give a range"), text);
    assertTrue(text.contains("Kābul, Afghanistan"), text);
  }

  @Test
  void notebookRunsOnTheShippedDataset() throws Exception {
    ExternalTool.requirePython("pandas", "nbconvert", "ipykernel", "matplotlib");
    boolean shipped = Files.exists(SHIPPED.resolve(DataPackageWriter.FILE));
    ExternalTool.require(shipped, "the shipped dataset output/ (run `eventline build`)");
    String text = execute(SHIPPED);
    assertTrue(text.contains("events.csv matches the size and sha256 hash"), text);
  }

  /** Executes the notebook on an output folder; returns the text of all its outputs. */
  private String execute(Path output) throws Exception {
    Path runtime = Files.createDirectories(dir.resolve("runtime"));
    Path executed = dir.resolve("executed.ipynb");
    ExternalTool.Run run =
        ExternalTool.run(
            List.of(
                ExternalTool.PYTHON.toString(),
                "-m",
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.timeout=300",
                "--output",
                executed.toAbsolutePath().toString(),
                NOTEBOOK.toAbsolutePath().toString()),
            NOTEBOOK.toAbsolutePath().getParent(),
            600,
            "EVENTLINE_OUTPUT",
            output.toAbsolutePath().toString(),
            "PATH",
            "/usr/bin:/bin",
            "HOME",
            runtime.toString(),
            "MPLCONFIGDIR",
            runtime.toString(),
            "JUPYTER_RUNTIME_DIR",
            runtime.toString(),
            "PYDEVD_DISABLE_FILE_VALIDATION",
            "1");
    assertEquals(0, run.exitCode(), "the notebook failed:\n" + run.output());
    StringBuilder text = new StringBuilder();
    boolean image = false;
    for (JsonNode cell : JSON.readTree(Files.readString(executed)).path("cells")) {
      for (JsonNode shown : cell.path("outputs")) {
        assertTrue(!shown.path("output_type").asString().equals("error"), shown.toString());
        shown.path("text").forEach(line -> text.append(line.asString()));
        shown.path("data").path("text/plain").forEach(line -> text.append(line.asString()));
        image |= shown.path("data").has("image/png");
      }
    }
    assertTrue(image, "the notebook drew no plot");
    return text.toString();
  }
}
