package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, validated by the real jar in a JVM limited to {@value #HEAP} of heap: each must
 * be refused with its one clear message and exit code 1, never an OutOfMemoryError (exit 3) or a
 * stack trace. Prints the peak heap each run used (measured by {@link PeakHeap}).
 */
class HostileInputIT {

  static final String HEAP = "32m";
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");
  private static final Pattern PEAK = Pattern.compile("peak heap: (\\d+) KB");

  @TempDir Path dir;

  /** A hostile input: how to make its seeds folder, and the first line validate must print. */
  interface Maker {
    void make(Path seeds) throws IOException;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture :
        List.of(
            "hostile-alias-bomb",
            "hostile-alias",
            "hostile-java-tag",
            "hostile-custom-tag",
            "hostile-deep-nesting",
            "hostile-two-documents")) {
      cases.add(
          Arguments.of(
              fixture, (Maker) seeds -> copy(FIXTURES.resolve(fixture).resolve("seeds"), seeds)));
    }
    cases.add(
        Arguments.of(
            "a value of 1.5 million characters",
            (Maker)
                seeds -> curation(seeds, "events:\n  - id: \"" + "x".repeat(1_500_000) + "\"\n")));
    cases.add(
        Arguments.of(
            "1.9 MB of '['",
            (Maker) seeds -> curation(seeds, "events: " + "[".repeat(1_900_000) + "\n")));
    cases.add(
        Arguments.of(
            "100,000 keys in one mapping",
            (Maker) seeds -> curation(seeds, lines("events: []", 100_000, i -> "k" + i + ": 1"))));
    cases.add(
        Arguments.of(
            "200,000 empty events",
            (Maker) seeds -> curation(seeds, lines("events:", 200_000, i -> "- {}"))));
    cases.add(
        Arguments.of(
            "999 events without fields",
            (Maker) seeds -> curation(seeds, lines("events:", 999, i -> "- {}"))));
    cases.add(
        Arguments.of(
            "250 events of 199 unknown fields",
            (Maker)
                seeds ->
                    curation(
                        seeds,
                        lines(
                            "events:",
                            250 * 199,
                            i -> (i % 199 == 0 ? "- " : "  ") + "k" + (i % 199) + ": 1"))));
    cases.add(
        Arguments.of(
            "a 3 MB curation file",
            (Maker) seeds -> curation(seeds, lines("events:", 200_000, i -> "# padding " + i))));
    cases.add(
        Arguments.of(
            "a 300 MB article",
            (Maker)
                seeds -> {
                  try (RandomAccessFile f =
                      new RandomAccessFile(seeds.resolve("a.txt").toFile(), "rw")) {
                    f.setLength(300L * 1024 * 1024);
                  }
                }));
    return cases.stream();
  }

  static final List<String> EXPECTED =
      List.of(
          "seeds/a.events.yaml:1:4: error: YAML anchors ('&a') are not allowed in a curation file;"
              + " remove the anchor and write every value out in full",
          "seeds/a.events.yaml:15:15: error: YAML aliases ('*place') are not allowed in a curation"
              + " file; write the value out in full",
          "seeds/a.events.yaml:1:9: error: YAML tags such as '!!javax.script.ScriptEngineManager'"
              + " are not allowed in a curation file: values are plain text, numbers and dates;"
              + " remove the tag",
          "seeds/a.events.yaml:11:13: error: YAML tags such as '!org.eventline.Evil' are not"
              + " allowed in a curation file: values are plain text, numbers and dates; remove the"
              + " tag",
          "seeds/a.events.yaml:1:58: error: the YAML is nested more than 50 levels deep here; a"
              + " curation file needs 3 (a mapping with a list of events, each a mapping of fields)",
          "seeds/a.events.yaml:27:1: error: a second YAML document starts here; a curation file is"
              + " one document: remove the '---' line or move the events into the first document",
          "seeds/a.events.yaml:2:9: error: a value of 1500000 characters starts here; the limit is"
              + " 100000 characters per value",
          "seeds/a.events.yaml:1:58: error: the YAML is nested more than 50 levels deep here; a"
              + " curation file needs 3 (a mapping with a list of events, each a mapping of fields)",
          "seeds/a.events.yaml:201:1: error: a mapping with more than 200 keys; an event has at"
              + " most 200 fields (the schema has far fewer)",
          "seeds/a.events.yaml:1002:3: error: a list with more than 1000 items; a curation file"
              + " holds at most 1000 events: split the article",
          "seeds/a.events.yaml:1:1: error: more than 1000 schema problems in this file (12986 more"
              + " not shown); fix these and validate again",
          "seeds/a.events.yaml:1:1: error: more than 1000 schema problems in this file (52250 more"
              + " not shown); fix these and validate again",
          "seeds/a.events.yaml:1:1: error: the file is 3 MB; the limit is 2 MB per curation file:"
              + " split the article (the file was not read)",
          "seeds/a.txt:1:1: error: the file is 300 MB; the limit is 16 MB per article: split it"
              + " into several articles (the file was not read)");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedClearlyInLittleMemory(String name, Maker maker) throws Exception {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    maker.make(seeds);
    if (!Files.exists(seeds.resolve("a.txt"))) {
      Files.copy(FIXTURES.resolve("ok/seeds/a.txt"), seeds.resolve("a.txt"));
    }
    JarRun.Outcome run =
        JarRun.java(
            dir,
            List.of(
                JarRun.javaExecutable(),
                "-Xmx" + HEAP,
                "-cp",
                JarRun.jar() + java.io.File.pathSeparator + testClasses(),
                PeakHeap.class.getName(),
                "validate",
                "--seeds",
                "seeds"));
    String expected = EXPECTED.get(cases().map(a -> (String) a.get()[0]).toList().indexOf(name));
    assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
    assertEquals(1, run.exit(), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    Matcher peak = PEAK.matcher(run.out());
    assertFalse(!peak.find(), run.out());
    System.out.printf(
        "hostile input '%s': refused, peak heap %d KB (limit -Xmx%s)%n",
        name, Long.parseLong(peak.group(1)), HEAP);
  }

  private static Path testClasses() {
    try {
      return Path.of(PeakHeap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Line {
    String of(int i);
  }

  private static String lines(String first, int n, Line line) {
    StringBuilder s = new StringBuilder(first).append('\n');
    for (int i = 0; i < n; i++) {
      s.append(line.of(i)).append('\n');
    }
    return s.toString();
  }

  private static void curation(Path seeds, String yaml) throws IOException {
    Files.writeString(seeds.resolve("a.events.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
