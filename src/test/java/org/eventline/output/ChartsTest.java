package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eventline.curation.Event;
import org.eventline.schema.EventSchema;
import org.eventline.testing.SampleEvents;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final double EPS = 1e-9;
  private static Charts charts;
  private static Map<String, JFreeChart> small;

  @BeforeAll
  static void draw() {
    charts = new Charts(EventSchema.load());
    small = charts.charts(SampleEvents.small());
  }

  @Test
  void everyChartIsBuiltUnderChartsFolder() {
    assertEquals(
        List.of("timeline.png", "fatalities.png", "by-location.png", "by-actor.png", "map.png"),
        List.copyOf(small.keySet()));
    List<OutputFile> files = charts.render(SampleEvents.small());
    assertEquals(
        List.of(
            "charts/timeline.png",
            "charts/fatalities.png",
            "charts/by-location.png",
            "charts/by-actor.png",
            "charts/map.png"),
        files.stream().map(OutputFile::path).toList());
  }

  @Test
  void timelineStacksEventsByTypeSpreadOverTheirDays() {
    XYPlot plot = (XYPlot) small.get("timeline.png").getPlot();
    TimeTableXYDataset data = (TimeTableXYDataset) plot.getDataset();
    assertEquals(List.of("Battles", "Protests", "Explosions/Remote violence"), seriesKeys(data));
    // 31 days of data: day bins. b1 on the 10th, b2 over the 10th and 11th.
    assertEquals(1.5, y(data, "Battles", "2021-08-10"), EPS);
    assertEquals(0.5, y(data, "Battles", "2021-08-11"), EPS);
    // The month-precision protest adds 1/31 to each day of August, not 1 to the first.
    assertEquals(1.0 / 31, y(data, "Protests", "2021-08-01"), EPS);
    assertEquals(1.0 / 31, y(data, "Protests", "2021-08-31"), EPS);
    assertEquals(1.0, y(data, "Explosions/Remote violence", "2021-08-20"), EPS);
    assertEquals(4.0, total(data), EPS);
    assertEquals("events per day", plot.getRangeAxis().getLabel());
    assertDrawn("timeline.png", ChartStyle.categoryColour(0));
    assertDrawn("timeline.png", ChartStyle.categoryColour(1));
  }

  @Test
  void fatalitiesShowBestEstimatesAndRangesWhereGiven() {
    XYPlot plot = fatalityPanes(small.get("fatalities.png")).get(0);
    TimeTableXYDataset bars = (TimeTableXYDataset) plot.getDataset(0);
    assertEquals(List.of(FatalitiesChart.DATED, FatalitiesChart.SPREAD), seriesKeys(bars));
    // b1 (4, one day) counts whole on the 10th; b2 (10, 10-30, two days) is shared 5 and 5.
    assertEquals(4.0, y(bars, FatalitiesChart.DATED, "2021-08-10"), EPS);
    assertEquals(5.0, y(bars, FatalitiesChart.SPREAD, "2021-08-10"), EPS);
    assertEquals(5.0, y(bars, FatalitiesChart.SPREAD, "2021-08-11"), EPS);
    assertEquals(14.0, total(bars), EPS);
    YIntervalSeriesCollection ranges = (YIntervalSeriesCollection) plot.getDataset(1);
    assertEquals(1, ranges.getSeriesCount());
    assertEquals(2, ranges.getItemCount(0));
    assertEquals(9.0, ranges.getStartYValue(0, 0), EPS);
    assertEquals(19.0, ranges.getEndYValue(0, 0), EPS);
    assertEquals(5.0, ranges.getStartYValue(0, 1), EPS);
    assertEquals(15.0, ranges.getEndYValue(0, 1), EPS);
    assertEquals(
        3,
        ((org.jfree.chart.plot.CombinedDomainXYPlot) small.get("fatalities.png").getPlot())
            .getFixedLegendItems()
            .getItemCount());
    assertDrawn("fatalities.png", ChartStyle.FATALITIES);
    assertDrawn("fatalities.png", ChartStyle.RANGE);
  }

  @Test
  void locationsAreRankedWithEventsAndFatalities() {
    List<CategoryPlot> panes = panes(small.get("by-location.png"));
    CategoryDataset events = panes.get(0).getDataset();
    assertEquals(
        List.of("Kabul, Afghanistan", "Herat, Afghanistan", "Kandahar, Afghanistan"),
        events.getColumnKeys());
    assertEquals(List.of(2.0, 1.0, 1.0), values(events));
    CategoryDataset best = panes.get(1).getDataset(0);
    assertEquals(List.of(14.0, 0.0, 0.0), values(best));
    IntervalCategoryDataset range = (IntervalCategoryDataset) panes.get(1).getDataset(1);
    assertEquals(14.0, range.getStartValue(0, 0).doubleValue(), EPS);
    assertEquals(34.0, range.getEndValue(0, 0).doubleValue(), EPS);
    assertDrawn("by-location.png", ChartStyle.EVENTS);
    assertDrawn("by-location.png", ChartStyle.FATALITIES);
  }

  @Test
  void aCountryLevelEventIsLabelledByItsCountryOnce() {
    Event national =
        SampleEvents.event("n1", "Battles", "2021-08-10", "2021-08-10", "day", "a1", "q")
            .actor1("Taliban")
            .location("Afghanistan")
            .build();
    assertEquals("Afghanistan (country only)", RankingChart.locationOf(national));
    assertEquals("Herat, Afghanistan", RankingChart.locationOf(SampleEvents.small().get(2)));
  }

  @Test
  void actorsCountEachEventForEachOfItsActors() {
    List<CategoryPlot> panes = panes(small.get("by-actor.png"));
    CategoryDataset events = panes.get(0).getDataset();
    assertEquals(
        List.of(
            "Taliban",
            "Military Forces of Afghanistan (2004-2021)",
            "Protesters (Afghanistan)",
            "Unidentified Armed Group (Afghanistan)"),
        events.getColumnKeys());
    assertEquals(List.of(2.0, 1.0, 1.0, 1.0), values(events));
    assertEquals(List.of(14.0, 4.0, 0.0, 0.0), values(panes.get(1).getDataset(0)));
    assertDrawn("by-actor.png", ChartStyle.EVENTS);
  }

  @Test
  void mapPlacesEventsWithCoordinatesOverCountryOutlines() {
    MapPanels map = (MapPanels) small.get("map.png").getPlot();
    assertEquals(1, map.panels().size(), "one region: one panel");
    XYPlot plot = map.panels().get(0);
    XYDataset data = plot.getDataset();
    assertEquals(List.of("Battles", "Protests"), seriesKeys(data));
    assertEquals(69.2075, data.getXValue(0, 0), EPS);
    assertEquals(34.5553, data.getYValue(0, 0), EPS);
    assertEquals(62.1997, data.getXValue(1, 0), EPS);
    // The view holds every event, at a regional scale, and Afghanistan's outline is drawn.
    assertTrue(plot.getDomainAxis().getRange().contains(62.1997));
    assertTrue(plot.getDomainAxis().getRange().contains(69.2075));
    assertTrue(plot.getRangeAxis().getRange().contains(34.5553));
    assertTrue(plot.getRangeAxis().getRange().getLength() < 20, "regional extent");
    assertFalse(
        ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer())
            .getAnnotations()
            .isEmpty());
    assertDrawnInPanels("map.png", ChartStyle.LAND);
    assertDrawnInPanels("map.png", ChartStyle.categoryColour(0));
    assertDrawnInPanels("map.png", ChartStyle.categoryColour(1));
  }

  @Test
  void everyChartHasTitleAxisLabelsCaptionAndLegend() {
    for (var entry : small.entrySet()) {
      JFreeChart chart = entry.getValue();
      assertFalse(chart.getTitle().getText().isBlank(), entry.getKey());
      List<String> lines = texts(chart);
      assertTrue(
          lines.contains(
                  "Data: eventline output/events.csv \u2014 4 events from 3 articles, 2021-08-01 to"
                      + " 2021-08-31.")
              || lines.stream()
                  .anyMatch(
                      l ->
                          l.startsWith(
                              "Data: eventline output/events.csv \u2014 4 events from 3 articles, 2021-08-01 to 2021-08-31.")),
          entry.getKey() + ": " + lines);
      assertNotNull(chart.getLegend(), entry.getKey());
      for (Axis axis : axes(chart.getPlot())) {
        assertFalse(axis.getLabel() == null || axis.getLabel().isBlank(), entry.getKey());
      }
    }
  }

  @Test
  void everyTextIsSetInTheShippedDejaVuSans() {
    for (var entry : small.entrySet()) {
      JFreeChart chart = entry.getValue();
      List<Font> fonts = new ArrayList<>();
      fonts.add(chart.getTitle().getFont());
      for (Object t : chart.getSubtitles()) {
        if (t instanceof TextTitle text) fonts.add(text.getFont());
        if (t instanceof LegendTitle legend) fonts.add(legend.getItemFont());
      }
      for (Axis axis : axes(chart.getPlot())) {
        fonts.add(axis.getLabelFont());
        fonts.add(axis.getTickLabelFont());
      }
      fonts.add(chart.getPlot().getNoDataMessageFont());
      for (Font font : fonts) {
        assertTrue(
            font.getFamily(java.util.Locale.ROOT).startsWith("DejaVu Sans"),
            entry.getKey() + ": " + font);
      }
    }
  }

  @Test
  void paletteStaysApartInGreyscale() {
    List<Color> colours = new ArrayList<>(ChartStyle.CATEGORY_COLOURS);
    assertTrue(colours.size() >= Charts.eventTypes(EventSchema.load()).size());
    assertApart(colours, 10);
    // Colours closer than 15 in lightness are told apart by texture too: one of them is hatched.
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        if (Math.abs(lightness(colours.get(i)) - lightness(colours.get(j))) < 15) {
          assertTrue(
              ChartStyle.categoryFill(i) instanceof java.awt.TexturePaint
                  ^ ChartStyle.categoryFill(j) instanceof java.awt.TexturePaint,
              "event types " + i + " and " + j);
        }
      }
    }
    assertApart(List.of(ChartStyle.EVENTS, ChartStyle.FATALITIES, ChartStyle.RANGE), 10);
    assertApart(
        List.of(ChartStyle.LAND, ChartStyle.categoryColour(0), ChartStyle.categoryColour(1)), 10);
  }

  private static void assertApart(List<Color> colours, double margin) {
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        double a = lightness(colours.get(i));
        double b = lightness(colours.get(j));
        assertTrue(
            Math.abs(a - b) >= margin,
            colours.get(i) + " L*=" + a + " and " + colours.get(j) + " L*=" + b);
      }
    }
  }

  /** CIE L* (0 black to 100 white) of an sRGB colour: what greyscale printing keeps. */
  static double lightness(Color c) {
    double y =
        0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  @Test
  void twoRendersGiveIdenticalBytesWithoutTimestamps() throws IOException {
    List<OutputFile> first = charts.render(SampleEvents.small());
    List<OutputFile> second = new Charts(EventSchema.load()).render(SampleEvents.small());
    for (int i = 0; i < first.size(); i++) {
      byte[] a = bytes(first.get(i));
      assertArrayEquals(a, bytes(second.get(i)), first.get(i).path());
      List<String> chunks = pngChunks(a);
      assertEquals("IHDR", chunks.get(0));
      for (String forbidden : List.of("tIME", "tEXt", "iTXt", "zTXt")) {
        assertFalse(chunks.contains(forbidden), first.get(i).path() + " has " + forbidden);
      }
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(a));
      assertEquals(1600, image.getWidth());
      assertEquals(1000, image.getHeight());
    }
  }

  @Test
  void theMachinesLocaleAndTimeZoneDoNotChangeTheBytes() throws IOException {
    List<OutputFile> reference = charts.render(SampleEvents.small());
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    List<OutputFile> elsewhere;
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      elsewhere = new Charts(EventSchema.load()).render(SampleEvents.small());
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
    for (int i = 0; i < reference.size(); i++) {
      assertArrayEquals(bytes(reference.get(i)), bytes(elsewhere.get(i)), reference.get(i).path());
    }
  }

  @Test
  void anEmptyDatasetSaysNoEvents() throws IOException {
    Map<String, JFreeChart> empty = charts.charts(List.of());
    for (var entry : empty.entrySet()) {
      Plot plot = entry.getValue().getPlot();
      assertEquals("No events", plot.getNoDataMessage(), entry.getKey());
      assertTrue(
          texts(entry.getValue()).stream().anyMatch(t -> t.contains("0 events from 0 articles")),
          entry.getKey());
    }
    for (OutputFile file : charts.render(List.of())) {
      assertEquals(1600, ImageIO.read(new ByteArrayInputStream(bytes(file))).getWidth());
    }
  }

  @Test
  void anEventWithoutFiguresIsNotDrawnAsZero() {
    List<Event> events = List.of(SampleEvents.small().get(3));
    XYPlot plot = fatalityPanes(charts.charts(events).get("fatalities.png")).get(0);
    assertEquals(0, plot.getDataset(0).getItemCount(0) + plot.getDataset(1).getSeriesCount());
    assertEquals("No event gives a fatality figure", plot.getNoDataMessage());
  }

  // --- helpers

  /** Asserts that pixels of exactly this colour were drawn inside the plot's data area. */
  private static void assertDrawn(String name, Color colour) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = ChartRenderer.draw(small.get(name), info);
    List<Rectangle2D> areas = new ArrayList<>();
    if (info.getPlotInfo().getSubplotCount() > 0) {
      for (int i = 0; i < info.getPlotInfo().getSubplotCount(); i++) {
        areas.add(info.getPlotInfo().getSubplotInfo(i).getDataArea());
      }
    } else {
      areas.add(info.getPlotInfo().getDataArea());
    }
    int found = 0;
    for (Rectangle2D area : areas) {
      for (int x = (int) area.getMinX() + 1; x < (int) area.getMaxX() - 1; x++) {
        for (int y = (int) area.getMinY() + 1; y < (int) area.getMaxY() - 1; y++) {
          if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) found++;
        }
      }
    }
    assertTrue(found >= 20, name + ": only " + found + " pixels of " + colour + " in the plot");
  }

  /** Pixels of this colour inside the data area of any panel of a chart drawn in sub-plots. */
  private static void assertDrawnInPanels(String name, Color colour) {
    assertDrawn(name, colour);
  }

  static List<XYPlot> fatalityPanes(JFreeChart chart) {
    List<XYPlot> panes = new ArrayList<>();
    for (Object p : ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots()) {
      panes.add((XYPlot) p);
    }
    return panes;
  }

  private static List<CategoryPlot> panes(JFreeChart chart) {
    List<CategoryPlot> panes = new ArrayList<>();
    for (Object p : ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots()) {
      panes.add((CategoryPlot) p);
    }
    return panes;
  }

  private static List<Axis> axes(Plot plot) {
    List<Axis> axes = new ArrayList<>();
    if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
      axes.add(combined.getDomainAxis());
      for (Object pane : combined.getSubplots()) axes.add(((XYPlot) pane).getRangeAxis());
    } else if (plot instanceof XYPlot xy) {
      axes.add(xy.getDomainAxis());
      axes.add(xy.getRangeAxis());
    } else if (plot instanceof MapPanels map) {
      for (XYPlot panel : map.panels()) {
        axes.add(panel.getDomainAxis());
        axes.add(panel.getRangeAxis());
      }
    } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
      axes.add(combined.getDomainAxis());
      for (Object pane : combined.getSubplots()) axes.add(((XYPlot) pane).getRangeAxis());
    } else if (plot instanceof CombinedDomainCategoryPlot combined) {
      axes.add(combined.getDomainAxis());
      for (CategoryPlot pane : panes2(combined)) axes.add(pane.getRangeAxis());
    }
    return axes;
  }

  private static List<CategoryPlot> panes2(CombinedDomainCategoryPlot plot) {
    List<CategoryPlot> panes = new ArrayList<>();
    for (Object p : plot.getSubplots()) panes.add((CategoryPlot) p);
    return panes;
  }

  private static List<String> texts(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle text) texts.add(text.getText());
    }
    return texts;
  }

  private static List<Number> values(CategoryDataset data) {
    List<Number> values = new ArrayList<>();
    for (int c = 0; c < data.getColumnCount(); c++) values.add(data.getValue(0, c));
    return values;
  }

  private static List<Comparable<?>> seriesKeys(XYDataset data) {
    List<Comparable<?>> keys = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) keys.add(data.getSeriesKey(s));
    return keys;
  }

  private static double y(TimeTableXYDataset data, String series, String day) {
    long start = DateSpread.millis(LocalDate.parse(day));
    int s = data.indexOf(series);
    for (int i = 0; i < data.getItemCount(); i++) {
      if (data.getStartXValue(s, i) == start) {
        Number y = data.getY(s, i);
        return y == null ? 0 : y.doubleValue();
      }
    }
    return 0;
  }

  private static double total(TimeTableXYDataset data) {
    double sum = 0;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(); i++) {
        Number y = data.getY(s, i);
        sum += y == null ? 0 : y.doubleValue();
      }
    }
    return sum;
  }

  private static byte[] bytes(OutputFile file) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    file.write(out);
    return out.toByteArray();
  }

  /** The chunk types of a PNG, in order. */
  static List<String> pngChunks(byte[] png) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    in.skipBytes(8);
    List<String> chunks = new ArrayList<>();
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = new byte[4];
      in.readFully(type);
      chunks.add(new String(type, StandardCharsets.US_ASCII));
      in.skipBytes(length + 4);
    }
    return chunks;
  }
}
