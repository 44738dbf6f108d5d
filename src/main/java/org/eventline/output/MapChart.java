package org.eventline.output;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventline.curation.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Events with coordinates on a map of their region: country outlines from Natural Earth in a plain
 * equirectangular projection whose horizontal scale is shrunk by the cosine of the middle latitude
 * (so that shapes look right), one marker per event, colour and shape by event type.
 */
final class MapChart {

  /** Margin around the events, as a share of their extent, and the smallest extent shown. */
  static final double MARGIN = 0.25;

  static final double MIN_EXTENT_DEGREES = 14;
  static final Rectangle2D WORLD = new Rectangle2D.Double(-180, -90, 360, 180);

  private MapChart() {}

  static JFreeChart create(
      List<Event> events, List<String> eventTypes, CountryOutlines outlines, ChartStyle style) {
    List<Event> placed =
        events.stream().filter(e -> e.latitude() != null && e.longitude() != null).toList();
    XYSeriesCollection dataset = new XYSeriesCollection();
    Map<String, XYSeries> byType = new LinkedHashMap<>();
    for (String type : eventTypes) {
      for (Event event : placed) {
        if (type.equals(event.eventType())) {
          byType
              .computeIfAbsent(type, t -> new XYSeries(t, false, true))
              .add(event.longitude().doubleValue(), event.latitude().doubleValue());
        }
      }
    }
    byType.values().forEach(dataset::addSeries);

    Rectangle2D view = view(placed);
    NumberAxis lon = style.valueAxis("longitude (degrees east)", false);
    NumberAxis lat = style.valueAxis("latitude (degrees north)", false);
    lon.setAutoRangeIncludesZero(false);
    lat.setAutoRangeIncludesZero(false);
    lon.setRange(view.getMinX(), view.getMaxX());
    lat.setRange(view.getMinY(), view.getMaxY());

    DodgingShapeRenderer markers = new DodgingShapeRenderer();
    markers.setAutoPopulateSeriesPaint(false);
    markers.setAutoPopulateSeriesShape(false);
    markers.setAutoPopulateSeriesOutlinePaint(false);
    markers.setUseOutlinePaint(true);
    markers.setDrawOutlines(true);
    markers.setDefaultOutlinePaint(ChartStyle.TEXT);
    markers.setDefaultOutlineStroke(ChartStyle.stroke(1.5f));
    int series = 0;
    for (String type : byType.keySet()) {
      int index = eventTypes.indexOf(type);
      markers.setSeriesPaint(series, ChartStyle.categoryColour(index));
      markers.setSeriesShape(series, marker(index));
      markers.setSeriesOutlinePaint(series, ChartStyle.TEXT);
      series++;
    }
    Rectangle2D near =
        new Rectangle2D.Double(
            view.getX() - view.getWidth(),
            view.getY() - view.getHeight(),
            3 * view.getWidth(),
            3 * view.getHeight());
    for (CountryOutlines.Country country : outlines.within(near)) {
      markers.addAnnotation(
          new XYShapeAnnotation(
              country.outline(), ChartStyle.stroke(1f), ChartStyle.BORDER, ChartStyle.LAND),
          Layer.BACKGROUND);
    }
    XYPlot plot = new XYPlot(dataset, lon, lat, markers);
    plot.setBackgroundPaint(ChartStyle.SEA);
    plot.setNoDataMessage(events.isEmpty() ? "No events" : "No event has coordinates");
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    String note =
        String.format(
            Locale.ROOT,
            "%d of %s %s coordinates (geo_precision 1: the town; 2: near it; 3: the region's"
                + " capital). Markers that would overlap are set in a ring around their place.",
            placed.size(),
            DatasetSummary.plural(events.size(), "event"),
            placed.size() == 1 ? "has" : "have");
    JFreeChart chart =
        style.chart(
            "Where the events happened",
            plot,
            true,
            note,
            DatasetSummary.of(events).caption()
                + " Country outlines: Natural Earth (public domain).");
    if (placed.isEmpty()) {
      return chart;
    }
    Rectangle2D area = fitAspect(chart, plot, (view.getMinY() + view.getMaxY()) / 2);
    markers.dodge(
        dataset,
        area,
        new Rectangle2D.Double(
            plot.getDomainAxis().getLowerBound(),
            plot.getRangeAxis().getLowerBound(),
            plot.getDomainAxis().getRange().getLength(),
            plot.getRangeAxis().getRange().getLength()));
    return chart;
  }

