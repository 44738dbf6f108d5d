package org.eventline.schema;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the event schema says of single values (type, null, minLength, maxLength, pattern, minimum,
 * maximum, enum), read from the schema itself, for checking a typed value without running the whole
 * schema; the fields of the {@code suggestion} block are named {@code suggestion.FIELD}. The
 * conditions of {@code allOf} tie fields together and are not checked here: {@link
 * #conditionalFields} names their fields. When the schema uses a keyword not read here, {@link
 * #complete} is false and a caller must run the whole schema.
 */
public final class ValueConstraints {

  private static final Set<String> EVENT_KEYWORDS =
      Set.of(
          "$schema",
          "$id",
          "title",
          "description",
          "type",
          "required",
          "additionalProperties",
          "allOf",
          "properties");

  private static final Set<String> VALUE_KEYWORDS =
      Set.of(
          "type",
          "enum",
          "pattern",
          "format",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "description",
          "title",
          "examples");

  private static final Set<String> BLOCK_KEYWORDS =
      Set.of("type", "required", "properties", "additionalProperties", "description", "title");

  private record Constraint(
      Set<String> types,
      Integer minLength,
      Integer maxLength,
      Pattern pattern,
      BigDecimal minimum,
      BigDecimal maximum,
      Set<String> allowed) {}

  private final Map<String, Constraint> byField;
  private final Set<String> conditionalFields;
  private final Set<String> typeOnlyFields;
  private final boolean complete;

  private ValueConstraints(
      Map<String, Constraint> byField,
      Set<String> conditionalFields,
      Set<String> typeOnlyFields,
      boolean complete) {
    this.byField = Map.copyOf(byField);
    this.conditionalFields = Set.copyOf(conditionalFields);
    this.typeOnlyFields = Set.copyOf(typeOnlyFields);
    this.complete = complete;
  }

  /** The constraints of a schema's event properties and of its suggestion block's. */
  public static ValueConstraints of(EventSchema schema) {
    JsonNode root = schema.eventSchemaNode();
    boolean[] complete = {known(root, EVENT_KEYWORDS)};
    Map<String, Constraint> byField = new HashMap<>();
    root.path("properties")
        .properties()
        .forEach(
            p -> {
              JsonNode spec = p.getValue();
              if (spec.has("properties")) {
                complete[0] &= known(spec, BLOCK_KEYWORDS);
                spec.path("properties")
                    .properties()
                    .forEach(
                        q -> {
                          complete[0] &= known(q.getValue(), VALUE_KEYWORDS);
                          byField.put(p.getKey() + "." + q.getKey(), constraint(q.getValue()));
                        });
              } else {
                complete[0] &= known(spec, VALUE_KEYWORDS);
                byField.put(p.getKey(), constraint(spec));
              }
            });
    Set<String> conditional = new TreeSet<>();
    Set<String> typeOnly = new TreeSet<>();
    Set<String> byValue = new TreeSet<>();
    for (JsonNode rule : root.path("allOf")) {
      rule.properties()
          .forEach(
              part -> {
                if (part.getKey().equals("description") || part.getKey().equals("$comment")) {
                  return;
                }
                complete[0] &= part.getKey().equals("if") || part.getKey().equals("then");
                complete[0] &= known(part.getValue(), Set.of("properties", "required"));
                part.getValue().path("properties").propertyNames().forEach(conditional::add);
                part.getValue().path("required").forEach(r -> conditional.add(r.asString()));
                part.getValue()
                    .path("properties")
                    .properties()
                    .forEach(
                        f -> {
                          boolean onlyType =
                              part.getKey().equals("then")
                                  && f.getValue().propertyNames().equals(Set.of("type"));
                          (onlyType ? typeOnly : byValue).add(f.getKey());
                        });
                part.getValue().path("required").forEach(r -> byValue.add(r.asString()));
              });
    }
    typeOnly.removeAll(byValue);
    return new ValueConstraints(byField, conditional, typeOnly, complete[0]);
  }

  /**
   * What of a field's value decides which {@code allOf} conditions apply to it: the value itself,
   * or only its JSON type for a field that a condition's {@code then} constrains by type alone (a
   * confirmed event's {@code location} must be a string; which string does not matter).
   */
  public String shapeOf(String field, JsonNode value) {
    if (value == null) {
      return "";
    }
    return typeOnlyFields.contains(field) ? value.getNodeType().toString() : value.toString();
  }

  private static boolean known(JsonNode spec, Set<String> keywords) {
    for (String name : spec.propertyNames()) {
      if (!keywords.contains(name) && !name.startsWith("x-")) {
        return false;
      }
    }
    return true;
  }

  private static Constraint constraint(JsonNode spec) {
    Set<String> types = new HashSet<>();
    JsonNode type = spec.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asString()));
    } else if (type.isString()) {
      types.add(type.asString());
    }
    return new Constraint(
        Set.copyOf(types),
        spec.has("minLength") ? spec.get("minLength").asInt() : null,
        spec.has("maxLength") ? spec.get("maxLength").asInt() : null,
        spec.has("pattern") ? Pattern.compile(spec.get("pattern").asString()) : null,
        spec.has("minimum") ? spec.get("minimum").decimalValue() : null,
        spec.has("maximum") ? spec.get("maximum").decimalValue() : null,
        spec.has("enum") ? enumOf(spec.get("enum")) : null);
  }

  private static Set<String> enumOf(JsonNode values) {
    Set<String> out = new HashSet<>();
    values.forEach(v -> out.add(v.isString() ? v.asString() : null));
    out.remove(null);
    return out;
  }

  /** Whether every keyword of the event schema is one this class reads or {@code allOf}'s. */
  public boolean complete() {
    return complete;
  }

  /**
   * The fields the schema's {@code allOf} conditions test or constrain ({@code if}, {@code then}).
   */
  public Set<String> conditionalFields() {
    return conditionalFields;
  }

  /**
   * Whether the schema allows a value (null included) of a field; false for a field it does not
   * name. The conditions of {@code allOf} are not checked.
   */
  public boolean allows(String field, JsonNode value) {
    Constraint c = byField.get(field);
    if (c == null) {
      return false;
    }
    if (value == null || value.isNull()) {
      return c.types().contains("null");
    }
    if (value.isString()) {
      String s = value.asString();
      int length = s.codePointCount(0, s.length());
      return c.types().contains("string")
          && (c.minLength() == null || length >= c.minLength())
          && (c.maxLength() == null || length <= c.maxLength())
          && (c.pattern() == null || c.pattern().matcher(s).find())
          && (c.allowed() == null || c.allowed().contains(s));
    }
    if (value.isNumber()) {
      BigDecimal n = value.decimalValue();
      boolean typed =
          c.types().contains("number") || (c.types().contains("integer") && integral(n));
      return typed
          && c.allowed() == null
          && (c.minimum() == null || n.compareTo(c.minimum()) >= 0)
          && (c.maximum() == null || n.compareTo(c.maximum()) <= 0);
    }
    return value.isBoolean() && c.types().contains("boolean") && c.allowed() == null;
  }

  private static boolean integral(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }
}
