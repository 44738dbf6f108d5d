package org.eventline.output;

import java.util.List;
import java.util.Set;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes events as YAML in the shape of a curation file ({@code events:} then one mapping per
 * event), fields in schema order, empty optional fields left out (an empty required field, such as
 * an unknown {@code admin1}, is written as {@code null}), every string double-quoted so that no
 * YAML reader turns {@code NO} or {@code 2021-08-11} into something else.
 */
public final class EventsYaml {

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final Set<String> required;

  public EventsYaml(EventSchema schema) {
    this.required = schema.requiredFieldNames();
  }

  public String write(List<Event> events) {
    java.io.StringWriter out = new java.io.StringWriter();
    write(events, out);
    return out.toString();
  }

  /** Streams the events, one at a time, so memory holds one event's tree, not the dataset's. */
  public void write(List<Event> events, java.io.Writer out) {
    try (tools.jackson.core.JsonGenerator yaml = MAPPER.createGenerator(out)) {
      yaml.writeStartObject();
      yaml.writeName(CurationDocument.EVENTS);
      yaml.writeStartArray();
      for (Event event : events) {
        yaml.writeTree(kept(EventMapping.toNode(event)));
      }
      yaml.writeEndArray();
      yaml.writeEndObject();
    }
  }

  private ObjectNode kept(ObjectNode node) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    node.properties()
        .forEach(
            e -> {
              if (!e.getValue().isNull() || required.contains(e.getKey())) {
                kept.set(e.getKey(), e.getValue());
              }
            });
    return kept;
  }
}
