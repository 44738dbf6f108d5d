package org.eventline;

/**
 * The project's one exception type: for I/O failures and broken invariants, never for problems in
 * the data (those are {@link Problem} values).
 */
public final class EventlineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EventlineException(String message) {
    super(message);
  }

  public EventlineException(String message, Throwable cause) {
    super(message, cause);
  }
}
