package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.curation.EventYaml;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.suggest.SharedResources;
import org.eventline.suggest.Suggestion;
import org.eventline.validate.CurationValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cheap check of suggest's candidates accepts what full validation accepts, and a candidate of
 * a shape already seen that breaks a value constraint or a rule is still fully validated and
 * dropped with validate's message.
 */
class CandidateCheckTest {

  private static final EventSchema SCHEMA = SharedResources.schema();

  private static CandidateCheck check() {
    Set<String> required = new java.util.HashSet<>();
    SCHEMA.fields().stream().filter(FieldSpec::required).forEach(f -> required.add(f.name()));
    return new CandidateCheck(SCHEMA, new CurationValidator(SCHEMA), Set.copyOf(required));
  }

  private record Candidate(EventYaml.Entry entry, Article article) {}

  private static List<Candidate> candidates() throws IOException {
    List<Candidate> out = new ArrayList<>();
    Path fixtures = Path.of("src/test/resources/fixtures/suggest");
    List<Path> texts;
    try (Stream<Path> files = Files.walk(fixtures)) {
      texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : texts) {
      String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
      Article article = ArticleParser.parse(f.toString(), id, Files.readString(f)).article();
      if (article != null) {
        for (Suggestion s : SharedResources.suggester().suggest(article)) {
          out.add(new Candidate(s.entry(), article));
        }
      }
    }
    return out;
  }

  @Test
  void everyFixtureSuggestionPassesAndMostWithoutAFullValidation() throws IOException {
    List<Candidate> all = candidates();
    assertTrue(all.size() >= 30, "candidates: " + all.size());
    CandidateCheck shared = check();
    for (Candidate c : all) {
      assertEquals(List.of(), check().errors(c.entry(), c.article(), "x.events.yaml"));
      assertEquals(List.of(), shared.errors(c.entry(), c.article(), "x.events.yaml"));
    }
    assertTrue(
        shared.fullChecks() < all.size() / 2,
        shared.fullChecks() + " full validations for " + all.size() + " candidates");
  }

  @Test
  void aBrokenCandidateOfAShapeSeenValidIsStillDroppedWithValidatesMessage() throws IOException {
    Candidate c = candidates().get(0);
    CandidateCheck check = check();
    assertEquals(List.of(), check.errors(c.entry(), c.article(), "x.events.yaml"));
    List<Consumer<ObjectNode>> breaks =
        List.of(
            n -> n.put("source_quote", "words this article never says"),
            n -> n.put("id", "an id with spaces"),
            n -> n.put("notes", "x".repeat(5001)),
            n -> n.put("event_date", c.article().publicationDate().plusDays(1).toString()),
            n -> n.put("event_date_end", c.article().publicationDate().plusDays(1).toString()),
            n -> n.put("iso3", "XXX"),
            n -> n.put("latitude", 91));
    for (Consumer<ObjectNode> change : breaks) {
      ObjectNode node = EventMapping.toNode(c.entry().event());
      change.accept(node);
      Event broken = EventMapping.fromNode(node);
      EventYaml.Entry entry = new EventYaml.Entry(broken, c.entry().suggestion());
      List<Problem> cheap = check.errors(entry, c.article(), "x.events.yaml");
      List<Problem> full = check().errors(entry, c.article(), "x.events.yaml");
      assertFalse(full.isEmpty(), node.toString());
      assertEquals(full, cheap);
    }
  }

  @Test
  void theShippedSchemaIsReadWholeAndTiesTypeToSubTypeAndStatusToTheFieldsItRequires() {
    org.eventline.schema.ValueConstraints constraints =
        org.eventline.schema.ValueConstraints.of(SCHEMA);
    assertTrue(constraints.complete());
    assertEquals(
        Set.of(
            "event_type",
            "sub_event_type",
            "status",
            "actor1",
            "location",
            "country",
            "iso3",
            "geo_precision"),
        constraints.conditionalFields());
    tools.jackson.databind.node.JsonNodeFactory f =
        tools.jackson.databind.node.JsonNodeFactory.instance;
    // a confirmed event needs a location: whether it is one matters, not which
    assertEquals("STRING", constraints.shapeOf("location", f.stringNode("Kabul")));
    assertEquals("NULL", constraints.shapeOf("location", f.nullNode()));
    // the sub-type's allowed values depend on the type: the value matters
    assertEquals(
        "\"Armed clash\"", constraints.shapeOf("sub_event_type", f.stringNode("Armed clash")));
    assertEquals("\"confirmed\"", constraints.shapeOf("status", f.stringNode("confirmed")));
  }
}
