package org.eventline.output;

import java.awt.Color;
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
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Events with coordinates on maps of their regions ({@link MapRegions}: one panel per region, so a
 * dataset spread over continents is not shrunk to dots on a world map). Each panel is a plain
 * equirectangular projection whose horizontal scale is shrunk by the cosine of its middle latitude,
 * over Natural Earth outlines. Every marker stands at the coordinates of its events: markers that
 * would overlap are merged into one with a count ({@link MapMarkers}), never moved aside.
 */
final class MapChart {

  static final Rectangle2D WORLD = new Rectangle2D.Double(-180, -90, 360, 180);

  private MapChart() {}

  static JFreeChart create(
      List<Event> events, List<String> eventTypes, CountryOutlines outlines, ChartStyle style) {
    List<Event> placed =
        events.stream().filter(e -> e.latitude() != null && e.longitude() != null).toList();
    List<MapRegions.Region> regions = MapRegions.of(placed);
    List<XYPlot> panels = new ArrayList<>();
    for (MapRegions.Region region : regions) {
      panels.add(panel(region, outlines, style));
    }
    MapPanels plot = new MapPanels(panels, legend(placed, eventTypes));
    plot.setNoDataMessage(events.isEmpty() ? "No events" : "No event has coordinates");
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart =
        style.chart(
            "Where the events happened",
            plot,
            true,
            note(events, placed, regions),
            caption(events));
    if (placed.isEmpty()) {
      return chart;
    }
    fitAspect(chart, plot); // the tick labels of the new ranges may move the areas: fit again
    List<Rectangle2D> areas = fitAspect(chart, plot);
    for (int i = 0; i < panels.size(); i++) {
      addMarkers(panels.get(i), areas.get(i), placed, eventTypes, style);
    }
    return chart;
  }

  private static String note(
      List<Event> events, List<Event> placed, List<MapRegions.Region> regions) {
    return String.format(
        Locale.ROOT,
        "%d of %s %s coordinates, each drawn where it happened%s. Markers that would overlap are"
            + " merged into one with the number of its events (split into colours when of several"
            + " types), at their mean position, never more than %d pixels from any of them. A ring shows an approximate place: dotted, near a"
            + " town (geo_precision 2); dashed, a region's centre (3).",
        placed.size(),
        DatasetSummary.plural(events.size(), "event"),
        placed.size() == 1 ? "has" : "have",
        regions.size() > 1
            ? String.format(
                Locale.ROOT, ", in %d regional panels with their own scales", regions.size())
            : "",
        (int) MapMarkers.MAX_SHIFT);
  }

  private static String caption(List<Event> events) {
    return DatasetSummary.of(events).caption()
        + " Country outlines: Natural Earth (public domain).";
  }

  /** A panel: the region's outlines, its axes, its events as data (drawn as annotations). */
  private static XYPlot panel(
      MapRegions.Region region, CountryOutlines outlines, ChartStyle style) {
    Rectangle2D view = region.view();
    NumberAxis lon = axis("degrees east", style);
    NumberAxis lat = axis("degrees north", style);
    lon.setRange(view.getMinX(), view.getMaxX());
    lat.setRange(view.getMinY(), view.getMaxY());
    XYSeriesCollection dataset = new XYSeriesCollection();
    Map<String, XYSeries> byType = new LinkedHashMap<>();
    for (Event e : region.events()) {
      byType
          .computeIfAbsent(e.eventType(), t -> new XYSeries(t, false, true))
          .add(e.longitude().doubleValue(), e.latitude().doubleValue());
    }
    byType.values().forEach(dataset::addSeries);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
    Rectangle2D near =
        new Rectangle2D.Double(
            view.getX() - view.getWidth(),
            view.getY() - view.getHeight(),
            3 * view.getWidth(),
            3 * view.getHeight());
    for (CountryOutlines.Country country : outlines.within(near)) {
      renderer.addAnnotation(
          new XYShapeAnnotation(
              country.outline(), ChartStyle.stroke(1f), ChartStyle.BORDER, ChartStyle.LAND),
          Layer.BACKGROUND);
    }
    XYPlot plot = new XYPlot(dataset, lon, lat, renderer);
    plot.setBackgroundPaint(ChartStyle.SEA);
    plot.setOutlinePaint(ChartStyle.BORDER);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    TextTitle title = new TextTitle(region.title(), style.boldFont(17f));
    title.setPaint(ChartStyle.TEXT);
    title.setBackgroundPaint(new Color(255, 255, 255, 215));
    title.setPadding(new RectangleInsets(2, 5, 2, 5));
    plot.addAnnotation(new XYTitleAnnotation(0.005, 0.995, title, RectangleAnchor.TOP_LEFT));
    return plot;
  }

  private static NumberAxis axis(String label, ChartStyle style) {
    NumberAxis axis = style.valueAxis(label, false);
    axis.setLabelFont(style.font(15f));
    axis.setAutoRangeIncludesZero(false);
    axis.setTickLabelFont(style.font(14f));
    return axis;
  }

