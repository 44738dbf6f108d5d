package org.eventline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.pipeline.DatasetValidation;
import org.eventline.pipeline.ValidationReport;
import org.eventline.schema.EventSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check every curation file against the schema and its article; report all problems as file:line:column.")
@ExitCode.InvalidData("the data has errors (listed as file:line:column: error: ...)")
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Mixin SeedsOption seeds;

  @CommandLine.Mixin StrictOption strict;

  @CommandLine.Mixin QuietOption quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = seeds.existing(spec);
    ValidationReport report =
        new DatasetValidation(EventSchema.load(), strict.strict)
            .run(folder, quiet.progress("validate", spec.commandLine().getErr()));
    ProblemPrinter.print(report, spec.commandLine().getErr());
    return report.ok() ? ExitCode.OK : ExitCode.INVALID_DATA;
  }
}
