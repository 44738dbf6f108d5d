package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.eventline.curation.Event;
import org.eventline.pipeline.DatasetValidation;
import org.eventline.schema.EventSchema;
import org.eventline.testing.SampleEvents;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * Finds every marker of the map in the PNG's pixels and checks that it stands where its events
 * happened: the test projects each event itself (linear in longitude and latitude over each panel's
 * axis ranges and data area, as an equirectangular map is), never with the chart's code.
 */
class MapPixelsTest {

  /** How far a marker's centre may be from an event it holds, in pixels. */
  static final double TOLERANCE = MapMarkers.MAX_SHIFT + 3;

  private static final Charts CHARTS = new Charts(EventSchema.load());

  /** A marker found in the pixels: its centre and the colours it is filled with. */
  record Blob(double x, double y, Set<Integer> colours, int size) {}

  @Test
  void markersOfTheShippedSeedsStandWhereTheirEventsHappened() throws IOException {
    List<Event> events =
        new DatasetValidation(EventSchema.load()).run(Path.of("seeds")).confirmed();
    assertTrue(events.size() > 20, "the shipped seeds: " + events.size());
    assertMarkersWhereEventsHappened(events);
  }

  @Test
  void eventsOnThreeContinentsGetRegionalPanelsAndStayInPlace() throws IOException {
    List<Event> events =
        List.of(
            at("london", "Protests", 51.5074, -0.1278, 1),
            at("paris", "Battles", 48.8566, 2.3522, 1),
            at("minsk", "Protests", 53.9045, 27.5615, 1),
            at("minsk-country", "Protests", 53.7098, 27.9534, 3),
            at("kabul-1", "Battles", 34.5553, 69.2075, 1),
            at("kabul-2", "Battles", 34.5553, 69.2075, 1),
            at("kabul-3", "Explosions/Remote violence", 34.5281, 69.1723, 2),
            at("herat", "Battles", 34.3482, 62.1997, 1),
            at("hong-kong", "Riots", 22.2783, 114.1747, 3),
            at("caracas", "Protests", 10.4806, -66.9036, 1));
    JFreeChart chart = assertMarkersWhereEventsHappened(events);
    MapPanels map = (MapPanels) chart.getPlot();
    assertTrue(map.panels().size() >= 4, "panels: " + map.panels().size());
    for (XYPlot panel : map.panels()) {
      assertTrue(
          panel.getRangeAxis().getRange().getLength() < 60,
          "a regional panel, not the world: " + panel.getRangeAxis().getRange());
    }
  }

  @Test
  void aRegionalDatasetIsOneRegionalPanel() throws IOException {
    List<Event> events =
        List.of(
            at("kabul", "Battles", 34.5553, 69.2075, 1),
            at("herat", "Protests", 34.3482, 62.1997, 2));
    MapPanels map = (MapPanels) assertMarkersWhereEventsHappened(events).getPlot();
    assertEquals(1, map.panels().size());
    assertTrue(map.panels().get(0).getDomainAxis().getRange().getLength() < 30);
  }

