package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    try (Stream<Path> files = Files.list(SharedResources.projectDir().resolve("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
        if (f.toString().endsWith(".events.yaml")) {
          curated.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    assertTrue(curated.size() >= 10, "curated files: " + curated.size());
    SuggestRun run = new SuggestRun(SharedResources.schema(), SharedResources.suggester());
    SuggestRun.Result first = run.run(seeds, List.of());
    assertTrue(first.ok(), first.problems().toString());
    assertTrue(first.added() > 0);
    for (Map.Entry<String, byte[]> e : curated.entrySet()) {
      byte[] now = Files.readAllBytes(seeds.resolve(e.getKey()));
      assertArrayEquals(e.getValue(), Arrays.copyOf(now, e.getValue().length), e.getKey());
    }
    ValidationReport report = new DatasetValidation(SharedResources.schema()).run(seeds);
    assertTrue(report.ok(), report.problems().toString());
    assertEquals(0, report.warnings(), report.problems().toString());
    Map<String, byte[]> afterFirst = new HashMap<>();
    for (String name : curated.keySet()) {
      afterFirst.put(name, Files.readAllBytes(seeds.resolve(name)));
    }
    assertEquals(0, run.run(seeds, List.of()).added());
    for (String name : curated.keySet()) {
      assertArrayEquals(afterFirst.get(name), Files.readAllBytes(seeds.resolve(name)), name);
    }
  }
}
