package org.eventline;

/** How bad a problem is: an error stops the build, a warning is reported and the build goes on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in messages: {@code error} or {@code warning}. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
