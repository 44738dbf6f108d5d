package org.eventline.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The exit codes of every command, declared once and listed in {@code --help}: {@link #listIn}
 * gives every command the same footer, with the meaning of code 1 a command (or one of its mixins)
 * declares with {@link InvalidData}.
 */
final class ExitCode {
  static final int OK = 0;
  static final int INVALID_DATA = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private static final int WIDTH = 79;

  private static final String INVALID_DATA_IN_GENERAL =
      "the data is invalid (problems are listed as file:line:column: error: ...)";

  /** What exit code 1 means for the command it annotates, in one line. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface InvalidData {
    String value();
  }

  private ExitCode() {}

  /** The footer of a command whose exit code 1 means {@code invalidData}. */
  static String[] footer(String invalidData) {
    List<String> lines = new ArrayList<>(List.of("", "Exit codes:"));
    row(lines, OK, "success (warnings may have been printed)");
    row(lines, INVALID_DATA, invalidData);
    row(
        lines,
        USAGE,
        "usage error (unknown option, missing folder, unknown id or article, no curator, port in"
            + " use); the message says which");
    row(
        lines,
        INTERNAL,
        "I/O or internal error (the message says how to report it; --stacktrace prints the"
            + " details), or a curation file changed on disk while a command edited it (it was"
            + " not written)");
    return lines.toArray(String[]::new);
  }

  /** One code and its meaning, wrapped under the meaning (help is 80 columns wide). */
  private static void row(List<String> lines, int code, String meaning) {
    StringBuilder line = new StringBuilder("  " + code + "  ");
    for (String word : meaning.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder("     ");
      }
      line.append(' ').append(word);
    }
    lines.add(line.toString());
  }

  /** Sets the exit-code footer of this command and of all its subcommands. */
  static void listIn(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    spec.usageMessage().footer(footer(invalidData(spec)));
    cli.getSubcommands().values().forEach(ExitCode::listIn);
  }

  private static String invalidData(CommandSpec spec) {
    List<Object> declarers = new ArrayList<>();
    declarers.add(spec.userObject());
    spec.mixins().values().forEach(m -> declarers.add(m.userObject()));
    for (Object o : declarers) {
      InvalidData meaning = o == null ? null : o.getClass().getAnnotation(InvalidData.class);
      if (meaning != null) {
        return meaning.value();
      }
    }
    return INVALID_DATA_IN_GENERAL;
  }
}
