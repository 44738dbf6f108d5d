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
              nullable || !required.contains(entry.getKey()),
              required.contains(entry.getKey()),
              text(p, "format"),
              enums,
              number(p, "minimum"),
              number(p, "maximum"),
              text(p, "pattern"),
              text(p, "description")));
    }
    return List.copyOf(fields);
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
