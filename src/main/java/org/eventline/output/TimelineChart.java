package org.eventline.output;

import java.awt.Color;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.data.time.TimeTableXYDataset;

/** Events per day, week or month, stacked by event type, dated by the {@link DateSpread} rule. */
final class TimelineChart {

  private TimelineChart() {}

  static JFreeChart create(List<Event> events, List<String> eventTypes, ChartStyle style) {
    DatasetSummary summary = DatasetSummary.of(events);
    DateSpread spread = DateSpread.forSpan(summary.first(), summary.last());
    TimeTableXYDataset dataset = new TimeTableXYDataset(ChartStyle.UTC, java.util.Locale.ROOT);
    Map<String, Map<LocalDate, Double>> byType = counts(events, eventTypes, spread);
    byType.forEach(
        (type, bins) ->
            bins.forEach((start, count) -> dataset.add(spread.period(start), count, type, false)));

    DateAxis time = style.dateAxis(spread.axisLabel());
    var count = style.valueAxis("events per " + spread.bin().noun(), false);
    StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.0);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(ChartStyle.stroke(1f));
    renderer.setShadowVisible(false);
    renderer.setLegendBar(new java.awt.Rectangle(-8, -8, 16, 16));
    spread.fitAxis(time, summary);
    XYPlot plot = new XYPlot(dataset, time, count, renderer);
    plot.setNoDataMessage("No events");
    plot.setDomainGridlinesVisible(false);
    String note =
        "An event counts once, spread evenly over its days (event_date to event_date_end):"
            + " one known only to its month adds 1/31 to each day of a 31-day month.";
    JFreeChart chart =
        style.chart("Events over time, by event type", plot, true, note, summary.caption());
    int series = 0;
    for (String type : byType.keySet()) {
      renderer.setSeriesPaint(series++, ChartStyle.categoryFill(eventTypes.indexOf(type)));
    }
    return chart;
  }

  /** Per event type present (in the schema's order), the events per bin. */
  static Map<String, Map<LocalDate, Double>> counts(
      List<Event> events, List<String> eventTypes, DateSpread spread) {
    Map<String, Map<LocalDate, Double>> byType = new LinkedHashMap<>();
    for (String type : eventTypes) {
      Map<LocalDate, Double> bins = new TreeMap<>();
      for (Event event : events) {
        if (type.equals(event.eventType())) {
          spread.shares(event).forEach((start, share) -> bins.merge(start, share, Double::sum));
        }
      }
      if (!bins.isEmpty()) {
        byType.put(type, bins);
      }
    }
    return byType;
  }
}
