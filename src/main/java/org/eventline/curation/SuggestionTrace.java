package org.eventline.curation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code eventline suggest} proposed for an event, kept in the event's {@code suggestion}
 * block of the curation file and never published: the suggester's id, confidence and reasons, the
 * passage it read, and the values it proposed for the fields curators most often correct. The block
 * is the machine's record, so the curator's own fields ({@code notes}, {@code curator}) stay the
 * curator's; it is how a handled suggestion is recognised whatever the curator changed, and how
 * {@code eval} measures how often curators kept each suggested field.
 *
 * @param id the id suggest gave the event
 * @param confidence the suggester's confidence, 0 to 1
 * @param reasons the rules that produced each field, or null
 * @param quoteStart the passage's first code point in the article
 * @param quoteEnd the offset just past the passage
 * @param proposed the proposed values of {@link #KEPT_FIELDS}, as YAML scalars' text; a field the
 *     suggester left empty is absent
 * @param missing the fields of {@link #MISSABLE} the suggester left empty because the text does not
 *     say them (the curator fills them before confirming), in that order
 */
public record SuggestionTrace(
    String id,
    BigDecimal confidence,
    String reasons,
    int quoteStart,
    int quoteEnd,
    Map<String, String> proposed,
    List<String> missing) {

  /** Name of the block in an event. */
  public static final String KEY = "suggestion";

  /**
   * The fields whose proposed values are kept: date, type, actors, place and counts, in the
   * schema's order.
   */
  public static final List<String> KEPT_FIELDS =
      List.of(
          "event_date",
          "event_date_end",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "location",
          "admin1",
          "country",
          "fatalities",
          "injured");

  /**
   * The fields a confirmed event must have that a suggestion may leave empty when the text does not
   * say them (the schema's condition on a confirmed event's status).
   */
  public static final List<String> MISSABLE =
      List.of("actor1", "location", "country", "iso3", "geo_precision");

  private static final java.util.Set<String> COUNTS = java.util.Set.of("fatalities", "injured");

  public SuggestionTrace {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(confidence, "confidence");
    proposed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proposed));
    missing = List.copyOf(missing);
  }

  /** The trace of a suggested event: its id, passage and the values it proposes. */
  public static SuggestionTrace of(Event suggested, BigDecimal confidence, String reasons) {
    ObjectNode node = EventMapping.toNode(suggested);
    return new SuggestionTrace(
        suggested.id(),
        confidence,
        reasons,
        suggested.quoteStart(),
        suggested.quoteEnd(),
        proposedOf(node),
        emptyOf(node));
  }

  /**
   * The fields of {@link #MISSABLE} an event leaves empty (null, absent or blank): what it must
   * still be given before it can be confirmed.
   */
  public static List<String> emptyOf(JsonNode event) {
    return MISSABLE.stream()
        .filter(
            f -> {
              JsonNode v = event.path(f);
              return v.isNull() || v.isMissingNode() || (v.isString() && v.asString().isBlank());
            })
        .toList();
  }

  /** The block of an event node that passed the schema, if it has one. */
  public static Optional<SuggestionTrace> of(JsonNode event) {
    JsonNode block = event.get(KEY);
    if (block == null || !block.isObject()) {
      return Optional.empty();
    }
    JsonNode reasons = block.get("reasons");
    return Optional.of(
        new SuggestionTrace(
            block.path("id").asString(""),
            block.path("confidence").decimalValue(),
            reasons == null || reasons.isNull() ? null : reasons.asString(),
            block.path("quote_start").asInt(0),
            block.path("quote_end").asInt(0),
            proposedOf(block),
            block.path("missing").isString()
                ? List.of(block.path("missing").asString().split(", "))
                : List.of()));
  }

  private static Map<String, String> proposedOf(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : KEPT_FIELDS) {
      scalarText(node.get(field)).ifPresent(v -> values.put(field, v));
    }
    return values;
  }

  /** The text of a scalar as it compares across files: null and missing are empty. */
  public static Optional<String> scalarText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
      return Optional.empty();
    }
    if (value.isBigDecimal()) {
      return Optional.of(value.decimalValue().stripTrailingZeros().toPlainString());
    }
    return Optional.of(value.asString());
  }

  /** Whether the curator kept the proposed value of a field in the event as it is now. */
  public boolean kept(String field, JsonNode event) {
    return Objects.equals(proposed.get(field), scalarText(event.get(field)).orElse(null));
  }

  /** Whether the passage overlaps a span of the article (code points). */
  public boolean overlaps(int start, int end) {
    return quoteStart < end && start < quoteEnd;
  }

  /**
   * The block's lines, for a new event written by suggest.
   *
   * @param indent the spaces before the event's keys
   */
  public List<String> lines(String indent) {
    List<String> lines = new ArrayList<>();
    String in = indent + "  ";
    lines.add(indent + KEY + ":");
    lines.add(in + "id: " + EventYaml.quoted(id));
    lines.add(in + "confidence: " + confidence.toPlainString());
    lines.add(in + "quote_start: " + quoteStart);
    lines.add(in + "quote_end: " + quoteEnd);
    for (Map.Entry<String, String> e : proposed.entrySet()) {
      boolean number = COUNTS.contains(e.getKey());
      lines.add(in + e.getKey() + ": " + (number ? e.getValue() : EventYaml.quoted(e.getValue())));
    }
    if (!missing.isEmpty()) {
      lines.add(in + "missing: " + EventYaml.quoted(String.join(", ", missing)));
    }
    if (reasons != null) {
      lines.add(in + "reasons: " + EventYaml.quoted(reasons));
    }
    return lines;
  }
}
