package org.eventline.schema;

import java.util.List;
import java.util.Objects;

/**
 * What the event schema says of one field, for writers that describe the data (CSV header, data
 * package, documentation).
 *
 * @param name the property name (snake_case)
 * @param types the JSON types allowed, {@code null} excluded
 * @param nullable whether {@code null} (an empty cell) is allowed in the published dataset
 * @param required whether every event must carry it
 * @param format the JSON Schema format ({@code date}), or null
 * @param enumValues allowed values, empty when any value of the type is allowed
 * @param minimum inclusive lower bound, or null
 * @param maximum inclusive upper bound, or null
 * @param pattern the regular expression a string must match, or null
 * @param description what the field means
 * @param emptyUntilConfirmed whether only a confirmed event must have it: a suggestion may leave it
 *     null when the text does not say it (the published dataset, confirmed events only, always has
 *     it)
 */
public record FieldSpec(
    String name,
    List<String> types,
    boolean nullable,
    boolean required,
    String format,
    List<String> enumValues,
    Number minimum,
    Number maximum,
    String pattern,
    String description,
    boolean emptyUntilConfirmed) {

  public FieldSpec {
    Objects.requireNonNull(name, "name");
    types = List.copyOf(types);
    enumValues = List.copyOf(enumValues);
    description = description == null ? "" : description;
  }

  /** The main JSON type: string, integer, number. */
  public String type() {
    return types.isEmpty() ? "string" : types.get(0);
  }
}
