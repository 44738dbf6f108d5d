package org.eventline.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.eventline.EventlineException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart: DejaVu Sans loaded from the jar (never the machine's fonts), a
 * colour-blind-safe palette whose colours also differ in lightness, fixed rendering hints, UTC
 * dates and {@link Locale#ROOT} number formats, so that a chart has the same pixels on every
 * machine.
 */
final class ChartStyle {

  /** Size of every chart, in pixels. */
  static final int WIDTH = 1600;

  static final int HEIGHT = 1000;

  static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /**
   * Colours for the event types, in the order of the schema's event_type enumeration. From the
   * Okabe-Ito palette (safe for the common colour-vision deficiencies) plus Paul Tol's wine, chosen
   * so that their CIE lightness values differ by at least 11 (greyscale printing keeps them apart).
   */
  static final List<Color> CATEGORY_COLOURS =
      List.of(
          new Color(0x88, 0x22, 0x55), // wine, L* 32
          new Color(0x00, 0x72, 0xB2), // blue, L* 46
          new Color(0xF0, 0xE4, 0x42), // yellow, L* 89
          new Color(0xE6, 0x9F, 0x00), // orange, L* 71
          new Color(0x00, 0x00, 0x00), // black, L* 0
          new Color(0x00, 0x9E, 0x73)); // bluish green, L* 58

  /** Event counts: Okabe-Ito sky blue, L* 70 (the fatalities' vermillion is L* 54). */
  static final Color EVENTS = new Color(0x56, 0xB4, 0xE9);

  /** Fatality figures (best estimates). */
  static final Color FATALITIES = new Color(0xD5, 0x5E, 0x00);

  /** Low-high ranges drawn over the best estimates. */
  static final Color RANGE = Color.BLACK;

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
  static final Color LAND = new Color(0xE6, 0xE6, 0xE6);
  static final Color BORDER = new Color(0x99, 0x99, 0x99);
  static final Color SEA = new Color(0xF7, 0xFA, 0xFC);

  private static final String FONTS = "/org/eventline/output/fonts/";

  private final Font regular;
  private final Font bold;

  private ChartStyle(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** Loads the fonts shipped in the jar. */
  static ChartStyle load() {
    return new ChartStyle(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
  }

  private static Font font(String file) {
    try (InputStream in = ChartStyle.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new EventlineException("font " + file + " is missing from the jar");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new EventlineException("cannot load font " + file, e);
    }
  }

  Font font(float size) {
    return regular.deriveFont(size);
  }

  Font boldFont(float size) {
    return bold.deriveFont(size);
  }

  /**
   * The event types (by index) whose fill is hatched with white diagonal lines, so that in
   * greyscale they also differ by texture from the solid colours nearest in lightness: wine (L* 32)
   * from blue (46), bluish green (58) from blue and from orange (71).
   */
  static final java.util.Set<Integer> HATCHED = java.util.Set.of(0, 5);

  /** The colour of the event type at this index of the schema's enumeration. */
  static Color categoryColour(int index) {
    return CATEGORY_COLOURS.get(index % CATEGORY_COLOURS.size());
  }

  /** The fill of the event type at this index: its colour, hatched for {@link #HATCHED} types. */
  static java.awt.Paint categoryFill(int index) {
    Color colour = categoryColour(index);
    return HATCHED.contains(index % CATEGORY_COLOURS.size()) ? hatched(colour) : colour;
  }

  /** A fill of this colour hatched with white diagonal lines. */
  static java.awt.Paint hatched(Color colour) {
    int size = 12;
    java.awt.image.BufferedImage tile =
        new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = tile.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, size, size);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2f));
    g.drawLine(0, size, size, 0);
    g.drawLine(-size / 2, size / 2, size / 2, -size / 2);
    g.drawLine(size / 2, size + size / 2, size + size / 2, size / 2);
    g.dispose();
    return new java.awt.TexturePaint(tile, new java.awt.geom.Rectangle2D.Double(0, 0, size, size));
  }

  /** Rendering hints fixed for every chart. */
  static RenderingHints hints() {
    RenderingHints hints =
        new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    hints.putAll(
        Map.of(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
            RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY,
            RenderingHints.KEY_ALPHA_INTERPOLATION,
                RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY,
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR));
    return hints;
  }

  /** A chart with its title, the style applied, and the caption line naming the data. */
  JFreeChart chart(String title, Plot plot, boolean legend, String note, String caption) {
    JFreeChart chart = new JFreeChart(title, boldFont(30f), plot, legend);
    theme().apply(chart);
    chart.setRenderingHints(hints());
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(16, 20, 12, 28));
    chart.getTitle().setPaint(TEXT);
    chart.getTitle().setMargin(new RectangleInsets(0, 0, 6, 0));
    if (note != null && !note.isEmpty()) {
      chart.addSubtitle(0, line(note, font(19f), RectangleEdge.TOP));
    }
    chart.addSubtitle(line(caption, font(17f), RectangleEdge.BOTTOM));
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(font(19f));
      legendTitle.setPosition(RectangleEdge.TOP);
      legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
      legendTitle.setMargin(new RectangleInsets(8, 0, 4, 0));
    }
    plot.setNoDataMessageFont(boldFont(28f));
    plot.setNoDataMessagePaint(TEXT);
    return chart;
  }

  private static Title line(String text, Font font, RectangleEdge edge) {
    TextTitle title = new TextTitle(text, font);
    title.setPaint(TEXT);
    title.setPosition(edge);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setMargin(new RectangleInsets(edge == RectangleEdge.BOTTOM ? 12 : 2, 0, 2, 0));
    return title;
  }

  private StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("eventline", false);
    theme.setExtraLargeFont(boldFont(30f));
    theme.setLargeFont(font(21f));
    theme.setRegularFont(font(18f));
    theme.setSmallFont(font(16f));
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(TEXT);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setItemLabelPaint(TEXT);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    return theme;
  }

  /** A count or figure axis: whole numbers when the values are whole, Locale.ROOT formats. */
  NumberAxis valueAxis(String label, boolean wholeNumbers) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(
        wholeNumbers
            ? NumberAxis.createIntegerTickUnits(Locale.ROOT)
            : NumberAxis.createStandardTickUnits(Locale.ROOT));
    axis.setAutoRangeIncludesZero(true);
    axis.setLabelFont(font(21f));
    axis.setTickLabelFont(font(18f));
    return axis;
  }

  /** A time axis in UTC with ISO-style labels chosen to fit. */
  DateAxis dateAxis(String label) {
    DateAxis axis = new DateAxis(label, UTC, Locale.ROOT);
    TickUnits units = new TickUnits();
    String[] formats = {"yyyy-MM-dd", "yyyy-MM", "yyyy"};
    addUnits(units, DateTickUnitType.DAY, new int[] {1, 2, 7, 14}, formats[0]);
    addUnits(units, DateTickUnitType.MONTH, new int[] {1, 2, 3, 6}, formats[1]);
    addUnits(units, DateTickUnitType.YEAR, new int[] {1, 2, 5, 10}, formats[2]);
    axis.setStandardTickUnits(units);
    axis.setLabelFont(font(21f));
    axis.setTickLabelFont(font(18f));
    return axis;
  }

  private static void addUnits(
      TickUnits units, DateTickUnitType type, int[] steps, String pattern) {
    for (int step : steps) {
      SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
      format.setTimeZone(UTC);
      units.add(new DateTickUnit(type, step, format));
    }
  }

  /** A number format for labels: Locale.ROOT, grouping off, at most one decimal. */
  static NumberFormat numberFormat() {
    DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setGroupingUsed(false);
    return format;
  }

  /** A legend entry drawn as a filled square. */
  static org.jfree.chart.LegendItem squareLegend(String label, java.awt.Paint paint) {
    org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(label, paint);
    item.setShape(new java.awt.Rectangle(-8, -8, 16, 16));
    return item;
  }

  /** The legend entry of a low-high range bar, drawn as a thick line along {@code line}. */
  static org.jfree.chart.LegendItem rangeLegend(String label, java.awt.geom.Line2D line) {
    return new org.jfree.chart.LegendItem(
        label,
        null,
        null,
        null,
        false,
        new java.awt.Rectangle(0, 0),
        false,
        RANGE,
        false,
        RANGE,
        stroke(3f),
        true,
        line,
        stroke(3f),
        RANGE);
  }

  static BasicStroke stroke(float width) {
    return new BasicStroke(width);
  }
}
