package org.eventline.article;

import org.eventline.SourcePosition;

/**
 * Line and column (from 1, column in code points) of an index in a text; CR, LF and CRLF end lines.
 */
public final class TextPositions {

  private TextPositions() {}

  public static SourcePosition of(String file, CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = Character.codePointCount(text, lineStart, Math.min(index, text.length())) + 1;
    return new SourcePosition(file, line, column);
  }
}
