package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded jar, as a user does, after {@code mvn package}. */
class JarIT {

  static final Path JAR = Path.of("target/eventline.jar");

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run java(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished");
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void theJarBuildsTheShippedDatasetAsCommitted() throws Exception {
    Path out = tmp.resolve("output");
    Run run = java("build", "--seeds", "seeds", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("wrote "), run.out());
    assertTrue(!run.err().contains("SLF4J"), "no logging noise: " + run.err());
    assertArrayEquals(
        Files.readAllBytes(Path.of("output/events.csv")),
        Files.readAllBytes(out.resolve("events.csv")));
  }

  @Test
  void theJarReportsInvalidDataWithExitCodeOne() throws Exception {
    Run run =
        java(
            "validate",
            "--seeds",
            "src/test/resources/fixtures/validate/quote-straight-quotes/seeds");
    assertEquals(1, run.exit());
    assertTrue(
        run.err().contains("a.events.yaml:40:19: error: the quote is not verbatim"), run.err());
  }

  @Test
  void theJarSuggestsWithTheModelAndGazetteerItShips() throws Exception {
    Path seeds = tmp.resolve("seeds");
    Files.createDirectories(seeds);
    String id = "000_26d17594a1416e60";
    Files.copy(Path.of("seeds", id + ".txt"), seeds.resolve(id + ".txt"));
    Run suggest = java("suggest", "--seeds", seeds.toString());
    assertEquals(0, suggest.exit(), suggest.err());
    assertTrue(suggest.out().contains("(new file)"), suggest.out());
    String curation = Files.readString(seeds.resolve(id + ".events.yaml"));
    assertTrue(curation.contains("location: \"Lashkar Gah\""), curation);
    assertTrue(curation.contains("date_phrase: \"yesterday\""), curation);
    Run validate = java("validate", "--seeds", seeds.toString());
    assertEquals(0, validate.exit(), validate.err());
    Run eval = java("eval", "--gold", "ucdp", "--split", "heldout");
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().contains("| ucdp | heldout | event |"), eval.out());
  }
}
