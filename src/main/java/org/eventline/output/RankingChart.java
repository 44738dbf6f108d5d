package org.eventline.output;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.eventline.curation.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Events and fatalities per place or per actor as horizontal bars, largest first: events on the
 * left, fatalities (best estimate, with a black bar over the low-high range) on the right, the same
 * rows in both.
 */
final class RankingChart {

  /** How many rows are shown at most; the note says how many there are. */
  static final int MAX_ROWS = 15;

  static final String EVENTS = "events";
  static final String BEST = "fatalities, best estimate";
  static final String RANGE = "low\u2013high range reported";

  /**
   * One row: a place or actor, its event count, the summed figures of those of its events that give
   * one, and how many do.
   */
  record Row(String label, int events, Fatalities fatalities, int withFigure) {}

  private RankingChart() {}

  /** Events per place: the admin1 region, or the place itself when no admin1 is given. */
  static JFreeChart byLocation(List<Event> events, ChartStyle style) {
    return create(
        "Events and fatalities by first-level region (admin1)",
        "admin1, country (or the place)",
        e -> List.of(locationOf(e)),
        events,
        "place",
        "",
        style);
  }

  /** Events per actor: an event counts for each of its actors, with all its fatalities. */
  static JFreeChart byActor(List<Event> events, ChartStyle style) {
    return create(
        "Events and fatalities by actor (actor1 or actor2)",
        "actor (actor1 or actor2)",
        RankingChart::actorsOf,
        events,
        "actor",
        " An event counts for each of its actors, with all its fatalities (all sides).",
        style);
  }

  static String locationOf(Event event) {
    String place = event.admin1() != null ? event.admin1() : event.location();
    return place.equals(event.country())
        ? place + " (country only)"
        : place + ", " + event.country();
  }

  static List<String> actorsOf(Event event) {
    Set<String> actors = new LinkedHashSet<>();
    actors.add(event.actor1());
    if (event.actor2() != null) {
      actors.add(event.actor2());
    }
    return List.copyOf(actors);
  }

