package org.eventline.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eventline.EventlineException;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code datapackage.json}, a Frictionless Tabular Data Package describing events.csv. The
 * package's prose (title, licences, sources, CSV dialect) comes from {@code
 * schema/datapackage.base.json}; every field (name, type, format, description, constraints,
 * categories) is derived from the event schema, in the CSV's column order; the resource's size and
 * SHA-256 hash are those of the CSV bytes given. Nothing is restated by hand, so the package and
 * the schema cannot disagree.
 */
public final class DataPackageWriter {

  /** The hand-written part of the package, in {@code schema/} and in the jar under /schema/. */
  public static final String BASE = "datapackage.base.json";

  /** The name of the file in the output folder. */
  public static final String FILE = "datapackage.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EventSchema schema;
  private final JsonNode base;

  public DataPackageWriter(EventSchema schema, String baseJson) {
    this.schema = schema;
    this.base = JSON.readTree(baseJson);
  }

  /** A writer with the base descriptor shipped in the jar. */
  public DataPackageWriter(EventSchema schema) {
    this(schema, resource("/schema/" + BASE));
  }

  private static String resource(String path) {
    try (InputStream in = DataPackageWriter.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new EventlineException("resource " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EventlineException("cannot read resource " + path, e);
    }
  }

  /** The descriptor for an events.csv with these bytes. */
  public ObjectNode descriptor(byte[] csv) {
    return descriptor(csv.length, sha256(csv));
  }

  /** The descriptor for an events.csv of this size and SHA-256 (lower-case hex). */
  public ObjectNode descriptor(long csvBytes, String csvSha256) {
    ObjectNode root = (ObjectNode) base.deepCopy();
    ObjectNode resource = (ObjectNode) root.path("resources").get(0);
    resource.put("bytes", csvBytes);
    resource.put("hash", "sha256:" + csvSha256);
    ObjectNode table = (ObjectNode) resource.get("schema");
    ObjectNode fields = JSON.createObjectNode();
    ArrayNode list = fields.putArray("fields");
    JsonNode properties = schema.eventSchemaNode().path("properties");
    String primaryKey = table.path("primaryKey").asString("");
    for (FieldSpec spec : schema.fields()) {
      ObjectNode field = field(spec, properties.path(spec.name()));
      if (spec.name().equals(primaryKey)) {
        field.withObject("constraints").put("unique", true);
      }
      list.add(field);
    }
    fields.setAll(table);
    resource.set("schema", fields);
    return root;
  }

  /** The descriptor as pretty-printed JSON with LF line ends and a final newline. */
  public String write(byte[] csv) {
    return write(descriptor(csv));
  }

  /** The descriptor for an events.csv of this size and SHA-256, as {@link #write(byte[])}. */
  public String write(long csvBytes, String csvSha256) {
    return write(descriptor(csvBytes, csvSha256));
  }

  /**
   * The descriptor for an events.csv of this size and SHA-256, followed by more resources (the
   * exports, see {@link Exports#resources}).
   */
  public String write(
      long csvBytes,
      String csvSha256,
      java.util.function.Function<ObjectNode, java.util.List<ObjectNode>> more) {
    ObjectNode descriptor = descriptor(csvBytes, csvSha256);
    ArrayNode resources = (ArrayNode) descriptor.get("resources");
    more.apply((ObjectNode) resources.get(0)).forEach(resources::add);
    return write(descriptor);
  }

  private String write(ObjectNode descriptor) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer().with(printer).writeValueAsString(descriptor) + "\n";
  }

  /** One Table Schema field from what the event schema says of it. */
  static ObjectNode field(FieldSpec spec, JsonNode property) {
    ObjectNode field = JSON.createObjectNode();
    field.put("name", spec.name());
    boolean date = "date".equals(spec.format());
    field.put("type", date ? "date" : spec.type());
    if (date) {
      field.put("format", "default");
    }
    field.put("description", spec.description());
    ObjectNode constraints = field.putObject("constraints");
    if (!spec.nullable()) {
      constraints.put("required", true);
    }
    if (!spec.enumValues().isEmpty()) {
      ArrayNode values = constraints.putArray("enum");
      spec.enumValues().forEach(values::add);
      ArrayNode categories = field.putArray("categories");
      spec.enumValues().forEach(categories::add);
    }
    copyNumber(property, "minLength", constraints);
    copyNumber(property, "maxLength", constraints);
    copyNumber(property, "minimum", constraints);
    copyNumber(property, "maximum", constraints);
    if (spec.pattern() != null && !date) {
      constraints.put("pattern", anchorless(spec.pattern()));
    }
    if (constraints.isEmpty()) {
      field.remove("constraints");
    }
    return field;
  }

  private static void copyNumber(JsonNode property, String key, ObjectNode constraints) {
    JsonNode value = property.get(key);
    if (value != null && value.isNumber()) {
      constraints.set(key, value);
    }
  }

  /**
   * A JSON Schema pattern as a Table Schema pattern, which must match the whole value and so has no
   * anchors: {@code ^[A-Z]{3}$} becomes {@code [A-Z]{3}}.
   */
  static String anchorless(String pattern) {
    String p = pattern.startsWith("^") ? pattern.substring(1) : pattern;
    return p.endsWith("$") && !p.endsWith("\\$") ? p.substring(0, p.length() - 1) : p;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new EventlineException("this Java runtime has no SHA-256", e);
    }
  }
}
