package org.eventline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.pipeline.DatasetValidation;
import org.eventline.pipeline.ValidationReport;
import org.eventline.schema.EventSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check every curation file against the schema and its article; report all problems as file:line:column.",
    footer = {
      "",
      "Exit codes:",
      "  0   no errors (warnings may be printed)",
      "  1   the data has errors",
      "  2   usage error",
      "  3   I/O or internal error"
    })
final class ValidateCommand implements Callable<Integer> {

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "The folder of articles and curation files (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(seeds)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--seeds: no such folder: " + seeds);
    }
    ValidationReport report = new DatasetValidation(EventSchema.load()).run(seeds);
    ProblemPrinter.print(report, spec.commandLine().getErr());
    return report.ok() ? ExitCode.OK : ExitCode.INVALID_DATA;
  }
}
