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

  /** One marker: its key, the cluster it joined, and its place in that cluster. */
  private record Member(long key, int cluster, int position) {}

  /** Computes the offsets for a data area and axis ranges (longitude x, latitude y). */
  void dodge(XYDataset dataset, Rectangle2D area, Rectangle2D view) {
    offsets.clear();
    List<Member> members = new ArrayList<>();
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
        members.add(new Member(key(s, i), cluster, sizes.get(cluster)));
        sizes.set(cluster, sizes.get(cluster) + 1);
        Point2D centre = centres.get(cluster);
        offsets.put(key(s, i), new Point2D.Double(centre.getX() - x, centre.getY() + y));
      }
    }
    for (Member m : members) {
      ring(m, sizes.get(m.cluster()));
    }
  }

  /** Moves a marker from its cluster's centre to its place on a ring, or back when alone. */
  private void ring(Member member, int size) {
    if (size == 1) {
      offsets.remove(member.key());
      return;
    }
    double angle = 2 * Math.PI * member.position() / size - Math.PI / 2;
    double radius = MIN_DISTANCE * 0.5 / Math.sin(Math.PI / Math.max(size, 2)) + 2;
    Point2D toCentre = offsets.get(member.key());
    offsets.put(
        member.key(),
        new Point2D.Double(
            toCentre.getX() + radius * Math.cos(angle),
            toCentre.getY() + radius * Math.sin(angle)));
  }

  /** The offset of a marker in pixels, or (0, 0). */
  Point2D offset(int series, int item) {
    return offsets.getOrDefault(key(series, item), new Point2D.Double());
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
}
