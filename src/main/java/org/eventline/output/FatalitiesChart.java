package org.eventline.output;

import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fatalities per day, week or month: best estimates as bars, and where any event of a bin gives a
 * range, a black bar from the sum of the low figures to the sum of the high figures. Dated by the
 * {@link DateSpread} rule, figures spread with their event; events without a figure are left out.
 */
final class FatalitiesChart {

  static final String BEST = "fatalities, best estimate";
  static final String RANGE = "low\u2013high range reported";

  private FatalitiesChart() {}

  static JFreeChart create(List<Event> events, ChartStyle style) {
    DatasetSummary summary = DatasetSummary.of(events);
    DateSpread spread = DateSpread.forSpan(summary.first(), summary.last());
    Map<LocalDate, Fatalities> bins = new TreeMap<>();
    Map<LocalDate, Boolean> ranged = new TreeMap<>();
    int withFigure = 0;
    for (Event event : events) {
      Fatalities figures = Fatalities.of(event);
      if (figures == null) {
        continue;
      }
      withFigure++;
      spread
          .shares(event)
          .forEach(
              (start, share) -> {
                bins.merge(start, figures.times(share), Fatalities::plus);
                ranged.merge(start, figures.isRange(), Boolean::logicalOr);
              });
    }
    TimeTableXYDataset best = new TimeTableXYDataset(ChartStyle.UTC, Locale.ROOT);
    YIntervalSeries range = new YIntervalSeries(RANGE, false, true);
    Map<Long, String> barLabels = new java.util.HashMap<>();
    Map<Long, String> rangeLabels = new java.util.HashMap<>();
    java.text.NumberFormat number = ChartStyle.numberFormat();
    bins.forEach(
        (start, f) -> {
          best.add(spread.period(start), f.best(), BEST, false);
          if (ranged.get(start)) {
            range.add(spread.middle(start), f.best(), f.low(), f.high());
            rangeLabels.put(spread.middle(start), f.rangeLabel(number));
          } else {
            barLabels.put(DateSpread.millis(start), number.format(f.best()));
          }
        });
    YIntervalSeriesCollection ranges = new YIntervalSeriesCollection();
    if (!range.isEmpty()) {
      ranges.addSeries(range);
    }

    XYBarRenderer bars = new XYBarRenderer(0.0);
    bars.setAutoPopulateSeriesPaint(false);
    bars.setSeriesPaint(0, ChartStyle.FATALITIES);
    bars.setDrawBarOutline(false);
    bars.setShadowVisible(false);
    // Each bar is labelled with its value: small bins stay readable beside a large one.
    bars.setDefaultItemLabelGenerator(new BinLabels(barLabels));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(style.font(16f));
    bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    XYErrorRenderer whiskers = new XYErrorRenderer();
    whiskers.setAutoPopulateSeriesPaint(false);
    whiskers.setDrawXError(false);
    whiskers.setDefaultLinesVisible(false);
    whiskers.setDefaultShapesVisible(false);
    whiskers.setErrorPaint(ChartStyle.RANGE);
    whiskers.setErrorStroke(ChartStyle.stroke(3f));
    whiskers.setCapLength(12);
    whiskers.setDefaultItemLabelGenerator(new BinLabels(rangeLabels));
    whiskers.setDefaultItemLabelsVisible(true);
    whiskers.setDefaultItemLabelFont(style.font(16f));
    whiskers.setDefaultItemLabelPaint(ChartStyle.TEXT);
    whiskers.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    whiskers.setItemLabelAnchorOffset(10);

    XYPlot plot =
        new XYPlot(
            best,
            style.dateAxis(spread.axisLabel()),
            style.valueAxis("people killed per " + spread.bin().noun(), false),
            bars);
    spread.fitAxis((org.jfree.chart.axis.DateAxis) plot.getDomainAxis(), summary);
    plot.setDataset(1, ranges);
    plot.setRenderer(1, whiskers);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainGridlinesVisible(false);
    plot.setNoDataMessage(events.isEmpty() ? "No events" : "No event gives a fatality figure");
    plot.setFixedLegendItems(legend(!range.isEmpty()));
    String note =
        String.format(
            Locale.ROOT,
            "%s of %d give a figure (the others are left out, not counted as 0); each is spread"
                + " over its days like the event count.",
            DatasetSummary.plural(withFigure, "event"),
            events.size());
    JFreeChart chart = style.chart("Fatalities over time", plot, true, note, summary.caption());
    return chart;
  }

  private static LegendItemCollection legend(boolean withRange) {
    LegendItemCollection items = new LegendItemCollection();
    items.add(ChartStyle.squareLegend(BEST, ChartStyle.FATALITIES));
    if (withRange) {
      items.add(ChartStyle.rangeLegend(RANGE, new Line2D.Double(0, -9, 0, 9)));
    }
    return items;
  }
}
