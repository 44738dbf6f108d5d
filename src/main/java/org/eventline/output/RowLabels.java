package org.eventline.output;

import java.util.Map;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar labels given row by row: the text for each category, or none. Lets the fatality pane write
 * "12 (12–190)" at the end of a range and a plain figure at the end of a bar without one.
 */
final class RowLabels implements CategoryItemLabelGenerator {

  private final Map<String, String> texts;

  RowLabels(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  @Override
  public String generateRowLabel(CategoryDataset dataset, int row) {
    return dataset.getRowKey(row).toString();
  }

  @Override
  public String generateColumnLabel(CategoryDataset dataset, int column) {
    return dataset.getColumnKey(column).toString();
  }

  @Override
  public String generateLabel(CategoryDataset dataset, int row, int column) {
    return texts.get(dataset.getColumnKey(column).toString());
  }
}
