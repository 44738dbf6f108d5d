package org.eventline.output;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One map marker at the mean coordinates of its events: the event type's shape and colour, or a pie
 * of the types' colours when its events are of several types; the number of events beside it when
 * there are several; and a ring for the least precise place among them (dotted for geo_precision 2,
 * near a town; dashed and wider for 3, a region's centre).
 */
final class MapMarkerAnnotation extends AbstractXYAnnotation {

  private static final long serialVersionUID = 1L;

  /** Ring radius for geo_precision 2 and 3, in pixels. */
  static final double NEAR_RING = MapMarkers.RADIUS + 6;

  static final double REGION_RING = MapMarkers.RADIUS + 13;

  static final BasicStroke NEAR_STROKE =
      new BasicStroke(
          1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1.5f, 3.5f}, 0f);
  static final BasicStroke REGION_STROKE =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f);

  private final double lon;
  private final double lat;
  private final TreeMap<Integer, Integer> typeCounts;
  private final int events;
  private final int precision;
  private final transient Font font;

  /** A marker for these events, whose types are indexed in the schema's order. */
  MapMarkerAnnotation(List<Event> members, List<String> eventTypes, Font font) {
    double sumLon = 0;
    double sumLat = 0;
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    int worst = 0;
    for (Event e : members) {
      sumLon += e.longitude().doubleValue();
      sumLat += e.latitude().doubleValue();
      counts.merge(eventTypes.indexOf(e.eventType()), 1, Integer::sum);
      worst = Math.max(worst, Objects.requireNonNullElse(e.geoPrecision(), 0));
    }
    this.lon = sumLon / members.size();
    this.lat = sumLat / members.size();
    this.typeCounts = counts;
    this.events = members.size();
    this.precision = worst;
    this.font = font;
  }

  double lon() {
    return lon;
  }

  double lat() {
    return lat;
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    double x = domainAxis.valueToJava2D(lon, dataArea, RectangleEdge.BOTTOM);
    double y = rangeAxis.valueToJava2D(lat, dataArea, RectangleEdge.LEFT);
    g2.setPaint(ChartStyle.TEXT);
    if (precision >= 2) {
      double r = precision == 2 ? NEAR_RING : REGION_RING;
      g2.setStroke(precision == 2 ? NEAR_STROKE : REGION_STROKE);
      g2.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }
    Shape outline;
    if (typeCounts.size() == 1) {
      int index = typeCounts.firstKey();
      outline =
          AffineTransform.getTranslateInstance(x, y)
              .createTransformedShape(MapChart.marker(index, MapMarkers.RADIUS));
      g2.setPaint(ChartStyle.categoryColour(index));
      g2.fill(outline);
    } else {
      double r = MapMarkers.RADIUS * 1.1;
      outline = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      double start = 90;
      for (Map.Entry<Integer, Integer> type : typeCounts.entrySet()) {
        double extent = -360.0 * type.getValue() / events;
        g2.setPaint(ChartStyle.categoryColour(type.getKey()));
        g2.fill(new Arc2D.Double(x - r, y - r, 2 * r, 2 * r, start, extent, Arc2D.PIE));
        start += extent;
      }
    }
    g2.setPaint(ChartStyle.TEXT);
    g2.setStroke(ChartStyle.stroke(1.5f));
    g2.draw(outline);
    if (events > 1) {
      g2.setFont(font);
      double dx =
          precision >= 2 ? (precision == 2 ? NEAR_RING : REGION_RING) : MapMarkers.RADIUS * 1.3;
      g2.drawString(
          Integer.toString(events), (float) (x + dx + 2), (float) (y + font.getSize2D() * 0.35));
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
