package org.eventline.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article exactly as read: its id (the file name's stem), its publication date from the header,
 * and the whole text of the file (a byte-order mark removed, line endings kept), so that offsets
 * count the way Python's {@code open(path, encoding='utf-8-sig', newline='').read()} does.
 *
 * @param bodyStart index (UTF-16) of the first character after the header; quotes are searched from
 *     here
 * @param title the {@code title:} header field, or null
 * @param source the {@code source:} header field, or null
 * @param url the {@code url:} header field, or null
 */
public record Article(
    String id,
    LocalDate publicationDate,
    String text,
    int bodyStart,
    String title,
    String source,
    String url) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(text, "text");
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException("bodyStart " + bodyStart + " outside the text");
    }
  }

  /** The text after the header. */
  public String body() {
    return text.substring(bodyStart);
  }

  /** Converts a UTF-16 index in {@link #text()} into a count of Unicode code points. */
  public int codePointOffset(int utf16Index) {
    return text.codePointCount(0, utf16Index);
  }
}
