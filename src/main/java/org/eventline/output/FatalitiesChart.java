package org.eventline.output;

import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fatalities per day, week or month, in whole people. An event whose dates fall in one bin counts
 * there whole (solid); one whose dates span several bins is shared among them by its days in whole
 * people ({@link WholeShares}) and drawn hatched, so it is shown as what it is. Where any event of
 * a bin gives a range, a black bar runs from the summed low to the summed high figures. When one
 * bin dwarfs the rest the value axis is broken into two panels, so that small tolls stay visible;
 * the chart says so. Events without a figure are left out.
 */
final class FatalitiesChart {

  static final String DATED = "killed in events dated within the bin";
  static final String SPREAD = "share of events whose dates span several bins";
  static final String RANGE = "low\u2013high range reported";

  /** The axis is broken when the largest bin exceeds the next largest this many times. */
  static final double BREAK_RATIO = 4;

  /** The whole figures of one bin. */
  record Bin(int dated, int spread, int low, int high, boolean ranged) {
    int best() {
      return dated + spread;
    }

    Bin plus(Bin o) {
      return new Bin(
          dated + o.dated, spread + o.spread, low + o.low, high + o.high, ranged || o.ranged);
    }

    String label() {
      return ranged ? best() + " (" + low + "\u2013" + high + ")" : Integer.toString(best());
    }
  }

  private FatalitiesChart() {}

  /** The whole figures of every bin that has an event with a figure, by the bin's first day. */
  static Map<LocalDate, Bin> bins(List<Event> events, DateSpread spread) {
    Map<LocalDate, Bin> bins = new TreeMap<>();
    for (Event event : events) {
      Integer best = event.fatalities();
      if (best == null) {
        continue;
      }
      int low = event.fatalitiesLow() == null ? best : event.fatalitiesLow();
      int high = event.fatalitiesHigh() == null ? best : event.fatalitiesHigh();
      boolean ranged = low != best || high != best;
      Map<LocalDate, Double> shares = spread.shares(event);
      if (shares.size() == 1) {
        bins.merge(
            shares.keySet().iterator().next(), new Bin(best, 0, low, high, ranged), Bin::plus);
        continue;
      }
      Map<LocalDate, Integer> b = WholeShares.of(best, shares);
      Map<LocalDate, Integer> l = WholeShares.of(low, shares);
      Map<LocalDate, Integer> h = WholeShares.of(high, shares);
      for (LocalDate start : shares.keySet()) {
        bins.merge(start, new Bin(0, b.get(start), l.get(start), h.get(start), ranged), Bin::plus);
      }
    }
    return bins;
  }

  /** The lower panel's top and the upper panel's range when the axis is broken, else null. */
  static double[] axisBreak(Map<LocalDate, Bin> bins) {
    List<Integer> tops =
        bins.values().stream().map(Bin::best).sorted((a, b) -> b - a).distinct().toList();
    if (tops.size() < 2 || tops.get(1) == 0 || tops.get(0) <= BREAK_RATIO * tops.get(1)) {
      return null;
    }
    double cap = Math.ceil(tops.get(1) * 1.35);
    for (Bin bin : bins.values()) {
      // A range reaching a little above the lower panel raises it rather than being cut.
      if (bin.best() < tops.get(0) && bin.high() > cap && bin.high() <= 2 * cap) {
        cap = Math.max(cap, Math.ceil(bin.high() * 1.1));
      }
    }
    double upperLow = tops.get(0);
    double upperHigh = tops.get(0);
    for (Bin bin : bins.values()) {
      if (bin.high() > cap) {
        upperLow = Math.min(upperLow, bin.high());
      }
      upperHigh = Math.max(upperHigh, bin.high());
    }
    upperLow = Math.floor(upperLow * 0.9);
    if (upperLow < cap * 1.2) {
      return null;
    }
    return new double[] {cap, upperLow, upperHigh * 1.1};
  }

