package org.eventline.curation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between the {@link Event} record and its tree form with the schema's snake_case names:
 * the one mapping every reader and writer uses.
 */
public final class EventMapping {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private EventMapping() {}

  /**
   * An event from a tree that passed schema validation; its suggestion block, which is not a field
   * of the published event, is read by {@link SuggestionTrace#of(JsonNode)}.
   *
   * @throws tools.jackson.core.JacksonException if a value cannot be converted
   */
  public static Event fromNode(JsonNode node) {
    if (node.has(SuggestionTrace.KEY) && node instanceof ObjectNode object) {
      ObjectNode fields = object.deepCopy();
      fields.remove(SuggestionTrace.KEY);
      return MAPPER.treeToValue(fields, Event.class);
    }
    return MAPPER.treeToValue(node, Event.class);
  }

  /** The tree of an event, fields in the record's (and so the schema's) order, nulls kept. */
  public static ObjectNode toNode(Event event) {
    return MAPPER.valueToTree(event);
  }

  /** The record's component names, as the schema spells them, in order. */
  public static java.util.List<String> fieldNames() {
    Object[] none = new Object[Event.class.getRecordComponents().length];
    none[0] = "template";
    try {
      Class<?>[] types =
          java.util.Arrays.stream(Event.class.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getType)
              .toArray(Class<?>[]::new);
      Event template = Event.class.getDeclaredConstructor(types).newInstance(none);
      return java.util.List.copyOf(toNode(template).propertyNames());
    } catch (ReflectiveOperationException e) {
      throw new org.eventline.EventlineException("cannot list the fields of Event", e);
    }
  }
}
