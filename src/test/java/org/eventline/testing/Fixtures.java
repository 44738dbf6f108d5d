package org.eventline.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Golden-file fixtures: each folder under a kind's root is one case, found by name. */
public final class Fixtures {

  private Fixtures() {}

  /** The case folders' names under a root, sorted, for a parameterized test's source. */
  public static Stream<String> cases(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * The sentences of every article the project ships and of its text fixtures, coder reports and
   * UCDP dev headlines, split at sentence ends and line breaks: a corpus for tests that check a
   * shortcut finds what the full reading finds.
   */
  public static List<String> shippedSentences() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
      files = new ArrayList<>(walk.filter(f -> f.toString().endsWith(".txt")).toList());
    }
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      seeds.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
    }
    files.add(Path.of("eval/coder-reports.csv"));
    files.add(Path.of("eval/ucdp-dev.csv"));
    List<String> sentences = new ArrayList<>();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8); // some are not UTF-8
      sentences.addAll(List.of(text.split("(?<=[.!?\\n])\\s+")));
    }
    return sentences;
  }
}