  /** The area shown: the events' extent with a margin, or the world when none has coordinates. */
  static Rectangle2D view(List<Event> placed) {
    if (placed.isEmpty()) {
      return WORLD;
    }
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    for (Event e : placed) {
      minLon = Math.min(minLon, e.longitude().doubleValue());
      maxLon = Math.max(maxLon, e.longitude().doubleValue());
      minLat = Math.min(minLat, e.latitude().doubleValue());
      maxLat = Math.max(maxLat, e.latitude().doubleValue());
    }
    double lonExtent = Math.max(MIN_EXTENT_DEGREES, (maxLon - minLon) * (1 + 2 * MARGIN));
    double latExtent = Math.max(MIN_EXTENT_DEGREES, (maxLat - minLat) * (1 + 2 * MARGIN));
    double midLon = (minLon + maxLon) / 2;
    double midLat = (minLat + maxLat) / 2;
    return clamp(midLon - lonExtent / 2, midLat - latExtent / 2, lonExtent, latExtent);
  }

  private static Rectangle2D clamp(double x, double y, double w, double h) {
    double width = Math.min(w, 360);
    double height = Math.min(h, 180);
    double left = Math.max(-180, Math.min(x, 180 - width));
    double bottom = Math.max(-90, Math.min(y, 90 - height));
    return new Rectangle2D.Double(left, bottom, width, height);
  }

  /**
   * Widens the longitude or latitude range so that a degree of latitude takes as many pixels as a
   * degree of longitude divided by the cosine of the middle latitude. Draws the chart once to learn
   * the size of its plot area.
   */
  private static Rectangle2D fitAspect(JFreeChart chart, XYPlot plot, double midLat) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    ChartRenderer.draw(chart, info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    NumberAxis lon = (NumberAxis) plot.getDomainAxis();
    NumberAxis lat = (NumberAxis) plot.getRangeAxis();
    double cos = Math.cos(Math.toRadians(midLat));
    double lonWidth = lon.getRange().getLength();
    double latHeight = lat.getRange().getLength();
    double neededLonWidth = latHeight * area.getWidth() / area.getHeight() / cos;
    double neededLatHeight = lonWidth * cos * area.getHeight() / area.getWidth();
    if (neededLonWidth >= lonWidth) {
      double c = lon.getRange().getCentralValue();
      lon.setRange(c - neededLonWidth / 2, c + neededLonWidth / 2);
    } else {
      double c = lat.getRange().getCentralValue();
      double bottom = Math.max(-90, Math.min(c - neededLatHeight / 2, 90 - neededLatHeight));
      lat.setRange(bottom, bottom + neededLatHeight);
    }
    return area;
  }

  /** A marker shape for the event type at this index: circle, square, triangles, diamond. */
  static Shape marker(int index) {
    double r = 10;
    return switch (index % 6) {
      case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
      case 2 -> polygon(new double[] {0, -r * 1.2, r * 1.1, r * 0.8, -r * 1.1, r * 0.8});
      case 3 -> polygon(new double[] {0, -r * 1.3, r * 1.3, 0, 0, r * 1.3, -r * 1.3, 0});
      case 4 -> polygon(new double[] {0, r * 1.2, r * 1.1, -r * 0.8, -r * 1.1, -r * 0.8});
      default -> star(r * 1.3);
    };
  }

  private static Shape polygon(double[] xy) {
    Path2D path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }

  private static Shape star(double r) {
    List<Double> xy = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double radius = i % 2 == 0 ? r : r * 0.45;
      double angle = Math.PI / 5 * i - Math.PI / 2;
      xy.add(radius * Math.cos(angle));
      xy.add(radius * Math.sin(angle));
    }
    return polygon(xy.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