  @Test
  void overlappingMarkersAreMergedIntoOneWithACount() throws IOException {
    List<Event> events =
        List.of(
            at("a", "Battles", 34.5553, 69.2075, 1),
            at("b", "Battles", 34.5553, 69.2075, 1),
            at("c", "Protests", 34.5560, 69.2080, 1),
            at("far", "Protests", 31.6, 65.7, 1));
    JFreeChart chart = assertMarkersWhereEventsHappened(events);
    XYPlot panel = ((MapPanels) chart.getPlot()).panels().get(0);
    List<MapMarkerAnnotation> markers = new ArrayList<>();
    for (Object a :
        ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) panel.getRenderer())
            .getAnnotations()) {
      if (a instanceof MapMarkerAnnotation m) markers.add(m);
    }
    assertEquals(2, markers.size(), "three events in Kabul make one marker, Kandahar another");
  }

  /** Draws the map and checks every marker against the events; returns the chart. */
  static JFreeChart assertMarkersWhereEventsHappened(List<Event> events) throws IOException {
    JFreeChart chart = CHARTS.charts(events).get("map.png");
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage drawn = ChartRenderer.draw(chart, info);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(drawn)));
    MapPanels map = (MapPanels) chart.getPlot();
    List<String> types = Charts.eventTypes(EventSchema.load());
    Set<Integer> markerColours = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      markerColours.add(ChartStyle.categoryColour(i).getRGB() & 0xFFFFFF);
    }
    Set<String> seen = new HashSet<>();
    for (int p = 0; p < map.panels().size(); p++) {
      XYPlot panel = map.panels().get(p);
      Rectangle2D area = info.getPlotInfo().getSubplotInfo(p).getDataArea();
      List<Blob> blobs = blobs(image, area, markerColours);
      double lonLo = panel.getDomainAxis().getLowerBound();
      double lonHi = panel.getDomainAxis().getUpperBound();
      double latLo = panel.getRangeAxis().getLowerBound();
      double latHi = panel.getRangeAxis().getUpperBound();
      double margin = MapMarkers.RADIUS * 1.5;
      List<Point2D> expected = new ArrayList<>();
      for (Event e : events) {
        if (e.latitude() == null) continue;
        double x =
            area.getX() + (e.longitude().doubleValue() - lonLo) / (lonHi - lonLo) * area.getWidth();
        double y =
            area.getY() + (latHi - e.latitude().doubleValue()) / (latHi - latLo) * area.getHeight();
        if (x < area.getMinX() + margin
            || x > area.getMaxX() - margin
            || y < area.getMinY() + margin
            || y > area.getMaxY() - margin) {
          continue;
        }
        seen.add(e.id());
        expected.add(new Point2D.Double(x, y));
        int colour = ChartStyle.categoryColour(types.indexOf(e.eventType())).getRGB() & 0xFFFFFF;
        Blob match =
            blobs.stream()
                .filter(b -> Point2D.distance(b.x(), b.y(), x, y) <= TOLERANCE)
                .filter(b -> b.colours().contains(colour))
                .findFirst()
                .orElse(null);
        assertTrue(
            match != null,
            String.format(
                "%s (%s) should be drawn at (%.1f, %.1f) in panel %d; markers: %s",
                e.id(), e.eventType(), x, y, p, blobs));
      }
      for (Blob blob : blobs) {
        assertTrue(
            expected.stream().anyMatch(q -> q.distance(blob.x(), blob.y()) <= TOLERANCE),
            "a marker where no event happened, panel " + p + ": " + blob);
      }
    }
    for (Event e : events) {
      if (e.latitude() != null) {
        assertTrue(seen.contains(e.id()), e.id() + " is drawn in no panel");
      }
    }
    assertFalse(events.isEmpty());
    return chart;
  }

  /** Connected areas (4-neighbours) of marker colours inside the area, of at least 12 pixels. */
  static List<Blob> blobs(BufferedImage image, Rectangle2D area, Set<Integer> colours) {
    int x0 = (int) Math.ceil(area.getMinX());
    int y0 = (int) Math.ceil(area.getMinY());
    int x1 = (int) Math.floor(area.getMaxX());
    int y1 = (int) Math.floor(area.getMaxY());
    boolean[][] done = new boolean[x1 - x0 + 1][y1 - y0 + 1];
    List<Blob> blobs = new ArrayList<>();
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        if (done[x - x0][y - y0] || !colours.contains(image.getRGB(x, y) & 0xFFFFFF)) continue;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {x, y});
        done[x - x0][y - y0] = true;
        long sumX = 0;
        long sumY = 0;
        int n = 0;
        Set<Integer> found = new HashSet<>();
        while (!queue.isEmpty()) {
          int[] q = queue.poll();
          int rgb = image.getRGB(q[0], q[1]) & 0xFFFFFF;
          found.add(rgb);
          sumX += q[0];
          sumY += q[1];
          n++;
          int[][] next = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
          for (int[] d : next) {
            int nx = q[0] + d[0];
            int ny = q[1] + d[1];
            if (nx < x0 || nx > x1 || ny < y0 || ny > y1 || done[nx - x0][ny - y0]) continue;
            if (colours.contains(image.getRGB(nx, ny) & 0xFFFFFF)) {
              done[nx - x0][ny - y0] = true;
              queue.add(new int[] {nx, ny});
            }
          }
        }
        if (n >= 12) {
          blobs.add(new Blob(sumX / (double) n + 0.5, sumY / (double) n + 0.5, found, n));
        }
      }
    }
    return blobs;
  }

  private static Event at(String id, String type, double lat, double lon, int precision) {
    Event e =
        SampleEvents.event(id, type, "2021-08-10", "2021-08-10", "day", "a1", "q")
            .actor1("Taliban")
            .location(id)
            .admin1(id)
            .country("Testland")
            .latitude(java.math.BigDecimal.valueOf(lat))
            .longitude(java.math.BigDecimal.valueOf(lon))
            .geoPrecision(precision)
            .build();
    return e;
  }
}
