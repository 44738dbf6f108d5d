package org.eventline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.eventline.suggest.casualties.CasualtyExpressions;
import org.eventline.suggest.casualties.CasualtyMention;
import org.eventline.suggest.dates.DateExpressions;
import org.eventline.suggest.dates.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code fixtures/extraction/} holds sentences and what the
 * extractors must find in them (format in the folder's README). Regenerate with {@code
 * -Deventline.golden.update=true}.
 */
class ExtractionGoldenTest {

  private static final Path ROOT = Path.of("src/test/resources/fixtures/extraction");

  static Stream<String> cases() throws IOException {
    return org.eventline.testing.Fixtures.cases(ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractorsFindWhatTheGoldenFileSays(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    String actual = render(Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8));
    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("eventline.golden.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expectedFile),
        expectedFile + " is missing; run with -Deventline.golden.update=true and review it");
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
  }

  static String render(String input) {
    StringBuilder out = new StringBuilder();
    LocalDate published = null;
    for (String line : input.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("date ")) {
        published = LocalDate.parse(line.substring(5).trim());
        continue;
      }
      if (published == null) {
        throw new IllegalArgumentException("no 'date YYYY-MM-DD' line before: " + line);
      }
      out.append("> ").append(line).append('\n');
      for (DateMention d : DateExpressions.find(line, published)) {
        out.append(
            String.format(
                "  date [%s] %s..%s %s | %s\n",
                d.phrase(), d.from(), d.to(), d.precision(), d.rule()));
      }
      for (CasualtyMention c : CasualtyExpressions.find(line)) {
        out.append(
            String.format(
                "  casualty [%s] %s low=%s best=%s high=%s | %s\n",
                c.phrase(), c.kind(), show(c.low()), show(c.best()), show(c.high()), c.rule()));
      }
    }
    return out.toString().replace("\r\n", "\n");
  }

  private static String show(Integer n) {
    return n == null ? "-" : n.toString();
  }
}
