package org.eventline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --seeds DIR} option the commands share, and its check that the folder exists. */
final class SeedsOption {

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "The folder of articles and curation files (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** The folder, or a usage error (exit code 2) when it does not exist. */
  Path existing(CommandLine.Model.CommandSpec spec) {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--seeds: no such folder: " + dir);
    }
    return dir;
  }
}
