package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real shaded jar, {@code target/eventline.jar}, as a separate java process. Tests using
 * it run in the integration-test phase (after {@code package}); without the jar they skip, except
 * under {@code CI=true}, where they fail.
 */
final class JarRun {

  /** The output of a finished run. */
  record Outcome(int exit, String out, String err) {}

  private JarRun() {}

  static Path jar() {
    Path jar = Path.of("target", "eventline.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("target/eventline.jar is missing: run mvn package (or verify) first");
      }
      assumeTrue(false, "target/eventline.jar is missing: run mvn package first");
    }
    return jar;
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs the jar to the end (at most two minutes); returns exit code, stdout and stderr. */
  static Outcome run(Path workDir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    return java(workDir, command(jvmOptions, args));
  }

  /** Runs {@code java} with the given arguments (the first being the java executable). */
  static Outcome java(Path workDir, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("eventline-out", ".txt");
    Path err = Files.createTempFile("eventline-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly().waitFor();
        fail(String.join(" ", command) + " did not finish in two minutes");
      }
      return new Outcome(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
