package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * suggest with several workers writes the same bytes as with one: 60 articles made from the shipped
 * seed articles' paragraphs (one of them malformed, which is reported while the run goes on).
 */
class SuggestParallelTest {

  @TempDir Path work;

  @Test
  void threeWorkersWriteExactlyWhatOneWrites() throws IOException {
    Path one = Files.createDirectory(work.resolve("one"));
    Path three = Files.createDirectory(work.resolve("three"));
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        lines.subList(1, lines.size()).stream()
            .filter(l -> l.strip().length() > 80)
            .forEach(paragraphs::add);
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      StringBuilder text =
          new StringBuilder(i == 17 ? "no date line\n" : "date 2020-0" + (1 + i % 9) + "-15\n");
      for (int p = 0; p < 3 + random.nextInt(5); p++) {
        text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      String name = String.format(Locale.ROOT, "a-%02d.txt", i);
      Files.writeString(one.resolve(name), text, StandardCharsets.UTF_8);
      Files.writeString(three.resolve(name), text, StandardCharsets.UTF_8);
    }
    SuggestRun run = new SuggestRun(SharedResources.schema(), SharedResources.suggester());
    SuggestRun.Result a = run.run(one, List.of(), false, 1);
    List<String> told = new ArrayList<>();
    Progress progress =
        new Progress() {
          @Override
          public void start(int total) {
            told.add("start " + total);
          }

          @Override
          public void advance() {
            told.add("advance");
          }

          @Override
          public void finish() {
            told.add("finish");
          }
        };
    SuggestRun.Result b = run.run(three, List.of(), false, 3, progress);
    List<String> expected = new ArrayList<>(List.of("start 60"));
    expected.addAll(java.util.Collections.nCopies(60, "advance"));
    expected.add("finish");
    assertEquals(expected, told, "every article, the malformed one too, is told once, in order");

    assertEquals(
        1, a.problems().stream().filter(p -> p.isError()).count(), a.problems().toString());
    assertTrue(a.added() > 60, "suggestions: " + a.added());
    // a candidate that does not validate is dropped with a warning that calls it a bug: none here
    assertTrue(
        a.problems().stream().noneMatch(p -> p.message().contains("this is a bug")),
        a.problems().toString());
    assertEquals(
        a.problems().stream().map(p -> p.format().replace(one.toString(), "")).toList(),
        b.problems().stream().map(p -> p.format().replace(three.toString(), "")).toList());
    assertEquals(
        a.files().stream().map(f -> f.added() + " " + Path.of(f.file()).getFileName()).toList(),
        b.files().stream().map(f -> f.added() + " " + Path.of(f.file()).getFileName()).toList());
    assertEquals(a.newActors(), b.newActors());
    TreeMap<String, byte[]> left = contents(one);
    TreeMap<String, byte[]> right = contents(three);
    assertEquals(left.keySet(), right.keySet());
    assertTrue(left.size() > 100, "files: " + left.size());
    for (String name : left.keySet()) {
      assertArrayEquals(left.get(name), right.get(name), name);
    }
  }

  private static TreeMap<String, byte[]> contents(Path dir) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        out.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return out;
  }
}
