package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eventline.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of {@code eventline validate}: each folder under {@code fixtures/validate/} is
 * a case (see the README there): its {@code seeds/} is validated and the printed problems must
 * equal {@code expected.txt} exactly.
 */
class ValidateFixturesTest {

  static final Path ROOT = Path.of("src/test/resources/fixtures/validate");

  /**
   * Set this system property ({@code mvn test -Dtest=ValidateFixturesTest -Dfixtures.update=true})
   * to rewrite every expected.txt from what validate prints now; then read the diff before
   * committing it.
   */
  static final String UPDATE = "fixtures.update";

  static Stream<String> cases() throws IOException {
    return org.eventline.testing.Fixtures.cases(ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsExactlyTheExpectedProblems(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.execute(
            new String[] {"validate", "--seeds", dir.resolve("seeds").toString()},
            new PrintWriter(out),
            new PrintWriter(err));
    String printed = err.toString().replace(dir.toString() + "/", "").replace("\r\n", "\n");
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(dir.resolve("expected.txt"), printed, StandardCharsets.UTF_8);
      expected = printed;
    }
    assertEquals(expected, printed, "problems printed for fixture " + name);
    boolean anyError = expected.lines().anyMatch(l -> l.contains(": error: "));
    assertEquals(anyError ? 1 : 0, exit, "exit code for fixture " + name);
  }
}
