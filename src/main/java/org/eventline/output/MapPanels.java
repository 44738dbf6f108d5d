package org.eventline.output;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/**
 * Small multiples: map panels laid out in a grid, each with its own longitude and latitude axes, so
 * that events on several continents are each shown at a regional scale. The rendering info holds
 * one sub-info per panel, in order.
 */
final class MapPanels extends Plot {

  private static final long serialVersionUID = 1L;
  static final double GAP = 18;

  private final List<XYPlot> panels;
  private final LegendItemCollection legend;

  MapPanels(List<XYPlot> panels, LegendItemCollection legend) {
    this.panels = List.copyOf(panels);
    this.legend = legend;
  }

  List<XYPlot> panels() {
    return panels;
  }

  /** Columns and rows of the grid for this many panels. */
  static int[] grid(int n) {
    return switch (n) {
      case 0, 1 -> new int[] {1, 1};
      case 2 -> new int[] {2, 1};
      case 3 -> new int[] {3, 1};
      case 4 -> new int[] {2, 2};
      default -> new int[] {3, (n + 2) / 3};
    };
  }

  /** The cell of panel i in an area. */
  static Rectangle2D cell(Rectangle2D area, int n, int i) {
    int[] grid = grid(n);
    double w = (area.getWidth() - GAP * (grid[0] - 1)) / grid[0];
    double h = (area.getHeight() - GAP * (grid[1] - 1)) / grid[1];
    int col = i % grid[0];
    int row = i / grid[0];
    return new Rectangle2D.Double(
        area.getX() + col * (w + GAP), area.getY() + row * (h + GAP), w, h);
  }

  @Override
  public String getPlotType() {
    return "Map panels";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    return legend;
  }

  @Override
  public void draw(
      Graphics2D g2,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    if (info != null) {
      info.setPlotArea(area);
      info.setDataArea(area);
    }
    getInsets().trim(area);
    if (panels.isEmpty()) {
      drawNoDataMessage(g2, area);
      return;
    }
    for (int i = 0; i < panels.size(); i++) {
      PlotRenderingInfo sub = null;
      if (info != null) {
        sub = new PlotRenderingInfo(info.getOwner());
        info.addSubplotInfo(sub);
      }
      panels.get(i).draw(g2, cell(area, panels.size(), i), null, parentState, sub);
    }
  }
}
