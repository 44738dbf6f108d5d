package org.eventline.output;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eventline.curation.Event;

/**
 * Splits the located events into the regions the map draws as small multiples: events closer than
 * {@value #GAP_DEGREES} degrees to another (single linkage, great-circle distance) share a region,
 * and while there are more than {@value #MAX_PANELS} regions the two closest merge. A regional
 * dataset is thus one regional panel; one spread over continents gets a panel per region instead of
 * a world map where every region is a dot.
 */
final class MapRegions {

  /** Events farther apart than this, in degrees of arc, go to different panels. */
  static final double GAP_DEGREES = 15;

  static final int MAX_PANELS = 6;

  /** Margin around the events of a panel, as a share of their extent, and the smallest extent. */
  static final double MARGIN = 0.25;

  static final double MIN_EXTENT_DEGREES = 8;

  /**
   * One panel: its events (in dataset order) and the area shown, in degrees (x longitude, y
   * latitude), before it is widened to the panel's shape.
   */
  record Region(List<Event> events, Rectangle2D view) {
    Region {
      events = List.copyOf(events);
    }

    /** The countries of the region's events, in dataset order, as the panel's title. */
    String title() {
      LinkedHashSet<String> countries = new LinkedHashSet<>();
      events.forEach(e -> countries.add(e.country()));
      // One short line, so that the label in the panel's corner hides as little of the map as
      // possible.
      List<String> names = List.copyOf(countries);
      return names.size() <= 3
          ? String.join(", ", names)
          : String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }
  }

  private MapRegions() {}

  /**
   * The regions of the events that have coordinates, west to east. Events are first gathered by
   * whole degree (the distances that matter here are tens of degrees), then linked along a minimum
   * spanning tree of those cells, shortest links first: single linkage, in time quadratic in the
   * number of occupied cells, not of events.
   */
  static List<Region> of(List<Event> placed) {
    Map<Long, List<Event>> cells = new LinkedHashMap<>();
    for (Event e : placed) {
      long key =
          (long) Math.floor(e.longitude().doubleValue()) * 1000
              + (long) Math.floor(e.latitude().doubleValue());
      cells.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<Event> points = cells.values().stream().map(list -> list.get(0)).toList();
    int[] parent = new int[points.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int groups = points.size();
    for (double[] link : spanningTree(points)) {
      if (groups <= 1 || (link[0] > GAP_DEGREES && groups <= MAX_PANELS)) {
        break;
      }
      int a = root(parent, (int) link[1]);
      int b = root(parent, (int) link[2]);
      parent[Math.max(a, b)] = Math.min(a, b);
      groups--;
    }
    Map<Integer, List<Event>> byRoot = new LinkedHashMap<>();
    List<List<Event>> members = List.copyOf(cells.values());
    for (int i = 0; i < points.size(); i++) {
      byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).addAll(members.get(i));
    }
    Map<Event, Integer> order = new HashMap<>();
    for (int i = 0; i < placed.size(); i++) {
      order.putIfAbsent(placed.get(i), i);
    }
    List<Region> regions = new ArrayList<>();
    for (List<Event> group : byRoot.values()) {
      group.sort(Comparator.comparingInt(order::get));
      regions.add(new Region(group, view(group)));
    }
    regions.sort(
        Comparator.comparingDouble((Region r) -> r.view().getCenterX())
            .thenComparingDouble(r -> -r.view().getCenterY()));
    return regions;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The links of a minimum spanning tree (Prim), shortest first: {distance, from, to}. */
  private static List<double[]> spanningTree(List<Event> points) {
    int n = points.size();
    List<double[]> links = new ArrayList<>();
    if (n == 0) {
      return links;
    }
    boolean[] in = new boolean[n];
    double[] dist = new double[n];
    int[] from = new int[n];
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    dist[0] = 0;
    for (int step = 0; step < n; step++) {
      int next = -1;
      for (int i = 0; i < n; i++) {
        if (!in[i] && (next < 0 || dist[i] < dist[next])) {
          next = i;
        }
      }
      in[next] = true;
      if (step > 0) {
        links.add(new double[] {dist[next], from[next], next});
      }
      for (int i = 0; i < n; i++) {
        double d = in[i] ? 0 : arc(points.get(next), points.get(i));
        if (!in[i] && d < dist[i]) {
          dist[i] = d;
          from[i] = next;
        }
      }
    }
    links.sort(
        Comparator.comparingDouble((double[] l) -> l[0])
            .thenComparingDouble(l -> l[1])
            .thenComparingDouble(l -> l[2]));
    return links;
  }

  /** The great-circle distance between two events, in degrees of arc. */
  static double arc(Event a, Event b) {
    double lat1 = Math.toRadians(a.latitude().doubleValue());
    double lat2 = Math.toRadians(b.latitude().doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h))));
  }

  /** The events' extent with a margin, at least {@value #MIN_EXTENT_DEGREES} degrees each way. */
  static Rectangle2D view(List<Event> events) {
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    for (Event e : events) {
      minLon = Math.min(minLon, e.longitude().doubleValue());
      maxLon = Math.max(maxLon, e.longitude().doubleValue());
      minLat = Math.min(minLat, e.latitude().doubleValue());
      maxLat = Math.max(maxLat, e.latitude().doubleValue());
    }
    double lonExtent = Math.max(MIN_EXTENT_DEGREES, (maxLon - minLon) * (1 + 2 * MARGIN));
    double latExtent = Math.max(MIN_EXTENT_DEGREES, (maxLat - minLat) * (1 + 2 * MARGIN));
    double width = Math.min(lonExtent, 360);
    double height = Math.min(latExtent, 180);
    double left = Math.max(-180, Math.min((minLon + maxLon) / 2 - width / 2, 180 - width));
    double bottom = Math.max(-90, Math.min((minLat + maxLat) / 2 - height / 2, 90 - height));
    return new Rectangle2D.Double(left, bottom, width, height);
  }
}
