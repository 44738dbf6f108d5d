package org.eventline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.pipeline.DatasetBuild;
import org.eventline.schema.EventSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Validate, then write the confirmed events to the output folder (events.csv, events.yaml, datapackage.json, charts/*.png), atomically: a failed build leaves the previous outputs untouched.")
@ExitCode.InvalidData("the data has errors; nothing was written")
final class BuildCommand implements Callable<Integer> {

  @CommandLine.Mixin SeedsOption seeds;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "output",
      description = "The output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Mixin StrictOption strict;

  @CommandLine.Mixin QuietOption quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = seeds.existing(spec);
    DatasetBuild.Result result =
        new DatasetBuild(EventSchema.load(), PublishPause.fromSystemProperty(spec), strict.strict)
            .run(folder, out, quiet.progress("build", spec.commandLine().getErr()));
    if (result.recovery() != null) {
      spec.commandLine().getErr().println("note: " + result.recovery());
    }
    ProblemPrinter.print(result.report(), spec.commandLine().getErr());
    if (!result.published()) {
      spec.commandLine().getErr().println("build failed: " + out + " was left as it was");
      return ExitCode.INVALID_DATA;
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + result.report().confirmed().size()
                + " events to "
                + out
                + ": "
                + String.join(", ", result.files()));
    if (result.withoutCoordinates() > 0) {
      spec.commandLine()
          .getOut()
          .println(
              result.withoutCoordinates()
                  + (result.withoutCoordinates() == 1 ? " event has" : " events have")
                  + " no coordinates: left out of events.geojson and the map");
    }
    long left = result.report().suggested();
    if (left > 0) {
      spec.commandLine()
          .getOut()
          .println(
              left
                  + " suggestion"
                  + (left == 1 ? " awaiting review was" : "s awaiting review were")
                  + " left out (validate lists them; --strict fails the build instead)");
    }
    return ExitCode.OK;
  }
}