  /**
   * Widens each panel's longitude or latitude range so that a degree of latitude takes as many
   * pixels as a degree of longitude divided by the cosine of the panel's middle latitude. Draws the
   * chart to learn the size of each panel's data area; returns those areas.
   */
  static List<Rectangle2D> fitAspect(JFreeChart chart, MapPanels plot) {
    List<Rectangle2D> areas = dataAreas(chart);
    for (int i = 0; i < plot.panels().size(); i++) {
      XYPlot panel = plot.panels().get(i);
      Rectangle2D area = areas.get(i);
      NumberAxis lon = (NumberAxis) panel.getDomainAxis();
      NumberAxis lat = (NumberAxis) panel.getRangeAxis();
      double cos = Math.cos(Math.toRadians(lat.getRange().getCentralValue()));
      double lonWidth = lon.getRange().getLength();
      double latHeight = lat.getRange().getLength();
      double neededLonWidth = latHeight * area.getWidth() / area.getHeight() / cos;
      double neededLatHeight = lonWidth * cos * area.getHeight() / area.getWidth();
      if (neededLonWidth >= lonWidth) {
        double c = lon.getRange().getCentralValue();
        lon.setRange(c - neededLonWidth / 2, c + neededLonWidth / 2);
      } else {
        double c = lat.getRange().getCentralValue();
        double h = Math.min(neededLatHeight, 180);
        double bottom = Math.max(-90, Math.min(c - h / 2, 90 - h));
        lat.setRange(bottom, bottom + h);
      }
    }
    return dataAreas(chart);
  }

  private static List<Rectangle2D> dataAreas(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    ChartRenderer.draw(chart, info);
    PlotRenderingInfo plotInfo = info.getPlotInfo();
    List<Rectangle2D> areas = new ArrayList<>();
    for (int i = 0; i < plotInfo.getSubplotCount(); i++) {
      areas.add(plotInfo.getSubplotInfo(i).getDataArea());
    }
    return areas;
  }

  /**
   * Draws, on a panel, the markers of every event whose position lies inside its data area by at
   * least a marker's radius (events of a neighbouring region included), merged where they would
   * overlap.
   */
  private static void addMarkers(
      XYPlot panel, Rectangle2D area, List<Event> placed, List<String> types, ChartStyle style) {
    double lonMin = panel.getDomainAxis().getLowerBound();
    double lonLength = panel.getDomainAxis().getRange().getLength();
    double latMin = panel.getRangeAxis().getLowerBound();
    double latLength = panel.getRangeAxis().getRange().getLength();
    List<MapMarkers.Placed> inside = new ArrayList<>();
    for (Event e : placed) {
      double x = (e.longitude().doubleValue() - lonMin) / lonLength * area.getWidth();
      double y = (1 - (e.latitude().doubleValue() - latMin) / latLength) * area.getHeight();
      double r = MapMarkers.RADIUS * 1.5;
      if (x >= r && y >= r && x <= area.getWidth() - r && y <= area.getHeight() - r) {
        inside.add(new MapMarkers.Placed(e, x, y));
      }
    }
    for (MapMarkers.Marker marker : MapMarkers.merge(inside)) {
      panel
          .getRenderer()
          .addAnnotation(
              new MapMarkerAnnotation(marker.events(), types, style.boldFont(16f)),
              Layer.FOREGROUND);
    }
  }

  private static LegendItemCollection legend(List<Event> placed, List<String> eventTypes) {
    LegendItemCollection items = new LegendItemCollection();
    for (int i = 0; i < eventTypes.size(); i++) {
      String type = eventTypes.get(i);
      if (placed.stream().anyMatch(e -> type.equals(e.eventType()))) {
        items.add(shapeItem(type, marker(i, MapMarkers.RADIUS), ChartStyle.categoryColour(i)));
      }
    }
    items.add(ringItem("near a town (2)", MapMarkerAnnotation.NEAR_STROKE));
    items.add(ringItem("a region's centre (3)", MapMarkerAnnotation.REGION_STROKE));
    return items;
  }

  private static LegendItem shapeItem(String label, Shape shape, Color colour) {
    return new LegendItem(
        label,
        null,
        null,
        null,
        true,
        shape,
        true,
        colour,
        true,
        ChartStyle.TEXT,
        ChartStyle.stroke(1.5f),
        false,
        new Rectangle2D.Double(),
        ChartStyle.stroke(1.5f),
        ChartStyle.TEXT);
  }

  private static LegendItem ringItem(String label, java.awt.Stroke stroke) {
    double r = MapMarkers.RADIUS;
    return new LegendItem(
        label,
        null,
        null,
        null,
        true,
        new Ellipse2D.Double(-r, -r, 2 * r, 2 * r),
        false,
        Color.WHITE,
        true,
        ChartStyle.TEXT,
        stroke,
        false,
        new Rectangle2D.Double(),
        stroke,
        ChartStyle.TEXT);
  }

  /**
   * The marker shape for the event type at this index: circle, square, triangles, diamond, star.
   */
  static Shape marker(int index, double r) {
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
