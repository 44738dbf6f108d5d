package org.eventline.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
  private final UnaryOperator<String> text;

  public EventsCsv(EventSchema schema) {
    this(schema, UnaryOperator.identity());
  }

  private EventsCsv(EventSchema schema, UnaryOperator<String> text) {
    this.columns = schema.fieldNames();
    this.text = text;
  }

  /**
   * A writer for {@code events-spreadsheet.csv}: the same table, but every text cell that a
   * spreadsheet could take for a formula ({@link org.eventline.SpreadsheetText#isRisky}) starts
   * with an apostrophe, so that opening the file runs nothing. events.csv itself keeps every text
   * exact.
   */
  public static EventsCsv spreadsheetSafe(EventSchema schema) {
    return new EventsCsv(schema, org.eventline.SpreadsheetText::defused);
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
      JsonNode value = node.get(column);
      cells.add(value != null && value.isString() ? text.apply(cell(value)) : cell(value));
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
