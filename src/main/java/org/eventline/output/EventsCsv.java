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
    // Not closed: closing a CSVPrinter closes the caller's Appendable; the caller owns it.
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(columns);
    for (Event event : events) {
      printer.printRecord(cells(EventMapping.toNode(event)));
    }
    printer.flush();
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

  /** Size in bytes and SHA-256 (lower-case hex) of a CSV file as {@link #write} writes it. */
  public record Fingerprint(long bytes, String sha256) {}

  /**
   * The size and hash of the UTF-8 CSV of these events, computed by streaming the CSV through a
   * digest, so that the data package can describe a file that is never held in memory whole.
   */
  public Fingerprint fingerprint(List<Event> events) throws IOException {
    return fingerprint(out -> write(events, out));
  }

  /** The size and SHA-256 of the UTF-8 text a writer writes, streamed through a digest. */
  public static Fingerprint fingerprint(OutputFile.TextWriter text) throws IOException {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new org.eventline.EventlineException("this Java runtime has no SHA-256", e);
    }
    long[] count = {0};
    java.io.OutputStream sink =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            sha.update((byte) b);
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            sha.update(b, off, len);
            count[0] += len;
          }
        };
    java.io.Writer writer =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(sink, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    text.write(writer);
    writer.flush();
    return new Fingerprint(count[0], java.util.HexFormat.of().formatHex(sha.digest()));
  }
}
