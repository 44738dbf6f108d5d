package org.eventline.output;

import java.io.IOException;
import java.util.List;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code events.geojson}: an RFC 7946 FeatureCollection (WGS 84 longitude and latitude, so
 * no {@code crs} member), one Point feature per event that has coordinates, at [longitude,
 * latitude], with the feature's {@code id} and every column of events.csv as a property (in the
 * CSV's order; null where the cell is empty). Events without coordinates are left out. One feature
 * per line, LF line ends.
 */
public final class EventsGeoJson {

  /** The file's name in the output folder. */
  public static final String FILE = "events.geojson";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> columns;

  public EventsGeoJson(EventSchema schema) {
    this.columns = schema.fieldNames();
  }

  /** Whether an event is written: it has both coordinates. */
  public static boolean located(Event event) {
    return event.latitude() != null && event.longitude() != null;
  }

  public void write(List<Event> events, Appendable out) throws IOException {
    out.append("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (Event event : events) {
      if (!located(event)) {
        continue;
      }
      out.append(first ? "\n" : ",\n");
      first = false;
      out.append(JSON.writeValueAsString(feature(event)));
    }
    out.append("\n]}\n");
  }

  ObjectNode feature(Event event) {
    ObjectNode values = EventMapping.toNode(event);
    ObjectNode feature = JSON.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", event.id());
    ObjectNode geometry = feature.putObject("geometry");
    geometry.put("type", "Point");
    ArrayNode coordinates = geometry.putArray("coordinates");
    coordinates.add(event.longitude());
    coordinates.add(event.latitude());
    ObjectNode properties = feature.putObject("properties");
    for (String column : columns) {
      JsonNode value = values.get(column);
      if (value == null || value.isNull()) {
        properties.putNull(column);
      } else {
        properties.set(column, value);
      }
    }
    return feature;
  }
}
