package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class DodgingShapeRendererTest {

  @Test
  void markersOnTheSamePlaceAreSetApartAndLoneMarkersStay() {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries a = new XYSeries("a", false, true);
    a.add(10.0, 20.0);
    a.add(10.0, 20.0);
    a.add(50.0, 40.0);
    XYSeries b = new XYSeries("b", false, true);
    b.add(10.0, 20.0);
    data.addSeries(a);
    data.addSeries(b);
    DodgingShapeRenderer renderer = new DodgingShapeRenderer();
    // 100 degrees over 1000 pixels: the lone marker is 400 pixels from the others.
    renderer.dodge(
        data, new Rectangle2D.Double(0, 0, 1000, 1000), new Rectangle2D.Double(0, 0, 100, 100));
    Point2D p0 = renderer.offset(0, 0);
    Point2D p1 = renderer.offset(0, 1);
    Point2D p3 = renderer.offset(1, 0);
    assertTrue(p0.distance(p1) >= DodgingShapeRenderer.MIN_DISTANCE, p0 + " " + p1);
    assertTrue(p0.distance(p3) >= DodgingShapeRenderer.MIN_DISTANCE, p0 + " " + p3);
    assertTrue(p1.distance(p3) >= DodgingShapeRenderer.MIN_DISTANCE, p1 + " " + p3);
    assertTrue(p0.distance(new Point2D.Double()) < 3 * DodgingShapeRenderer.MIN_DISTANCE);
    assertEquals(new Point2D.Double(), renderer.offset(0, 2));
  }
}
