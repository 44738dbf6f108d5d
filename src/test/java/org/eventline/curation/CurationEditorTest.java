package org.eventline.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The editing core on real curation files: an edit changes exactly one value, and undoing it gives
 * back the file byte for byte (comments, quoting, line endings, multi-line values and all).
 */
class CurationEditorTest {

  static final List<String> ORDER = order();

  static List<String> order() {
    List<String> order = new java.util.ArrayList<>(EventSchema.load().fieldNames());
    order.add(SuggestionTrace.KEY);
    return order;
  }

  static Stream<Path> curationFiles() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (String dir :
        List.of("seeds", "src/test/resources/fixtures/validate/ok/seeds", "eval/own")) {
      try (Stream<Path> list = Files.list(Path.of(dir))) {
        list.filter(p -> p.toString().endsWith(".events.yaml")).sorted().forEach(files::add);
      }
    }
    assertTrue(files.size() >= 12, "files: " + files);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("curationFiles")
  void everyEditChangesOneValueAndUndoingItRestoresEveryByte(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
      CurationEditor editor = CurationEditor.of(variant);
      List<JsonNode> events = new java.util.ArrayList<>();
      YamlTrees.read(variant).get("events").forEach(events::add);
      for (int i = 0; i < events.size(); i++) {
        boolean hadNotes = events.get(i).has("notes");
        CurationEditor.Result set = editor.setField(i, "notes", "\"an edit 🙂\"", ORDER);
        assertTrue(set.ok(), set.problem());
        assertEquals(
            "an edit 🙂",
            YamlTrees.read(set.editor().text()).get("events").get(i).get("notes").asString());
        if (!hadNotes) {
          CurationEditor.Result undone = set.editor().removeField(i, "notes");
          assertTrue(undone.ok(), undone.problem());
          assertEquals(variant, undone.editor().text(), file + " event " + i);
        }
        String status = events.get(i).get("status").asString();
        CurationEditor.Result same = editor.setField(i, "status", EventYaml.quoted(status), ORDER);
        assertTrue(same.ok(), same.problem());
      }
      Review review = Review.of("c", Instant.parse("2026-12-02T10:00:00Z"), new byte[] {1});
      CurationEditor.Result reviewed = editor.setReview(review);
      assertTrue(reviewed.ok(), reviewed.problem());
      assertEquals(review, Review.of(YamlTrees.read(reviewed.editor().text())).orElseThrow());
      if (!variant.contains("\nreview:")) {
        assertEquals(variant, reviewed.editor().removeReview().editor().text(), file.toString());
      }
      assertFalse(
          variant.contains("\r\n") && reviewed.editor().text().replace("\r\n", "").contains("\n"),
          "line endings are kept");
    }
  }

  @Test
  void aFlowStyleEventIsRefusedAndTheTextLeftAsItWas() {
    String flow = "events:\n  - {id: a, status: suggested}\n";
    CurationEditor.Result r = CurationEditor.of(flow).setField(0, "status", "\"confirmed\"", ORDER);
    assertFalse(r.ok());
    assertTrue(r.problem().endsWith("; the file was left as it was"), r.problem());
  }

  @Test
  void aMultiLineValueIsReplacedWhole() {
    String text =
        "events:\n  - id: a\n    status: suggested\n    notes: \"line one\n      line two\"\n"
            + "    curator: x  # kept\n";
    CurationEditor.Result r = CurationEditor.of(text).setField(0, "notes", "\"one\"", ORDER);
    assertTrue(r.ok(), r.problem());
    assertEquals(
        "events:\n  - id: a\n    status: suggested\n    notes: \"one\"\n    curator: x  # kept\n",
        r.editor().text());
    assertEquals(
        "events:\n  - id: a\n    status: suggested\n    curator: x  # kept\n",
        CurationEditor.of(text).removeField(0, "notes").editor().text());
  }
}
