package org.eventline.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventline.curation.Event;

/**
 * Merges map markers that would overlap into one marker with a count. Works in the pixels of one
 * map panel: a marker is drawn at the mean position of its events, and events are merged only while
 * every one of them stays within {@value #MAX_SHIFT} pixels of that position, so that no event is
 * ever drawn farther than that from its own coordinates. Markers are {@value #RADIUS} pixels in
 * radius; two markers whose centres are closer than {@value #MIN_GAP} pixels would overlap and are
 * merged when that rule allows it; as the mean of events lies among them, two markers closer than
 * that always merge, and only a long chain of markers can keep an overlap.
 */
final class MapMarkers {

  static final double RADIUS = 7;
  static final double MAX_SHIFT = 2 * RADIUS;
  static final double MIN_GAP = 2 * RADIUS;
  private static final double CELL = MIN_GAP;

  /** An event placed at a pixel of the panel. */
  record Placed(Event event, double x, double y) {}

  /** A drawn marker: its position in pixels and its events, in dataset order. */
  record Marker(double x, double y, List<Event> events) {
    Marker {
      events = List.copyOf(events);
    }
  }

  /** A marker being built: its events and the bounds of their pixels. */
  private static final class Cluster {
    final List<Placed> members = new ArrayList<>();
    double sumX;
    double sumY;
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    final long cell;

    Cluster(long cell) {
      this.cell = cell;
    }

    double x() {
      return sumX / members.size();
    }

    double y() {
      return sumY / members.size();
    }

    void addAll(List<Placed> placed) {
      for (Placed p : placed) {
        members.add(p);
        sumX += p.x();
        sumY += p.y();
        minX = Math.min(minX, p.x());
        minY = Math.min(minY, p.y());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
      }
    }

    /** Whether every event of both would stay within MAX_SHIFT of their common mean. */
    boolean canMerge(Cluster other) {
      int n = members.size() + other.members.size();
      double cx = (sumX + other.sumX) / n;
      double cy = (sumY + other.sumY) / n;
      double dx = Math.max(cx - Math.min(minX, other.minX), Math.max(maxX, other.maxX) - cx);
      double dy = Math.max(cy - Math.min(minY, other.minY), Math.max(maxY, other.maxY) - cy);
      return Math.hypot(dx, dy) <= MAX_SHIFT;
    }
  }

  private MapMarkers() {}

  /** The markers of these placed events, in the order of their first event. */
  static List<Marker> merge(List<Placed> placed) {
    List<Cluster> clusters = new ArrayList<>();
    Map<Long, List<Cluster>> grid = new HashMap<>();
    for (Placed p : placed) {
      Cluster single = new Cluster(cell(p.x(), p.y()));
      single.addAll(List.of(p));
      Cluster target = nearest(single, grid);
      if (target == null) {
        clusters.add(single);
        grid.computeIfAbsent(single.cell, c -> new ArrayList<>()).add(single);
      } else {
        target.addAll(single.members);
      }
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i = 0; i < clusters.size(); i++) {
        Cluster c = clusters.get(i);
        grid.get(c.cell).remove(c);
        Cluster target = nearest(c, grid);
        if (target == null) {
          grid.get(c.cell).add(c);
        } else {
          target.addAll(c.members);
          clusters.remove(i--);
          merged = true;
        }
      }
    }
    List<Marker> markers = new ArrayList<>();
    for (Cluster c : clusters) {
      markers.add(new Marker(c.x(), c.y(), c.members.stream().map(Placed::event).toList()));
    }
    return markers;
  }

  /** The closest cluster that overlaps this one and can take it in, or null. */
  private static Cluster nearest(Cluster c, Map<Long, List<Cluster>> grid) {
    long cx = Math.round(Math.floor(c.x() / CELL));
    long cy = Math.round(Math.floor(c.y() / CELL));
    Cluster best = null;
    double min = MIN_GAP;
    for (long i = cx - 2; i <= cx + 2; i++) {
      for (long j = cy - 2; j <= cy + 2; j++) {
        for (Cluster other : grid.getOrDefault(key(i, j), List.of())) {
          double d = Math.hypot(other.x() - c.x(), other.y() - c.y());
          if (d < min && other.canMerge(c)) {
            min = d;
            best = other;
          }
        }
      }
    }
    return best;
  }

  private static long cell(double x, double y) {
    return key(Math.round(Math.floor(x / CELL)), Math.round(Math.floor(y / CELL)));
  }

  private static long key(long i, long j) {
    return (i << 32) ^ (j & 0xFFFFFFFFL);
  }
}