  /** The rows, largest event count first, then most fatalities, then by label. */
  static List<Row> rows(List<Event> events, Function<Event, List<String>> keys) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Fatalities> figures = new TreeMap<>();
    Map<String, Integer> withFigure = new TreeMap<>();
    for (Event event : events) {
      Fatalities f = Fatalities.of(event);
      for (String key : keys.apply(event)) {
        counts.merge(key, 1, Integer::sum);
        figures.merge(key, f == null ? Fatalities.NONE : f, Fatalities::plus);
        withFigure.merge(key, f == null ? 0 : 1, Integer::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((key, n) -> rows.add(new Row(key, n, figures.get(key), withFigure.get(key))));
    rows.sort(
        Comparator.comparingInt(Row::events)
            .reversed()
            .thenComparing(r -> -r.fatalities().best())
            .thenComparing(Row::label));
    return rows;
  }

  private static JFreeChart create(
      String title,
      String axisLabel,
      Function<Event, List<String>> keys,
      List<Event> events,
      String noun,
      String extraNote,
      ChartStyle style) {
    List<Row> all = rows(events, keys);
    List<Row> rows = top(all, events, keys, noun);
    DefaultCategoryDataset counts = new DefaultCategoryDataset();
    DefaultCategoryDataset best = new DefaultCategoryDataset();
    Number[][] low = new Number[1][rows.size()];
    Number[][] high = new Number[1][rows.size()];
    String[] labels = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      labels[i] = row.label();
      counts.addValue(row.events(), EVENTS, row.label());
      best.addValue(row.fatalities().best(), BEST, row.label());
      low[0][i] = row.fatalities().low();
      high[0][i] = row.fatalities().high();
    }
    DefaultIntervalCategoryDataset ranges =
        new DefaultIntervalCategoryDataset(new String[] {RANGE}, labels, low, high);

    CategoryAxis categories = new CategoryAxis(axisLabel);
    categories.setMaximumCategoryLabelWidthRatio(0.32f);
    categories.setMaximumCategoryLabelLines(2);
    categories.setTickLabelFont(style.font(18f));
    categories.setLabelFont(style.font(21f));
    categories.setCategoryMargin(0.25);
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(categories);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(36);
    plot.add(countPlot(counts, style), 1);
    plot.add(fatalityPlot(best, ranges, rows, style), 1);
    plot.setNoDataMessage("No events");
    plot.setFixedLegendItems(legend(rows.stream().anyMatch(r -> r.fatalities().isRange())));

    String shown =
        all.isEmpty()
            ? "No " + noun + "s"
            : rows.size() == all.size()
                ? "All " + DatasetSummary.plural(all.size(), noun)
                : String.format(
                    Locale.ROOT,
                    "The %d %ss with most events, then one bar for all the others",
                    rows.size() - 1,
                    noun);
    String note =
        shown
            + ", most events first."
            + extraNote
            + " Fatalities: sum over the events that give a figure.";
    JFreeChart chart = style.chart(title, plot, true, note, DatasetSummary.of(events).caption());
    for (Object subplot : plot.getSubplots()) {
      ((CategoryPlot) subplot).setNoDataMessage("No events");
      ((CategoryPlot) subplot).setNoDataMessageFont(style.boldFont(28f));
      ((CategoryPlot) subplot).setNoDataMessagePaint(ChartStyle.TEXT);
    }
    return chart;
  }

  /**
   * The rows shown: all of them when they fit, else the first {@code MAX_ROWS - 1} and one row
   * "other (N places, M events)" for the rest, counting each of their events once, with the figures
   * of those events.
   */
  static List<Row> top(
      List<Row> all, List<Event> events, Function<Event, List<String>> keys, String noun) {
    if (all.size() <= MAX_ROWS) {
      return all;
    }
    List<Row> shown = new ArrayList<>(all.subList(0, MAX_ROWS - 1));
    Set<String> rest = new java.util.HashSet<>();
    all.subList(MAX_ROWS - 1, all.size()).forEach(r -> rest.add(r.label()));
    int count = 0;
    int withFigure = 0;
    Fatalities sum = Fatalities.NONE;
    for (Event event : events) {
      if (keys.apply(event).stream().anyMatch(rest::contains)) {
        count++;
        Fatalities f = Fatalities.of(event);
        if (f != null) {
          withFigure++;
          sum = sum.plus(f);
        }
      }
    }
    String label =
        String.format(
            Locale.ROOT,
            "other (%s, %s)",
            DatasetSummary.plural(rest.size(), noun),
            DatasetSummary.plural(count, "event"));
    shown.add(new Row(label, count, sum, withFigure));
    return shown;
  }

  private static CategoryPlot countPlot(DefaultCategoryDataset counts, ChartStyle style) {
    NumberAxis axis = style.valueAxis("events", true);
    axis.setUpperMargin(0.12);
    BarRenderer bars = bars(ChartStyle.EVENTS, style);
    CategoryPlot plot = new CategoryPlot(counts, null, axis, bars);
    plot.setDomainGridlinesVisible(false);
    return plot;
  }

  private static CategoryPlot fatalityPlot(
      DefaultCategoryDataset best,
      DefaultIntervalCategoryDataset ranges,
      List<Row> rows,
      ChartStyle style) {
    NumberAxis axis = style.valueAxis("people killed", true);
    axis.setUpperMargin(0.45);
    Map<String, String> plain = new java.util.HashMap<>();
    Map<String, String> ranged = new java.util.HashMap<>();
    java.text.NumberFormat number = ChartStyle.numberFormat();
    for (Row row : rows) {
      Fatalities f = row.fatalities();
      if (f.isRange()) {
        ranged.put(row.label(), f.rangeLabel(number));
      } else {
        plain.put(row.label(), row.withFigure() == 0 ? "no figure" : number.format(f.best()));
      }
    }
    BarRenderer bars = bars(ChartStyle.FATALITIES, style);
    bars.setDefaultItemLabelGenerator(new RowLabels(plain));
    CategoryPlot plot = new CategoryPlot(best, null, axis, bars);
    IntervalBarRenderer whiskers = new IntervalBarRenderer();
    whiskers.setDefaultItemLabelGenerator(new RowLabels(ranged));
    whiskers.setDefaultItemLabelsVisible(true);
    whiskers.setDefaultItemLabelFont(style.font(16f));
    whiskers.setDefaultItemLabelPaint(ChartStyle.TEXT);
    whiskers.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    whiskers.setItemLabelAnchorOffset(6);
    whiskers.setAutoPopulateSeriesPaint(false);
    whiskers.setSeriesPaint(0, ChartStyle.RANGE);
    whiskers.setMaximumBarWidth(0.006);
    whiskers.setShadowVisible(false);
    whiskers.setDrawBarOutline(false);
    plot.setDataset(1, ranges);
    plot.setRenderer(1, whiskers);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainGridlinesVisible(false);
    return plot;
  }

  private static BarRenderer bars(java.awt.Color colour, ChartStyle style) {
    BarRenderer bars = new BarRenderer();
    bars.setAutoPopulateSeriesPaint(false);
    bars.setSeriesPaint(0, colour);
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setMaximumBarWidth(0.05);
    bars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", ChartStyle.numberFormat()));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(style.font(16f));
    bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setItemLabelAnchorOffset(6);
    return bars;
  }

  private static LegendItemCollection legend(boolean withRange) {
    LegendItemCollection items = new LegendItemCollection();
    items.add(ChartStyle.squareLegend(EVENTS, ChartStyle.EVENTS));
    items.add(ChartStyle.squareLegend(BEST, ChartStyle.FATALITIES));
    if (withRange) {
      items.add(ChartStyle.rangeLegend(RANGE, new Line2D.Double(-9, 0, 9, 0)));
    }
    return items;
  }
}
