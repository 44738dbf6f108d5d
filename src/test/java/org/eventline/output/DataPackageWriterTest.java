package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.schema.EventSchema;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DataPackageWriterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SCHEMA = Path.of("schema");

  private final EventSchema schema = EventSchema.load();

  private static byte[] csv(EventSchema schema) throws IOException {
    StringBuilder out = new StringBuilder();
    new EventsCsv(schema).write(SampleEvents.small(), out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Error> validate(String profile, JsonNode document) throws IOException {
    // The profiles declare draft-04 ("$schema": "http://json-schema.org/draft-04/schema#").
    String text = Files.readString(SCHEMA.resolve("frictionless").resolve(profile));
    assertTrue(text.contains("\"http://json-schema.org/draft-04/schema#\""), profile);
    Schema validator =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text);
    return validator.validate(document);
  }

  @Test
  void packageValidatesAgainstThePinnedFrictionlessProfiles() throws IOException {
    String written = new DataPackageWriter(schema).write(csv(schema));
    JsonNode pkg = JSON.readTree(written);
    assertEquals(List.of(), validate("tabular-data-package.json", pkg));
    assertEquals(List.of(), validate("data-package.json", pkg));
    JsonNode resource = pkg.path("resources").get(0);
    assertEquals(List.of(), validate("tabular-data-resource.json", resource));
    assertEquals(List.of(), validate("table-schema.json", resource.path("schema")));
  }

  @Test
  void theProfileCheckCanFail() throws IOException {
    ObjectNode pkg = new DataPackageWriter(schema).descriptor(csv(schema));
    ObjectNode field =
        (ObjectNode) pkg.path("resources").get(0).path("schema").path("fields").get(0);
    field.put("type", "text");
    assertFalse(validate("tabular-data-package.json", pkg).isEmpty());
    ObjectNode noProfile = new DataPackageWriter(schema).descriptor(csv(schema));
    noProfile.remove("profile");
    assertFalse(validate("tabular-data-package.json", noProfile).isEmpty());
  }

  @Test
  void everyCsvColumnIsDescribedWithItsType() throws IOException {
    byte[] csv = csv(schema);
    JsonNode resource = new DataPackageWriter(schema).descriptor(csv).path("resources").get(0);
    List<String> names = new ArrayList<>();
    for (JsonNode field : resource.path("schema").path("fields")) {
      names.add(field.path("name").asString());
      assertTrue(
          List.of("string", "integer", "number", "date").contains(field.path("type").asString()),
          field.toString());
      assertFalse(field.path("description").asString().isBlank(), field.toString());
    }
    String header = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertEquals(List.of(header.split(",")), names);
    assertEquals(new EventsCsv(schema).columns(), names);
    assertEquals("id", resource.path("schema").path("primaryKey").asString());
    assertEquals("[\"\"]", resource.path("schema").path("missingValues").toString());
    assertEquals(csv.length, resource.path("bytes").asInt());
    assertEquals("sha256:" + DataPackageWriter.sha256(csv), resource.path("hash").asString());
    assertEquals(64 + 7, resource.path("hash").asString().length());
  }

  @Test
  void fieldsCarryTheSchemaTypesFormatsAndConstraints() throws IOException {
    JsonNode fields =
        new DataPackageWriter(schema)
            .descriptor(csv(schema))
            .path("resources")
            .get(0)
            .path("schema")
            .path("fields");
    JsonNode date = find(fields, "event_date");
    assertEquals("date", date.path("type").asString());
    assertTrue(date.path("constraints").path("required").asBoolean());
    JsonNode type = find(fields, "event_type");
    assertEquals(type.path("constraints").path("enum"), type.path("categories"));
    assertEquals("Battles", type.path("categories").get(0).asString());
    JsonNode fatalities = find(fields, "fatalities");
    assertEquals("integer", fatalities.path("type").asString());
    assertEquals(0, fatalities.path("constraints").path("minimum").asInt());
    assertFalse(fatalities.path("constraints").has("required"));
    assertEquals("number", find(fields, "latitude").path("type").asString());
    assertEquals("[A-Z]{3}", find(fields, "iso3").path("constraints").path("pattern").asString());
    assertTrue(find(fields, "id").path("constraints").path("unique").asBoolean());
    // actor1_category allows null in the schema: not required, and null is no category.
    JsonNode category = find(fields, "actor1_category");
    assertFalse(category.path("constraints").has("required"));
    assertEquals(8, category.path("categories").size());
  }

  @Test
  void aChangedSchemaChangesThePackage() throws IOException {
    ObjectNode event =
        (ObjectNode) JSON.readTree(Files.readString(SCHEMA.resolve("event.schema.json")));
    ObjectNode properties = (ObjectNode) event.get("properties");
    // Rename notes to curator_notes, add a field, and add an event type.
    ObjectNode renamed = new ObjectNode(JSON.getNodeFactory());
    properties
        .properties()
        .forEach(
            e ->
                renamed.set(
                    e.getKey().equals("notes") ? "curator_notes" : e.getKey(), e.getValue()));
    ObjectNode extra = renamed.putObject("weapon");
    extra.put("type", "string");
    extra.put("maxLength", 40);
    extra.put("description", "The weapon named in the text.");
    ((ArrayNode) renamed.path("event_type").path("enum")).add("Test type");
    event.set("properties", renamed);
    ((ArrayNode) event.get("required")).add("weapon");
    EventSchema changed =
        EventSchema.of(
            JSON.writeValueAsString(event),
            Files.readString(SCHEMA.resolve("curation.schema.json")));

    JsonNode fields =
        new DataPackageWriter(changed)
            .descriptor(new byte[0])
            .path("resources")
            .get(0)
            .path("schema")
            .path("fields");
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.path("name").asString()));
    assertEquals(changed.fieldNames(), names);
    assertTrue(names.contains("curator_notes"));
    assertFalse(names.contains("notes"));
    assertEquals("weapon", names.get(names.size() - 1));
    JsonNode weapon = find(fields, "weapon");
    assertEquals(40, weapon.path("constraints").path("maxLength").asInt());
    assertTrue(weapon.path("constraints").path("required").asBoolean());
    assertEquals("The weapon named in the text.", weapon.path("description").asString());
    JsonNode types = find(fields, "event_type").path("categories");
    assertEquals("Test type", types.get(types.size() - 1).asString());
    assertEquals(
        List.of(),
        validate(
            "tabular-data-package.json", new DataPackageWriter(changed).descriptor(new byte[0])));
  }

  @Test
  void theBaseDescriptorStatesLicencesAndSources() {
    JsonNode pkg = new DataPackageWriter(schema).descriptor(new byte[0]);
    assertEquals("CC-BY-4.0", pkg.path("licenses").get(0).path("name").asString());
    JsonNode resource = pkg.path("resources").get(0);
    List<String> licences = new ArrayList<>();
    resource.path("licenses").forEach(l -> licences.add(l.path("name").asString()));
    assertEquals(List.of("CC-BY-4.0", "CC-BY-2.5"), licences);
    assertFalse(pkg.path("sources").isEmpty());
    assertEquals("events.csv", resource.path("path").asString());
    assertEquals("utf-8", resource.path("encoding").asString());
  }

  @Test
  void writtenJsonIsStable() throws IOException {
    byte[] csv = csv(schema);
    String a = new DataPackageWriter(schema).write(csv);
    assertEquals(a, new DataPackageWriter(EventSchema.load()).write(csv));
    assertFalse(a.contains("\r"));
    assertTrue(a.endsWith("}\n"));
    assertTrue(a.contains("\"name\": \"events\""));
  }

  private static JsonNode find(JsonNode fields, String name) {
    for (JsonNode field : fields) {
      if (field.path("name").asString().equals(name)) {
        return field;
      }
    }
    throw new AssertionError("no field " + name);
  }
}
