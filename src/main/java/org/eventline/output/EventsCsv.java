package org.eventline.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes events as RFC 4180 CSV: a header row of the schema's field names, one row per event, CRLF
 * line ends, fields quoted only when needed, empty cells for missing values, text exactly as in the
 * article.
 */
public final class EventsCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final List<String> columns;

  public EventsCsv(EventSchema schema) {
    this.columns = schema.fieldNames();
  }

  /** The column names, in order. */
  public List<String> columns() {
    return columns;
  }

  public void write(List<Event> events, Appendable out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(columns);
      for (Event event : events) {
        printer.printRecord(cells(EventMapping.toNode(event)));
      }
    }
  }

  private List<String> cells(ObjectNode node) {
    List<String> cells = new ArrayList<>(columns.size());
    for (String column : columns) {
      cells.add(cell(node.get(column)));
    }
    return cells;
  }

  /** A value as a cell: text as is, numbers in plain notation, nothing as an empty cell. */
  static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.isNumber() ? value.numberValue().toString() : value.asString();
  }
}
