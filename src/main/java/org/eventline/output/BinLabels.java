package org.eventline.output;

import java.util.Map;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * Labels of time-chart items given by their x value (milliseconds), for one series only: lets the
 * fatalities chart write "37 (37–215)" beside a range and a bin's whole total above the top segment
 * of its stacked bar.
 */
final class BinLabels implements XYItemLabelGenerator {

  private final Map<Long, String> texts;
  private final int series;

  BinLabels(Map<Long, String> texts, int series) {
    this.texts = Map.copyOf(texts);
    this.series = series;
  }

  BinLabels(Map<Long, String> texts) {
    this(texts, 0);
  }

  @Override
  public String generateLabel(XYDataset dataset, int series, int item) {
    return series == this.series ? texts.get((long) dataset.getXValue(series, item)) : null;
  }
}
