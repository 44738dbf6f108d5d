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
    return javaWith(java.util.Map.of(), args);
  }

  static Run javaWith(java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE);
    builder.environment().remove("EVENTLINE_CURATOR");
    builder.environment().putAll(env);
    Process p = builder.start();
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

  /**
   * On a terminal (a real pseudo-terminal, from util-linux's {@code script}) suggest and validate
   * draw a progress bar on standard error and clear it; piped, or with {@code --quiet}, they do
   * not.
   */
  @Test
  void theProgressBarIsDrawnOnATerminalOnlyAndNotWhenQuiet() throws Exception {
    Path seeds = tmp.resolve("seeds");
    Files.createDirectories(seeds);
    String id = "000_26d17594a1416e60";
    Files.copy(Path.of("seeds", id + ".txt"), seeds.resolve(id + ".txt"));
    String jar = JAR.toAbsolutePath().toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String onTerminal =
        terminal(java + " -jar " + jar + " suggest --seeds " + seeds + " 2>&1 >/dev/null");
    assertTrue(onTerminal.contains("suggest [########################] 1/1 articles"), onTerminal);
    assertTrue(onTerminal.contains("\r " + " ".repeat(40)), "the bar is cleared: " + onTerminal);
    String validate = terminal(java + " -jar " + jar + " validate --seeds " + seeds);
    assertTrue(validate.contains("validate [########################] 1/1 articles"), validate);
    String quiet = terminal(java + " -jar " + jar + " validate --quiet --seeds " + seeds + " 2>&1");
    assertTrue(quiet.contains("1 curation file"), quiet);
    assertTrue(!quiet.contains("validate ["), quiet);
    Run piped = java("validate", "--seeds", seeds.toString());
    assertTrue(!piped.err().contains("\r") && !piped.err().contains("validate ["), piped.err());
  }

  /** What a command writes to a pseudo-terminal (run under {@code script}). */
  private static String terminal(String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("script", "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
    assertEquals(0, p.exitValue(), text);
    return text;
  }

  @Test
  void aRelaunchedRunWritesTheSameBytesAsOneInThisJvmAndPassesOptionsOn() throws Exception {
    // The jar runs suggest in a child JVM with the quick compiler and the class-data-sharing
    // archive (Relaunch); EVENTLINE_RELAUNCH=0 keeps it in the first JVM. Both write the same.
    List<String> ids = new ArrayList<>();
    try (var files = Files.list(Path.of("seeds"))) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("wikinews-2019") && n.endsWith(".txt"))
          .sorted()
          .limit(6)
          .forEach(ids::add);
    }
    java.util.Map<String, String> written = new java.util.TreeMap<>();
    for (String mode : List.of("1", "0")) {
      Path seeds = tmp.resolve("relaunch-" + mode);
      Files.createDirectories(seeds);
      for (String name : ids) {
        Files.copy(Path.of("seeds", name), seeds.resolve(name));
      }
      Run run =
          javaWith(
              java.util.Map.of("EVENTLINE_RELAUNCH", mode), "suggest", "--seeds", seeds.toString());
      assertEquals(0, run.exit(), run.err());
      StringBuilder all = new StringBuilder();
      for (String name : ids) {
        all.append(Files.readString(seeds.resolve(name.replace(".txt", ".events.yaml"))));
      }
      written.put(mode, all.toString());
    }
    assertTrue(written.get("1").contains("status: \"suggested\""), written.get("1"));
    assertEquals(written.get("0"), written.get("1"));

    // The user's JVM options reach the child: with -XX:+PrintFlagsFinal both JVMs print their
    // flags, the first its own, the child the quick compiler, the serial collector and the archive
    // beside
    // the jar.
    List<String> flags =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+PrintFlagsFinal",
            "-jar",
            JAR.toString(),
            "validate",
            "--seeds",
            tmp.resolve("relaunch-1").toString());
    Process p = new ProcessBuilder(flags).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished");
    List<String> compiler =
        text.lines().filter(l -> l.contains(" TieredStopAtLevel ")).map(String::strip).toList();
    assertEquals(2, compiler.size(), "two JVMs printed their flags: " + compiler);
    assertTrue(
        compiler.get(1).matches("intx TieredStopAtLevel\\s+= 1\\s.*\\{command line\\}"),
        compiler::toString);
    assertTrue(
        text.lines()
            .anyMatch(l -> l.strip().matches("bool UseSerialGC\\s+= true\\s.*\\{command line\\}")),
        "the child runs the serial collector");
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.contains(" SharedArchiveFile ")
                        && l.contains(
                            JAR.toAbsolutePath().resolveSibling("eventline.jsa").toString())),
        "the child maps the archive beside the jar");
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
    assertTrue(validate.err().contains("is still suggested (not reviewed)"), validate.err());

    // A curator confirms the first suggestion as it is (the name from EVENTLINE_CURATOR),
    // rejects the others, marks the article reviewed and builds.
    java.util.regex.Matcher ids =
        java.util.regex.Pattern.compile("(?m)^  - id: \"(s-[0-9a-f]{10})\"").matcher(curation);
    List<String> suggested = new ArrayList<>();
    while (ids.find()) {
      suggested.add(ids.group(1));
    }
    assertTrue(suggested.size() >= 2, curation);
    java.util.Map<String, String> env = java.util.Map.of("EVENTLINE_CURATOR", "env curator");
    Run confirm = javaWith(env, "confirm", "--seeds", seeds.toString(), suggested.get(0));
    assertEquals(0, confirm.exit(), confirm.err());
    List<String> reject = new ArrayList<>(List.of("reject", "--seeds", seeds.toString()));
    reject.addAll(suggested.subList(1, suggested.size()));
    assertEquals(0, javaWith(env, reject.toArray(String[]::new)).exit());
    Run review = javaWith(env, "review", "--seeds", seeds.toString(), id);
    assertEquals(0, review.exit(), review.err());
    Path out = tmp.resolve("out");
    Run build = java("build", "--seeds", seeds.toString(), "--out", out.toString());
    assertEquals(0, build.exit(), build.err());
    List<String> rows = Files.readAllLines(out.resolve("events.csv"));
    assertEquals(2, rows.size(), "the header and the confirmed suggestion");
    List<String> header = List.of(rows.get(0).split(","));
    String row = rows.get(1);
    assertTrue(row.startsWith(suggested.get(0) + ","), row);
    assertTrue(
        row.endsWith(",confirmed,suggested,env curator,"), "origin, curator, empty notes: " + row);
    assertEquals(
        List.of("status", "origin", "curator", "notes"),
        header.subList(header.size() - 4, header.size()));
    assertTrue(!row.contains("Type:") && !row.contains("confidence"), row);
    Run eval = java("eval", "--gold", "ucdp", "--split", "heldout");
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().contains("| ucdp | heldout | event |"), eval.out());
  }
}
