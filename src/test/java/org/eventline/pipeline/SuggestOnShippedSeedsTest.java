package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * suggest on a copy of the shipped seeds, curated files and all: every curated byte stays, the
 * suggestions validate, a second run adds nothing.
 */
class SuggestOnShippedSeedsTest {

  @TempDir Path seeds;

  @Test
  void curatedFilesKeepTheirBytesAndEverythingValidates() throws IOException {
    Map<String, byte[]> curated = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
        if (f.toString().endsWith(".events.yaml")) {
          curated.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    assertTrue(curated.size() >= 10, "curated files: " + curated.size());
    SuggestRun run = new SuggestRun(SharedResources.schema(), SharedResources.suggester());

    // Plain suggest leaves finished work alone: every shipped article is marked reviewed.
    SuggestRun.Result plain = run.run(seeds, List.of());
    assertTrue(plain.ok(), plain.problems().toString());
    assertEquals(0, plain.added());
    assertEquals(curated.size(), plain.files().stream().filter(f -> f.skipped()).count());
    for (Map.Entry<String, byte[]> e : curated.entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(seeds.resolve(e.getKey())), e.getKey());
    }

    // --include-reviewed adds to them: the curator's bytes stay, only the review mark goes.
    SuggestRun.Result first = run.run(seeds, List.of(), true);
    assertTrue(first.ok(), first.problems().toString());
    assertTrue(first.added() > 0);
    for (Map.Entry<String, byte[]> e : curated.entrySet()) {
      String was = new String(e.getValue(), StandardCharsets.UTF_8);
      String now = Files.readString(seeds.resolve(e.getKey()), StandardCharsets.UTF_8);
      boolean added =
          first.files().stream().anyMatch(f -> f.file().endsWith(e.getKey()) && f.added() > 0);
      String expected = added ? was.replaceFirst("(?m)^review:\n(  .*\n)+", "") : was;
      assertTrue(now.startsWith(expected), e.getKey());
      assertEquals(added, !now.contains("\nreview:\n"), e.getKey());
    }
    ValidationReport report = new DatasetValidation(SharedResources.schema()).run(seeds);
    assertTrue(report.ok(), report.problems().toString());
    assertEquals(
        first.added(),
        report.warnings(),
        "one warning per suggestion awaiting review, nothing else: " + report.problems());
    Map<String, byte[]> afterFirst = new HashMap<>();
    for (String name : curated.keySet()) {
      afterFirst.put(name, Files.readAllBytes(seeds.resolve(name)));
    }
    assertEquals(0, run.run(seeds, List.of(), true).added());
    for (String name : curated.keySet()) {
      assertArrayEquals(afterFirst.get(name), Files.readAllBytes(seeds.resolve(name)), name);
    }
  }
}
