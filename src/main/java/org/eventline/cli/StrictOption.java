package org.eventline.cli;

import picocli.CommandLine.Option;

/** The {@code --strict} option of validate and build: unreviewed suggestions become errors. */
final class StrictOption {

  @Option(
      names = "--strict",
      description =
          "Treat events still suggested (not reviewed) as errors, for a release build; by default"
              + " they are warnings and left out of the build.")
  boolean strict;
}
