package org.eventline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.suggest.casualties.CasualtyExpressions;
import org.eventline.suggest.casualties.CasualtyMention;
import org.eventline.suggest.dates.DateExpressions;
import org.eventline.suggest.dates.DateMention;
import org.eventline.suggest.dates.Precision;
import org.eventline.suggest.text.Sentence;
import org.junit.jupiter.api.Test;

/** What holds for every sentence: the golden inputs, and scrambled text. */
class ExtractorPropertiesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/fixtures/extraction");

  record Sentence(String text, LocalDate published) {}

  @Test
  void precisionsAreTheSchemasDatePrecisionValues() {
    FieldSpec field =
        EventSchema.load().fields().stream()
            .filter(f -> f.name().equals("date_precision"))
            .findFirst()
            .orElseThrow();
    assertEquals(field.enumValues(), Stream.of(Precision.values()).map(Precision::value).toList());
  }

  @Test
  void mentionsAreInTextOrderDisjointAndNeverAfterPublication() throws IOException {
    List<Sentence> sentences = goldenSentences();
    assertTrue(sentences.size() > 200, "golden inputs: " + sentences.size());
    for (Sentence s : sentences) {
      int lastEnd = 0;
      for (DateMention d : DateExpressions.find(s.text(), s.published())) {
        assertTrue(d.start() >= lastEnd, "overlap or disorder in " + s.text());
        assertEquals(s.text().substring(d.start(), d.end()), d.phrase());
        assertFalse(d.to().isAfter(s.published()), d + " in " + s.text());
        assertFalse(d.from().isAfter(d.to()), d.toString());
        lastEnd = d.end();
      }
      int lastStart = 0;
      for (CasualtyMention c : CasualtyExpressions.find(s.text())) {
        assertTrue(c.start() >= lastStart, "disorder in " + s.text());
        assertEquals(s.text().substring(c.start(), c.end()), c.phrase());
        lastStart = c.start();
      }
    }
  }

  @Test
  void sameInputSameOutput() throws IOException {
    for (Sentence s : goldenSentences()) {
      assertEquals(
          DateExpressions.find(s.text(), s.published()),
          DateExpressions.find(s.text(), s.published()));
      assertEquals(CasualtyExpressions.find(s.text()), CasualtyExpressions.find(s.text()));
    }
  }

  @Test
  void scrambledTextNeverBreaksTheExtractors() throws IOException {
    List<Sentence> sentences = goldenSentences();
    Random random = new Random(42);
    String alphabet = " 0123456789-/.,'’$%:;()AaMmJjSsTtWwDdOoNnFf\u00e9\u2014\n";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      String words = sentences.get(random.nextInt(sentences.size())).text();
      for (int j = 0; j < 60; j++) {
        if (random.nextBoolean() && !words.isEmpty()) {
          int at = random.nextInt(words.length());
          text.append(words, at, Math.min(words.length(), at + 1 + random.nextInt(12)));
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      LocalDate published = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
      for (DateMention d : DateExpressions.find(text.toString(), published)) {
        assertFalse(d.to().isAfter(published), d + " in " + text);
      }
      CasualtyExpressions.find(text.toString());
    }
    assertEquals(List.of(), DateExpressions.find("", LocalDate.of(2021, 8, 11)));
    assertEquals(List.of(), CasualtyExpressions.find(""));
  }

  static List<Sentence> goldenSentences() throws IOException {
    List<Sentence> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      for (Path dir : dirs.sorted().toList()) {
        Path input = dir.resolve("input.txt");
        if (!Files.exists(input)) {
          continue;
        }
        LocalDate published = null;
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
          if (line.startsWith("date ")) {
            published = LocalDate.parse(line.substring(5).trim());
          } else if (!line.isBlank() && !line.startsWith("#")) {
            all.add(new Sentence(line, published));
          }
        }
      }
    }
    return all;
  }
}
