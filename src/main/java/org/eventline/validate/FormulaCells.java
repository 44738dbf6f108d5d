package org.eventline.validate;

import java.util.ArrayList;
import java.util.List;
import org.eventline.Problem;
import org.eventline.SpreadsheetText;
import org.eventline.curation.CurationDocument;
import tools.jackson.databind.JsonNode;

/**
 * Warns about text fields that a spreadsheet could run as a formula when it opens events.csv (a
 * quote or a name starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return). The text stays exact in events.csv; the warning points to the spreadsheet-safe copy.
 */
final class FormulaCells {

  private FormulaCells() {}

  static List<Problem> check(CurationDocument doc, JsonNode event) {
    List<Problem> problems = new ArrayList<>();
    event
        .properties()
        .forEach(
            field -> {
              JsonNode value = field.getValue();
              if (value.isString() && SpreadsheetText.isRisky(value.asString())) {
                problems.add(
                    Problem.warning(
                        doc.valuePosition(event, field.getKey()),
                        field.getKey()
                            + " begins with "
                            + shown(value.asString().charAt(0))
                            + ", which a spreadsheet may run as a formula: events.csv keeps it"
                            + " exact, so open output/events-spreadsheet.csv in a spreadsheet, or"
                            + " import events.csv with every column as text"
                            + " (docs/spreadsheets-safety.md)"));
              }
            });
    return problems;
  }

  private static String shown(char c) {
    return switch (c) {
      case '\t' -> "a tab";
      case '\r' -> "a carriage return";
      default -> "'" + c + "'";
    };
  }
}
