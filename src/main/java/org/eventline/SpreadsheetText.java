package org.eventline;

/**
 * Text that a spreadsheet might run as a formula when it opens a CSV file (CSV injection): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. The defence
 * follows OWASP's guidance: such a cell gets a leading apostrophe in {@code
 * events-spreadsheet.csv}; events.csv keeps the text exactly as in the article. See
 * docs/spreadsheets-safety.md.
 */
public final class SpreadsheetText {

  private static final String RISKY_FIRST = "=+-@\t\r";

  private SpreadsheetText() {}

  /** Whether a spreadsheet could read this text as a formula. */
  public static boolean isRisky(String text) {
    return !text.isEmpty() && RISKY_FIRST.indexOf(text.charAt(0)) >= 0;
  }

  /** The text with an apostrophe in front when it is risky, else unchanged. */
  public static String defused(String text) {
    return isRisky(text) ? "'" + text : text;
  }
}
