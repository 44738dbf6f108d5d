package org.eventline;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in an input file: its path as the user named it, and a line and column counted from 1
 * (column in Unicode code points). A problem that concerns the whole file is placed at 1:1 ({@link
 * #ofFile}).
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing(SourcePosition::file)
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** The whole file, when no line can be named. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
