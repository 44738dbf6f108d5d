package org.eventline.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the field list (the published columns) out of the event schema. */
final class SchemaFields {

  /**
   * The annotation of a property that lives only in curation files (the suggestion block): it is
   * not a column of the published dataset.
   */
  static final String CURATION_ONLY = "x-eventline-curation-only";

  private SchemaFields() {}

  static List<FieldSpec> of(JsonNode eventSchema) {
    Set<String> required = new HashSet<>();
    eventSchema.path("required").forEach(n -> required.add(n.asString()));
    Set<String> confirmedOnly = confirmedOnly(eventSchema);
    List<FieldSpec> fields = new ArrayList<>();
    for (var entry : eventSchema.path("properties").properties()) {
      JsonNode p = entry.getValue();
      if (p.path(CURATION_ONLY).asBoolean(false)) {
        continue;
      }
      List<String> types = new ArrayList<>();
      boolean nullable = false;
      JsonNode type = p.path("type");
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if ("null".equals(t.asString())) {
          nullable = true;
        } else if (!t.isMissingNode()) {
          types.add(t.asString());
        }
      }
      List<String> enums = new ArrayList<>();
      p.path("enum")
          .forEach(
              v -> {
                if (!v.isNull()) enums.add(v.asString());
              });
      fields.add(
          new FieldSpec(
              entry.getKey(),
              types,
              (nullable && !confirmedOnly.contains(entry.getKey()))
                  || !required.contains(entry.getKey()),
              required.contains(entry.getKey()),
              text(p, "format"),
              enums,
              number(p, "minimum"),
              number(p, "maximum"),
              text(p, "pattern"),
              text(p, "description"),
              confirmedOnly.contains(entry.getKey())));
    }
    return List.copyOf(fields);
  }

  /**
   * The fields a condition on {@code status: confirmed} gives a non-null type: null is allowed on a
   * suggestion, never on a published (confirmed) event.
   */
  private static Set<String> confirmedOnly(JsonNode eventSchema) {
    Set<String> out = new HashSet<>();
    for (JsonNode rule : eventSchema.path("allOf")) {
      JsonNode status = rule.path("if").path("properties").path("status").path("const");
      if (!"confirmed".equals(status.asString(""))) {
        continue;
      }
      for (var f : rule.path("then").path("properties").properties()) {
        JsonNode type = f.getValue().path("type");
        if (type.isString() && !type.asString().equals("null")) {
          out.add(f.getKey());
        }
      }
    }
    return out;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null ? null : v.asString();
  }

  private static Number number(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null ? null : v.numberValue();
  }
}
