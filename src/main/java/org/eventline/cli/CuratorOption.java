package org.eventline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --curator NAME} option of the curation commands, which falls back on the environment
 * variable {@code EVENTLINE_CURATOR} so that nobody types their name for every event.
 */
final class CuratorOption {

  static final String ENV = "EVENTLINE_CURATOR";

  @Option(
      names = "--curator",
      paramLabel = "NAME",
      defaultValue = "${env:" + ENV + "}",
      description = "Who is curating (default: the environment variable " + ENV + ").")
  String name;

  /** The curator's name, or a usage error (exit code 2) when none is given. */
  String required(CommandLine.Model.CommandSpec spec) {
    if (name == null || name.isBlank()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "who is curating? give --curator NAME, or set it once for the session: export "
              + ENV
              + "=your-name");
    }
    String trimmed = name.strip();
    if (trimmed.length() > 200 || trimmed.codePoints().anyMatch(Character::isISOControl)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--curator: a name of at most 200 characters on one line, without control characters");
    }
    return trimmed;
  }
}
