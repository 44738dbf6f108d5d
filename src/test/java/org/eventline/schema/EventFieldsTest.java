package org.eventline.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.curation.EventMapping;
import org.eventline.output.EventsCsv;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema is the single source of truth: the record and the CSV columns name the same fields.
 */
class EventFieldsTest {

  @Test
  void schemaRecordAndCsvNameTheSameFieldsInTheSameOrder() throws Exception {
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(Path.of("schema/event.schema.json")));
    List<String> inSchemaFile = new ArrayList<>();
    List<String> curationOnly = new ArrayList<>();
    for (var p : schema.path("properties").properties()) {
      (p.getValue().path(SchemaFields.CURATION_ONLY).asBoolean(false) ? curationOnly : inSchemaFile)
          .add(p.getKey());
    }
    assertEquals(
        List.of("suggestion"), curationOnly, "properties of curation files only, not columns");
    EventSchema loaded = EventSchema.load();
    assertEquals(inSchemaFile, loaded.fieldNames(), "the jar's schema is schema/event.schema.json");
    assertEquals(inSchemaFile, EventMapping.fieldNames(), "Event record components");
    assertEquals(inSchemaFile, new EventsCsv(loaded).columns(), "events.csv columns");
  }

  /**
   * The fields a suggestion may leave empty are the ones the schema's condition on a confirmed
   * status requires: the constant the suggester, the workbench and confirm use is the schema's.
   */
  @Test
  void theFieldsASuggestionMayLeaveEmptyAreTheOnesOnlyAConfirmedEventNeeds() {
    List<String> fromSchema =
        EventSchema.load().fields().stream()
            .filter(FieldSpec::emptyUntilConfirmed)
            .map(FieldSpec::name)
            .toList();
    assertEquals(org.eventline.curation.SuggestionTrace.MISSABLE, fromSchema);
  }

  @Test
  void shippedSchemaFilesAreTheOnesInTheJar() throws Exception {
    for (String name : List.of(EventSchema.EVENT_SCHEMA, EventSchema.CURATION_SCHEMA)) {
      assertEquals(
          Files.readString(Path.of("schema", name)), EventSchema.resource("/schema/" + name), name);
    }
  }

  @Test
  void requiredFieldsComeFromTheSchema() {
    List<String> required =
        EventSchema.load().fields().stream()
            .filter(FieldSpec::required)
            .map(FieldSpec::name)
            .toList();
    assertEquals(
        List.of(
            "id",
            "event_date",
            "event_date_end",
            "date_precision",
            "event_type",
            "sub_event_type",
            "actor1",
            "location",
            "admin1",
            "country",
            "iso3",
            "geo_precision",
            "source_quote",
            "status"),
        required);
  }

  @Test
  void docsDocumentEveryColumn() throws Exception {
    String dataset = Files.readString(Path.of("docs/dataset.md"));
    for (FieldSpec field : EventSchema.load().fields()) {
      org.junit.jupiter.api.Assertions.assertTrue(
          dataset.contains("| `" + field.name() + "` |"),
          "docs/dataset.md's column table lacks " + field.name());
    }
    List<String> rows =
        dataset
            .lines()
            .filter(l -> l.matches("\\| `[a-z0-9_]+` \\| [a-z]+.*"))
            .map(l -> l.substring(3, l.indexOf('`', 3)))
            .toList();
    assertEquals(EventSchema.load().fieldNames(), rows, "the column table's rows, in order");
  }
}
