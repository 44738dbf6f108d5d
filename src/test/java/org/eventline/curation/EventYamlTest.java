package org.eventline.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class EventYamlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "He said: \"stop\" \\ and left",
        "line one\nline two\r\nthree\ttab",
        "curly “quotes” — dash, Vučić, Erdoğan, ‍zero-width joiner",
        "# not a comment",
        "- not a list",
        "yes",
        "null",
        "2021-08-11",
        "control \u0001 and \u2028 separator and \uFEFF bom",
        "emoji \uD83D\uDE00 pair",
        "   leading and trailing spaces   "
      })
  void aStringReadsBackExactly(String text) {
    String yaml = "value: " + EventYaml.quoted(text) + "\n";
    JsonNode node = YamlTrees.read(yaml);
    assertEquals(text, node.get("value").asString());
  }

  /**
   * snakeyaml-engine 3.0.1 threw IndexOutOfBoundsException when an emoji straddled its 1024-char
   * read window; 3.2 (pinned in the pom) reads it. Both YAML passes of the reader see each offset.
   */
  @org.junit.jupiter.api.Test
  void anEmojiAcrossTheParsersReadWindowReadsBack() {
    for (int pad = 1000; pad < 1030; pad++) {
      String text = "x".repeat(pad) + "\uD83D\uDE00 end";
      String yaml = "value: " + EventYaml.quoted(text) + "\n";
      CurationReader.Result read = CurationReader.read("a.events.yaml", "a", yaml);
      assertEquals(List.of(), read.problems(), "pad " + pad);
      assertEquals(text, YamlTrees.read(yaml).get("value").asString(), "pad " + pad);
    }
  }

  @org.junit.jupiter.api.Test
  void requiredEmptyFieldsAreWrittenAsNull() {
    Event e =
        SampleEvents.event("s-1")
            .actor1("A")
            .location("L")
            .country("C")
            .geoPrecision(3)
            .articleId(null)
            .articleDate(null)
            .sourceQuote("quote")
            .quoteEnd(5)
            .status(Event.SUGGESTED)
            .curator(null)
            .build();
    SuggestionTrace trace = SuggestionTrace.of(e, new java.math.BigDecimal("0.50"), "Type: test.");
    List<String> lines = EventYaml.item(new EventYaml.Entry(e, trace), "  ", Set.of("admin1"));
    assertEquals("  - id: \"s-1\"", lines.get(0));
    assertEquals("    status: \"suggested\"", lines.get(1));
    int block = lines.indexOf("    suggestion:");
    assertEquals(true, block > 1, "the suggestion block follows the fields");
    assertEquals("      id: \"s-1\"", lines.get(block + 1));
    assertEquals("      confidence: 0.50", lines.get(block + 2));
    assertEquals("      reasons: \"Type: test.\"", lines.get(lines.size() - 1));
    assertEquals(false, lines.stream().anyMatch(l -> l.contains("notes")));
    assertEquals(true, lines.contains("    admin1: null"));
    assertEquals(false, lines.stream().anyMatch(l -> l.contains("admin2")));
  }
}
