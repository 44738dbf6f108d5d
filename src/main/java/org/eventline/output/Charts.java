package org.eventline.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.curation.Event;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.jfree.chart.JFreeChart;

/**
 * Every chart of the dataset as a PNG under {@code charts/}: the timeline by event type, fatalities
 * over time, events and fatalities by location and by actor, and the map.
 */
public final class Charts {

  /** The folder of the charts inside the output folder. */
  public static final String FOLDER = "charts/";

  private final List<String> eventTypes;
  private final ChartStyle style;
  private final CountryOutlines outlines;

  public Charts(EventSchema schema) {
    this.eventTypes = eventTypes(schema);
    this.style = ChartStyle.load();
    this.outlines = CountryOutlines.load();
  }

  /** The event types, in the schema's order (the order of the colours). */
  static List<String> eventTypes(EventSchema schema) {
    return schema.fields().stream()
        .filter(f -> f.name().equals("event_type"))
        .map(FieldSpec::enumValues)
        .findFirst()
        .orElse(List.of());
  }

  /** The charts, by file name, not yet drawn. */
  Map<String, JFreeChart> charts(List<Event> events) {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    charts.put("timeline.png", TimelineChart.create(events, eventTypes, style));
    charts.put("fatalities.png", FatalitiesChart.create(events, style));
    charts.put("by-location.png", RankingChart.byLocation(events, style));
    charts.put("by-actor.png", RankingChart.byActor(events, style));
    charts.put("map.png", MapChart.create(events, eventTypes, outlines, style));
    return charts;
  }

  /** Every chart drawn as a PNG file. */
  public List<OutputFile> render(List<Event> events) {
    List<OutputFile> files = new ArrayList<>();
    charts(events)
        .forEach(
            (name, chart) ->
                files.add(OutputFile.ofBytes(FOLDER + name, ChartRenderer.png(chart))));
    return files;
  }
}
