package org.eventline.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventline.curation.EventYaml;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.schema.SchemaProblems;

/**
 * A curator's value for a field, typed by the schema and written as a YAML scalar: numbers as
 * numbers, dates checked, allowed values checked (with the closest one offered), an empty value
 * removing the field. The one conversion {@code eventline set} and the workbench share.
 */
public final class FieldValues {

  /** Fields a curator does not set: the build fills them, or another step owns them. */
  static final Map<String, String> NOT_SET =
      Map.of(
          "id", "rename an event by hand in its curation file (ids are never reused)",
          "status", "use eventline confirm or eventline reject",
          "article_id", "the build fills it in",
          "article_date", "the build fills it in",
          "origin", "the build fills it in",
          "quote_end", "the build fills it in",
          "curator", "it is recorded from --curator or EVENTLINE_CURATOR");

  private final EventSchema schema;

  public FieldValues(EventSchema schema) {
    this.schema = schema;
  }

  /**
   * A value as a scalar, or why it cannot be one.
   *
   * @param scalar the YAML scalar, or null to remove the field ({@code null} text for a required
   *     field that may be empty)
   * @param problem what is wrong, worded for a curator; null when the value is fine
   */
  public record Value(String scalar, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** The field's spec, if the schema has such a column. */
  public Optional<FieldSpec> field(String name) {
    return schema.fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Converts a value the curator typed for a field. */
  public Value of(String name, String typed) {
    Optional<FieldSpec> spec = field(name);
    if (spec.isEmpty()) {
      String closest = SchemaProblems.closest(name, schema.fieldNames());
      return fail(
          "unknown field '"
              + name
              + "'"
              + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }
    if (NOT_SET.containsKey(name)) {
      return fail(name + " is not set this way: " + NOT_SET.get(name));
    }
    FieldSpec field = spec.get();
    String value = typed == null ? "" : typed.strip();
    if (value.isEmpty() || value.equals("null")) {
      if (field.required() && !field.nullable()) {
        return fail(field.name() + " is required; give it a value");
      }
      return new Value(field.required() ? "null" : null, null);
    }
    if (!field.enumValues().isEmpty() && !field.enumValues().contains(value)) {
      String closest = SchemaProblems.closest(value, field.enumValues());
      return fail(
          field.name()
              + " '"
              + value
              + "' is not allowed; expected one of: "
              + String.join(", ", field.enumValues())
              + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }
    return switch (field.type()) {
      case "integer" ->
          value.matches("-?[0-9]{1,9}")
              ? new Value(String.valueOf(Integer.parseInt(value)), null)
              : fail(field.name() + " must be a whole number; found '" + value + "'");
      case "number" -> number(field, value);
      default ->
          "date".equals(field.format()) && !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
              ? fail(field.name() + " must be a date YYYY-MM-DD; found '" + value + "'")
              : new Value(EventYaml.quoted(value), null);
    };
  }

  private static Value number(FieldSpec field, String value) {
    try {
      return new Value(new BigDecimal(value).toPlainString(), null);
    } catch (NumberFormatException e) {
      return fail(field.name() + " must be a number; found '" + value + "'");
    }
  }

  private static Value fail(String problem) {
    return new Value(null, problem);
  }

  /** The fields a curator does not set, by name, sorted. */
  public static List<String> notSet() {
    return NOT_SET.keySet().stream().sorted().toList();
  }
}
