package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eventline.output.Publisher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills a real build (the shaded jar in its own JVM, {@code kill -9}) at each named phase of the
 * publish, once temporary output exists, and checks that the output folder then holds exactly the
 * old files or the new ones, and that the next run repairs what was left and says so.
 */
class KillBuildIT {

  private static final Path OK = Path.of("src/test/resources/fixtures/validate/ok/seeds");

  @TempDir Path dir;

  @ParameterizedTest(name = "killed at {0}")
  @EnumSource(Publisher.Phase.class)
  void outputIsTheOldOrTheNewOne(Publisher.Phase phase) throws Exception {
    Path v1 = seeds("v1", false, false);
    Path v2 = seeds("v2", true, false);
    Path broken = seeds("broken", true, true);
    Path out = dir.resolve("output");

    assertEquals(0, build(v1, out).exit(), "the first build");
    Map<String, String> before = snapshot(out);
    Path fresh = dir.resolve("fresh");
    assertEquals(0, build(v2, fresh).exit(), "a build of the new seeds elsewhere");
    Map<String, String> after = snapshot(fresh);
    assertFalse(before.equals(after), "the two builds must differ for the test to mean anything");

    killAt(phase, v2, out);

    Map<String, String> seen = Files.exists(out) ? snapshot(out) : null;
    switch (phase) {
      case STAGING, STAGED -> assertEquals(before, seen, "killed at " + phase);
      case NEW_IN_PLACE, DONE -> assertEquals(after, seen, "killed at " + phase);
      case OLD_MOVED_ASIDE ->
          assertEquals(null, seen, "between the two renames the folder is briefly absent");
    }

    // The next run, even one whose data is invalid, repairs the folder before anything else.
    JarRun.Outcome next = build(broken, out);
    assertEquals(1, next.exit(), next.err());
    boolean forward = phase != Publisher.Phase.STAGING && phase != Publisher.Phase.STAGED;
    assertEquals(forward ? after : before, snapshot(out), "after recovery from " + phase);
    if (phase == Publisher.Phase.DONE) {
      assertFalse(next.err().contains("note: "), next.err());
    } else {
      String note =
          phase == Publisher.Phase.OLD_MOVED_ASIDE
              ? "note: completed an interrupted publish of "
              : "note: removed the leftovers of an interrupted publish beside ";
      assertTrue(next.err().startsWith(note + out.toRealPath()), next.err());
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          List.of(), left.filter(p -> p.getFileName().toString().startsWith(".output")).toList());
    }
  }

  private void killAt(Publisher.Phase phase, Path seeds, Path out) throws Exception {
    List<String> command =
        JarRun.command(
            List.of("-D" + PublishPause.PROPERTY + "=" + phase),
            "build",
            "--seeds",
            seeds.toString(),
            "--out",
            out.toString());
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    CompletableFuture<String> paused =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line; (line = err.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  if (line.equals("eventline: paused at publish phase " + phase)) {
                    return line;
                  }
                }
                return seen.toString();
              } catch (IOException e) {
                return e.toString();
              }
            });
    String line;
    try {
      line = paused.get(2, TimeUnit.MINUTES);
    } finally {
      p.destroyForcibly();
      p.waitFor(1, TimeUnit.MINUTES);
    }
    if (!line.startsWith("eventline: paused at")) {
      fail("the build did not reach " + phase + ":\n" + line);
    }
    assertFalse(p.isAlive());
    // the relaunched JVM that does the work stops with the one killed: nothing goes on writing
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (running(seeds) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertFalse(running(seeds), "a JVM of the killed build of " + seeds + " is still running");
    assertTrue(
        Files.exists(dir.resolve(".output.staging")) || Files.exists(dir.resolve("output")),
        "temporary or final output exists when the build is killed");
  }

  /** Whether a process whose command line names the seeds folder is running. */
  private static boolean running(Path seeds) {
    return ProcessHandle.allProcesses()
        .anyMatch(
            h ->
                h.isAlive()
                    && h.info().commandLine().map(c -> c.contains(seeds.toString())).orElse(false));
  }

  private JarRun.Outcome build(Path seeds, Path out) throws Exception {
    return JarRun.run(
        dir, List.of(), "build", "--seeds", seeds.toString(), "--out", out.toString());
  }

  private Path seeds(String name, boolean second, boolean broken) throws IOException {
    Path seeds = dir.resolve(name);
    Files.createDirectories(seeds);
    String text = Files.readString(OK.resolve("a.txt"));
    String yaml = Files.readString(OK.resolve("a.events.yaml"));
    Files.writeString(seeds.resolve("a.txt"), text);
    Files.writeString(
        seeds.resolve("a.events.yaml"),
        broken ? yaml.replace("fatalities: 12\n", "fatalities: twelve\n") : yaml);
    if (second) {
      Files.writeString(seeds.resolve("b.txt"), text);
      Files.writeString(seeds.resolve("b.events.yaml"), yaml.replace("id: t-01", "id: t-02"));
    }
    return seeds;
  }

  /** Every file of a folder, by relative path, with its bytes (as ISO-8859-1 text, exact). */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
