package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBuildTest {

  static final Path SEEDS = Path.of("seeds");
  static final Path EMOJI = Path.of("src/test/resources/fixtures/build/emoji/seeds");

  @TempDir Path tmp;

  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private DatasetBuild.Result build(Path seeds, Path out) throws IOException {
    return new DatasetBuild(EventSchema.load()).run(seeds, out);
  }

  @Test
  void sameInputsGiveByteIdenticalOutputs() throws IOException {
    build(SEEDS, tmp.resolve("a"));
    build(SEEDS, tmp.resolve("b"));
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    assertTrue(a.containsKey("events.csv") && a.containsKey("events.yaml"), a.keySet().toString());
  }

  @Test
  void committedOutputIsUpToDate() throws IOException {
    build(SEEDS, tmp.resolve("fresh"));
    Map<String, byte[]> fresh = files(tmp.resolve("fresh"));
    Map<String, byte[]> committed = files(Path.of("output"));
    assertEquals(
        fresh.keySet(),
        committed.keySet(),
        "output/ is stale: rebuild it with the README's build command and commit it");
    fresh.forEach(
        (name, bytes) ->
            assertArrayEquals(
                bytes,
                committed.get(name),
                "output/"
                    + name
                    + " is stale: rebuild with the README's build command and commit it"));
  }

  @Test
  void failedBuildLeavesPreviousOutputsUntouched() throws IOException {
    Path out = tmp.resolve("out");
    assertTrue(build(SEEDS, out).published());
    Map<String, byte[]> before = files(out);
    Path broken = tmp.resolve("broken");
    Files.createDirectories(broken);
    for (Path p : Files.list(SEEDS).toList()) {
      Files.copy(p, broken.resolve(p.getFileName()));
    }
    Path curation = broken.resolve("000_26d17594a1416e60.events.yaml");
    Files.writeString(
        curation, Files.readString(curation).replace("in less than a week.", "in under a week."));
    DatasetBuild.Result result = build(broken, out);
    assertFalse(result.published());
    assertEquals(1, result.report().errors(), result.report().problems().toString());
    Map<String, byte[]> after = files(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(
        List.of("out"),
        Files.list(tmp)
            .map(p -> p.getFileName().toString())
            .filter(n -> n.contains("out"))
            .toList(),
        "no staging folder is left beside the output");
  }

  @Test
  void offsetsCountCodePointsPastAnEmojiAndCrlf() throws IOException {
    build(EMOJI, tmp.resolve("e"));
    String csv = Files.readString(tmp.resolve("e/events.csv"));
    String article = Files.readString(EMOJI.resolve("kharkiv.txt"));
    int utf16 = article.indexOf("Shelling hit");
    int codePoints = article.codePointCount(0, utf16);
    assertEquals(
        utf16 - 1, codePoints, "one emoji before the quote: one UTF-16 unit more than code points");
    assertTrue(
        csv.contains(
            ",kharkiv,2022-03-01,\"Shelling hit the centre of Kharkiv on Monday, killing 4 civilians, the governor said.\","
                + codePoints
                + ","
                + (codePoints + 85)
                + ","),
        csv);
    assertTrue(
        csv.contains("\"Residents said:\r\n\u201cWe heard explosions.\u201d\""),
        "a multi-line quote keeps its CRLF");
    assertFalse(csv.contains("Crowds"), "suggested events are not published");
  }
}
