package org.eventline.cli;

import java.io.PrintWriter;
import org.eventline.pipeline.Progress;
import picocli.CommandLine.Option;

/** The {@code --quiet} option of the commands that run over a whole folder. */
final class QuietOption {

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No progress bar (shown on standard error only when it is a terminal) and no line per"
              + " file; problems and the summary are still printed.")
  boolean quiet;

  Progress progress(String label, PrintWriter err) {
    return ProgressBar.forCommand(label, quiet, err);
  }
}
