package org.eventline.quote;

/**
 * Where a quote occurs in an article, in Unicode code points of the article file's text (a
 * byte-order mark not counted), so that Python's {@code text[start:end]} returns the quote.
 */
public record QuoteMatch(int start, int end) {
  public QuoteMatch {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }
  }
}
