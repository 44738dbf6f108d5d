package org.eventline;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in the input: where, how bad, and what is wrong. Problems are values, returned by
 * every reader and rule so that one run reports them all.
 */
public record Problem(SourcePosition position, Severity severity, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::position)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(SourcePosition position, String message) {
    return new Problem(position, Severity.ERROR, message);
  }

  public static Problem warning(SourcePosition position, String message) {
    return new Problem(position, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one message format: {@code file:line:column: error: message}. */
  public String format() {
    return position + ": " + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