  static JFreeChart create(List<Event> events, ChartStyle style) {
    DatasetSummary summary = DatasetSummary.of(events);
    DateSpread spread = DateSpread.forSpan(summary.first(), summary.last());
    Map<LocalDate, Bin> bins = bins(events, spread);
    TimeTableXYDataset bars = new TimeTableXYDataset(ChartStyle.UTC, Locale.ROOT);
    YIntervalSeries range = new YIntervalSeries(RANGE, false, true);
    bins.forEach(
        (start, bin) -> {
          bars.add(spread.period(start), bin.dated(), DATED, false);
          bars.add(spread.period(start), bin.spread(), SPREAD, false);
          if (bin.ranged()) {
            range.add(spread.middle(start), bin.best(), bin.low(), bin.high());
          }
        });
    YIntervalSeriesCollection ranges = new YIntervalSeriesCollection();
    if (!range.isEmpty()) {
      ranges.addSeries(range);
    }
    double[] cut = axisBreak(bins);
    String unit = "people killed per " + spread.bin().noun();
    DateAxis time = style.dateAxis(spread.axisLabel());
    spread.fitAxis(time, summary);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(cut == null ? 0 : 22);
    if (cut != null) {
      NumberAxis upper = style.valueAxis("above the break", true);
      upper.setRange(cut[1], cut[2]);
      plot.add(panel(bars, ranges, bins, spread, upper, b -> b > cut[0], style), 1);
      NumberAxis lower = style.valueAxis(unit, true);
      lower.setRange(0, cut[0]);
      plot.add(panel(bars, ranges, bins, spread, lower, b -> b <= cut[0], style), 3);
    } else {
      NumberAxis axis = style.valueAxis(unit, true);
      axis.setUpperMargin(0.12);
      plot.add(panel(bars, ranges, bins, spread, axis, b -> true, style), 1);
    }
    plot.setDomainGridlinesVisible(false);
    plot.setNoDataMessage(events.isEmpty() ? "No events" : "No event gives a fatality figure");
    plot.setFixedLegendItems(
        legend(bins.values().stream().anyMatch(b -> b.spread() > 0), !range.isEmpty()));
    JFreeChart chart =
        style.chart(
            "Fatalities over time", plot, true, note(events, spread, cut), summary.caption());
    for (XYPlot panel : plot.getSubplots()) {
      panel.setNoDataMessage(plot.getNoDataMessage());
      panel.setNoDataMessageFont(style.boldFont(28f));
      panel.setNoDataMessagePaint(ChartStyle.TEXT);
    }
    return chart;
  }

  private static String note(List<Event> events, DateSpread spread, double[] cut) {
    long withFigure = events.stream().filter(e -> e.fatalities() != null).count();
    String bin = spread.bin().noun();
    String note =
        String.format(
            Locale.ROOT,
            "%s of %d give a figure (the others are left out, not counted as 0). An event dated"
                + " within one %s counts there whole; one whose dates span several %ss (hatched)"
                + " is shared among them by its days, in whole people (largest remainders, so its"
                + " total is kept). Labels: whole people per %s.",
            DatasetSummary.plural((int) withFigure, "event"),
            events.size(),
            bin,
            bin,
            bin);
    if (cut != null) {
      note +=
          String.format(
              Locale.ROOT,
              " The axis is broken between %d and %d so that small tolls stay visible.",
              (int) cut[0],
              (int) cut[1]);
    }
    return note;
  }

  /** One panel of the chart: the bars and ranges, labelled where the bin's total is shown. */
  private static XYPlot panel(
      TimeTableXYDataset bars,
      YIntervalSeriesCollection ranges,
      Map<LocalDate, Bin> bins,
      DateSpread spread,
      NumberAxis axis,
      java.util.function.IntPredicate labelledHere,
      ChartStyle style) {
    Map<Long, String> datedLabels = new HashMap<>();
    Map<Long, String> spreadLabels = new HashMap<>();
    Map<Long, String> rangeLabels = new HashMap<>();
    bins.forEach(
        (start, bin) -> {
          if (!labelledHere.test(bin.best())) {
            return;
          }
          if (bin.ranged()) {
            rangeLabels.put(spread.middle(start), bin.label());
          } else {
            (bin.spread() > 0 ? spreadLabels : datedLabels)
                .put(DateSpread.millis(start), bin.label());
          }
        });
    StackedXYBarRenderer stacked = new StackedXYBarRenderer(0.0);
    stacked.setAutoPopulateSeriesPaint(false);
    stacked.setSeriesPaint(0, ChartStyle.FATALITIES);
    stacked.setSeriesPaint(1, ChartStyle.hatched(ChartStyle.FATALITIES));
    stacked.setDrawBarOutline(false);
    stacked.setShadowVisible(false);
    stacked.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    stacked.setSeriesItemLabelGenerator(0, new BinLabels(datedLabels, 0));
    stacked.setSeriesItemLabelGenerator(1, new BinLabels(spreadLabels, 1));
    stacked.setDefaultItemLabelsVisible(true);
    stacked.setDefaultItemLabelFont(style.font(16f));
    stacked.setDefaultItemLabelPaint(ChartStyle.TEXT);
    stacked.setDefaultPositiveItemLabelPosition(
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
    XYPlot plot = new XYPlot(bars, null, axis, stacked);
    plot.setRenderer(1, whiskers);
    plot.setDataset(1, ranges);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainGridlinesVisible(false);
    return plot;
  }

  private static LegendItemCollection legend(boolean withSpread, boolean withRange) {
    LegendItemCollection items = new LegendItemCollection();
    items.add(ChartStyle.squareLegend(DATED, ChartStyle.FATALITIES));
    if (withSpread) {
      items.add(ChartStyle.squareLegend(SPREAD, ChartStyle.hatched(ChartStyle.FATALITIES)));
    }
    if (withRange) {
      items.add(ChartStyle.rangeLegend(RANGE, new Line2D.Double(0, -9, 0, 9)));
    }
    return items;
  }
}
