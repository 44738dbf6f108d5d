package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input in the test corpora makes the CLI print a Java stack trace or an internal error: for
 * every seeds folder under src/test/resources/fixtures and the shipped seeds, validate and build
 * exit 0 or 1 and print only problems and summaries.
 */
class NoStackTraceTest {

  @TempDir Path tmp;

  static Stream<String> corpora() throws IOException {
    List<String> all = new ArrayList<>(List.of("seeds"));
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
      walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("seeds"))
          .map(Path::toString)
          .sorted()
          .forEach(all::add);
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void validateAndBuildPrintNoStackTrace(String seeds) {
    for (String[] args :
        List.of(
            new String[] {"validate", "--seeds", seeds},
            new String[] {"build", "--seeds", seeds, "--out", tmp.resolve("out").toString()})) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
      String printed = out + "\n" + err;
      assertTrue(exit == 0 || exit == 1, args[0] + " exited " + exit + ":\n" + printed);
      assertFalse(printed.contains("Exception"), printed);
      assertFalse(printed.contains("\tat "), printed);
      assertFalse(printed.contains("internal error"), printed);
    }
  }
}
