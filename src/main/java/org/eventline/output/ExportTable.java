package org.eventline.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eventline.curation.Event;

/**
 * A table in another dataset's shape (ACLED, UCDP GED): its file, its columns in order, each with a
 * type, a description that says how it is mapped from our fields, and the mapping itself, and which
 * events it holds. The CSV writer and the data package's schema both read these columns, so they
 * cannot disagree.
 */
record ExportTable(
    String name, String path, String title, Predicate<Event> holds, List<Column> columns) {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  ExportTable {
    columns = List.copyOf(columns);
  }

  /**
   * One column: its name in the other dataset, its Table Schema type ({@code string}, {@code
   * integer}, {@code number}, {@code date}), how it is mapped, and the value for an event (null for
   * an empty cell).
   */
  record Column(String name, String type, String description, Function<Event, Object> value) {}

  static Column column(String name, String type, String description, Function<Event, Object> v) {
    return new Column(name, type, description, v);
  }

  /** Writes the header and one row per event this table holds, in the given order. */
  void write(List<Event> events, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(columns.stream().map(Column::name).toList());
    for (Event event : events) {
      if (holds.test(event)) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column column : columns) {
          cells.add(cell(column.value().apply(event)));
        }
        printer.printRecord(cells);
      }
    }
    printer.flush();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value.toString();
  }

  /** The file as an output file. */
  OutputFile file(List<Event> events) {
    return OutputFile.ofWriter(path, out -> write(events, out));
  }
}
