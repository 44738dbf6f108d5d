package org.eventline.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.EventlineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema in {@code schema/} (shipped in the jar under {@code /schema/}): validation of
 * curation files and events, and the field list every writer derives its columns from.
 */
public final class EventSchema {

  /** Where the schema files live, in {@code schema/} and in the jar. */
  public static final String EVENT_SCHEMA = "event.schema.json";

  public static final String CURATION_SCHEMA = "curation.schema.json";

  private final JsonNode eventSchemaNode;
  private final List<FieldSpec> fields;

  private final String base;
  private final Map<String, String> byId;

  /**
   * The compiled validators, built on first use: a few hundred milliseconds and some 300 classes of
   * a cold start that a command which validates nothing need not pay.
   */
  private Validators validators;

  private record Validators(Schema curation, Schema event) {}

  private EventSchema(Map<String, String> files) {
    JsonMapper json = JsonMapper.builder().build();
    this.eventSchemaNode = json.readTree(files.get(EVENT_SCHEMA));
    String base = eventSchemaNode.path("$id").asString().replace(EVENT_SCHEMA, "");
    Map<String, String> byId = new LinkedHashMap<>();
    files.forEach((name, content) -> byId.put(base + name, content));
    this.base = base;
    this.byId = byId;
    this.fields = SchemaFields.of(eventSchemaNode);
    List<String> missing = Acled.missingFrom(fields);
    if (!missing.isEmpty()) {
      throw new EventlineException(
          EVENT_SCHEMA
              + " does not list the ACLED names eventline decides on: "
              + String.join("; ", missing));
    }
  }

  private static Validators compile(String base, Map<String, String> byId) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemas(byId)
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Schema curation = registry.getSchema(SchemaLocation.of(base + CURATION_SCHEMA));
    Schema event = registry.getSchema(SchemaLocation.of(base + EVENT_SCHEMA));
    curation.initializeValidators();
    event.initializeValidators();
    return new Validators(curation, event);
  }

  /**
   * Starts compiling the validators on another thread, for a command that will validate once it has
   * loaded other things (suggest checks its first candidates fully): the two overlap.
   */
  public void compileInBackground() {
    Thread t = new Thread(this::validators, "schema-compile");
    t.setDaemon(true);
    t.start();
  }

  private synchronized Validators validators() {
    if (validators == null) {
      validators = compile(base, byId);
    }
    return validators;
  }

  /** Loads the schema shipped with eventline. */
  public static EventSchema load() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : List.of(EVENT_SCHEMA, CURATION_SCHEMA)) {
      files.put(name, resource("/schema/" + name));
    }
    return new EventSchema(files);
  }

  /** A schema from given file contents (tests change the schema and watch writers follow). */
  public static EventSchema of(String eventSchemaJson, String curationSchemaJson) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(EVENT_SCHEMA, eventSchemaJson);
    files.put(CURATION_SCHEMA, curationSchemaJson);
    return new EventSchema(files);
  }

  static String resource(String path) {
    try (InputStream in = EventSchema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new EventlineException("resource " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EventlineException("cannot read resource " + path, e);
    }
  }

  /** The event fields, in the schema's order: the order of the CSV columns. */
  public List<FieldSpec> fields() {
    return fields;
  }

  /** The names of the fields every event must give (the schema's {@code required}). */
  public java.util.Set<String> requiredFieldNames() {
    return fields.stream()
        .filter(FieldSpec::required)
        .map(FieldSpec::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The field names, in order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>(fields.size());
    fields.forEach(f -> names.add(f.name()));
    return names;
  }

  /** The raw event schema, for writers that copy descriptions and constraints. */
  public JsonNode eventSchemaNode() {
    return eventSchemaNode;
  }

  /** Most schema errors collected for one file; the rest are counted, not kept. */
  public static final int MAX_ERRORS = 1000;

  /**
   * Validates a whole curation file tree. At most {@link #MAX_ERRORS} errors are kept, so that a
   * file of thousands of broken events cannot exhaust memory; {@link CappedErrors#dropped()} says
   * how many more there were.
   */
  public CappedErrors validateCurationFile(JsonNode root) {
    CappedErrors errors = new CappedErrors(MAX_ERRORS);
    validators().curation().validate(root, context -> context.setErrors(errors));
    return errors;
  }

  /** Validates one event. */
  public List<com.networknt.schema.Error> validateEvent(JsonNode event) {
    return validators().event().validate(event);
  }
}
