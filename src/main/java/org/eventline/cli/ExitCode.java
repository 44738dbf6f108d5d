package org.eventline.cli;

/** The exit codes of every command, declared once and listed in {@code --help}. */
final class ExitCode {
  static final int OK = 0;
  static final int INVALID_DATA = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  static final String[] HELP = {
    "Exit codes:",
    "  0   success",
    "  1   the data is invalid (problems are listed as file:line:column: error: ...)",
    "  2   usage error (unknown option, missing folder)",
    "  3   I/O or internal error"
  };

  private ExitCode() {}
}
