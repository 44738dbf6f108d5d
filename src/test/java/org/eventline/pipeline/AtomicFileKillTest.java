package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way {@code suggest} replaces a curation file ({@link AtomicFile}) survives {@code kill -9}: a
 * separate JVM rewrites a 2 MB file over and over, alternating two contents, and is killed at 20
 * moments; each time the file holds one content or the other, whole, and a seeds folder never shows
 * a half-written curation file.
 */
class AtomicFileKillTest {

  @TempDir Path dir;

  static String content(char c) {
    return ("# curator's comment, kept\nevents:\n" + String.valueOf(c).repeat(2_000_000) + "\n");
  }

  @Test
  void aKilledWriterLeavesTheOldOrTheNewFile() throws Exception {
    Path file = dir.resolve("a.events.yaml");
    Files.writeString(file, content('a'));
    List<String> whole = List.of(content('a'), content('b'));
    for (int kill = 0; kill < 20; kill++) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  AtomicFileWriter.class.getName(),
                  file.toString())
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("writing", out.readLine());
      Thread.sleep(20L + 37L * kill % 400);
      p.destroyForcibly();
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      String seen = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(whole.contains(seen), "kill " + kill + ": a file of " + seen.length() + " chars");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> corpus =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(Corpus.CURATION_SUFFIX) || n.endsWith(Corpus.ARTICLE_SUFFIX))
              .toList();
      assertEquals(List.of("a.events.yaml"), corpus, "temporary files are not curation files");
    }
  }
}
