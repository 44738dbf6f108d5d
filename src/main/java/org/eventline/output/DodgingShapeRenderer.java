package org.eventline.output;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws markers only, and moves markers that would cover each other onto a small ring around the
 * first of them, so that every event on the map stays visible. The data keep the true coordinates;
 * only the drawn shape moves, by a few pixels.
 */
final class DodgingShapeRenderer extends XYLineAndShapeRenderer {

  private static final long serialVersionUID = 1L;

  /** Markers closer than this, in pixels, are spread out. */
  static final double MIN_DISTANCE = 18;

  private final Map<Long, Point2D> offsets = new HashMap<>();

  DodgingShapeRenderer() {
    super(false, true);
  }

  /** Computes the offsets for a data area and axis ranges (longitude x, latitude y). */
  void dodge(XYDataset dataset, Rectangle2D area, Rectangle2D view) {
    offsets.clear();
    List<long[]> clusters = new ArrayList<>();
    List<Point2D> centres = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      for (int i = 0; i < dataset.getItemCount(s); i++) {
        double x = (dataset.getXValue(s, i) - view.getMinX()) / view.getWidth() * area.getWidth();
        double y = (dataset.getYValue(s, i) - view.getMinY()) / view.getHeight() * area.getHeight();
        Point2D p = new Point2D.Double(x, -y);
        int cluster = 0;
        while (cluster < centres.size() && centres.get(cluster).distance(p) >= MIN_DISTANCE) {
          cluster++;
        }
        if (cluster == centres.size()) {
          centres.add(p);
          sizes.add(0);
        }
        int position = sizes.get(cluster);
        sizes.set(cluster, position + 1);
        clusters.add(new long[] {key(s, i), cluster, position, 0});
        offsets.put(
            key(s, i),
            new Point2D.Double(
                centres.get(cluster).getX() - p.getX(), centres.get(cluster).getY() - p.getY()));
      }
    }
    for (long[] c : clusters) {
      int size = sizes.get((int) c[1]);
      if (size > 1) {
        double angle = 2 * Math.PI * c[2] / size - Math.PI / 2;
        double radius = MIN_DISTANCE * 0.5 / Math.sin(Math.PI / Math.max(size, 2)) + 2;
        Point2D toCentre = offsets.get(c[0]);
        offsets.put(
            c[0],
            new Point2D.Double(
                toCentre.getX() + radius * Math.cos(angle),
                toCentre.getY() + radius * Math.sin(angle)));
      } else {
        offsets.remove(c[0]);
      }
    }
  }

  private static long key(int series, int item) {
    return ((long) series << 32) | item;
  }

  @Override
  public Shape getItemShape(int series, int item) {
    Shape shape = super.getItemShape(series, item);
    Point2D offset = offsets.get(key(series, item));
    return offset == null
        ? shape
        : AffineTransform.getTranslateInstance(offset.getX(), offset.getY())
            .createTransformedShape(shape);
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
