package org.eventline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an outside program (LibreOffice, Debian's Python) for a test. A missing program skips the
 * test on a developer's machine and fails it on CI (environment variable CI=true).
 */
public final class ExternalTool {

  private ExternalTool() {}

  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips (or on CI fails) unless the condition holds. */
  public static void require(boolean available, String what) {
    if (onCi()) {
      assertTrue(available, what + " is required on CI (see .ci/run)");
    }
    assumeTrue(available, what + " is not installed; skipped outside CI");
  }

  /** Debian's Python, where python3-* packages are installed (not the python3 first on PATH). */
  public static final Path PYTHON = Path.of("/usr/bin/python3");

  /** Skips (or on CI fails) unless Debian's Python can import these modules. */
  public static void requirePython(String... modules) throws IOException, InterruptedException {
    boolean ok = Files.isExecutable(PYTHON);
    if (ok) {
      ok =
          run(
                      List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules)),
                      Path.of("."),
                      120)
                  .exitCode()
              == 0;
    }
    require(ok, "Debian's " + PYTHON + " with " + String.join(", ", modules) + " (see .ci/run)");
  }

  /** The executable found on PATH, or null. */
  public static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The result of a finished run. */
  public record Run(int exitCode, String output) {}

  /** Runs the command, output and errors together, killing it after the timeout. */
  public static Run run(List<String> command, Path directory, long timeoutSeconds, String... env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.redirectErrorStream(true);
    Path log = Files.createTempFile("eventline-tool", ".log");
    builder.redirectOutput(log.toFile());
    for (int i = 0; i + 1 < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          command.get(0) + " did not finish in " + timeoutSeconds + " s: " + read(log));
    }
    return new Run(process.exitValue(), read(log));
  }

  private static String read(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return text;
  }
}
