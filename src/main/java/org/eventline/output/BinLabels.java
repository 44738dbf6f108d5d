package org.eventline.output;

import java.util.Map;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * Labels of time-chart items given by their x value (milliseconds): lets the fatalities chart write
 * "37 (37–215)" beside a range and a plain figure above a bar without one.
 */
final class BinLabels implements XYItemLabelGenerator {

  private final Map<Long, String> texts;

  BinLabels(Map<Long, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  @Override
  public String generateLabel(XYDataset dataset, int series, int item) {
    return texts.get((long) dataset.getXValue(series, item));
  }
}
