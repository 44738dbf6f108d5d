package org.eventline.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A new curation file is written without being read back (nothing of a curator's is in it), so this
 * test reads it back instead: every event, hostile strings included, comes back as written.
 * Appending to an existing file keeps its bytes, and what cannot be extended as text is refused.
 */
class SuggestionAppenderTest {

  private static EventYaml.Entry entry(String id, String quote, String reasons) {
    Event e =
        SampleEvents.event(id)
            .actor1("A: \"the\" #1")
            .location("Vučić's - town")
            .country("C")
            .geoPrecision(3)
            .sourceQuote(quote)
            .quoteEnd(quote.length())
            .status(Event.SUGGESTED)
            .curator(null)
            .build();
    return new EventYaml.Entry(e, SuggestionTrace.of(e, new BigDecimal("0.40"), reasons));
  }

  private static final List<EventYaml.Entry> EVENTS =
      List.of(
          entry("s-1", "yes", "Type: 'null' -> ...: # not a comment"),
          entry("s-2", "line one\nline two\r\n\ttab \u2028 \uD83D\uDE00", "- not a list"),
          entry("s-3", "   spaced   ", "He said: \"stop\" \\ and left"));

  @Test
  void aNewFileReadsBackAsTheEventsWritten() {
    SuggestionAppender.Result r =
        SuggestionAppender.append(null, List.of("suggested", ""), EVENTS, Set.of("admin1"));
    assertTrue(r.ok(), r.problem());
    assertTrue(r.text().startsWith("# suggested\n#\nevents:\n"), r.text());
    JsonNode events = YamlTrees.read(r.text()).get(CurationDocument.EVENTS);
    assertEquals(EVENTS.size(), events.size());
    for (int i = 0; i < EVENTS.size(); i++) {
      Event e = EVENTS.get(i).event();
      JsonNode n = events.get(i);
      assertEquals(e.id(), n.get("id").asString());
      assertEquals(e.sourceQuote(), n.get("source_quote").asString());
      assertEquals(e.actor1(), n.get("actor1").asString());
      assertEquals(e.location(), n.get("location").asString());
      assertEquals(
          EVENTS.get(i).suggestion().reasons(), n.get("suggestion").get("reasons").asString());
    }
    CurationReader.Result read = CurationReader.read("a.events.yaml", "a", r.text());
    assertEquals(List.of(), read.problems());
  }

  @Test
  void anExistingFileKeepsItsBytesAndGetsTheNewEventsAtTheEnd() {
    String existing =
        SuggestionAppender.append(null, List.of("mine"), EVENTS.subList(0, 1), Set.of())
                .text()
                .replace("events:\n", "# my comment\nevents:   # kept\n")
            + "  # trailing comment\n";
    SuggestionAppender.Result r =
        SuggestionAppender.append(existing, List.of(), EVENTS.subList(1, 3), Set.of());
    assertTrue(r.ok(), r.problem());
    assertTrue(r.text().startsWith(existing), r.text());
    assertEquals(3, YamlTrees.read(r.text()).get(CurationDocument.EVENTS).size());
  }

  @Test
  void whatCannotBeExtendedAsTextIsRefused() {
    SuggestionAppender.Result flow =
        SuggestionAppender.append("events: [{id: x}]\n", List.of(), EVENTS, Set.of());
    assertNull(flow.text());
    assertTrue(flow.problem().contains("flow list"), flow.problem());
    SuggestionAppender.Result notLast =
        SuggestionAppender.append("events:\nother: 1\n", List.of(), EVENTS, Set.of());
    assertTrue(notLast.problem().contains("not the last part"), notLast.problem());
    SuggestionAppender.Result noList =
        SuggestionAppender.append("title: x\n", List.of(), EVENTS, Set.of());
    assertTrue(noList.problem().contains("no top-level 'events:'"), noList.problem());
  }
}
