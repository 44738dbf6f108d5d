package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.EventlineException;
import org.eventline.Problem;
import org.eventline.pipeline.DatasetVocabulary;
import org.eventline.pipeline.SuggestRun;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.Suggester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Add candidate events (status: suggested, with a suggestion block holding the suggester's"
          + " confidence, reasons and proposed values) to each article's curation file, creating it"
          + " where there is none. Articles marked reviewed are skipped.",
      "Events already in a file are never changed; a candidate matching one of them (same id,"
          + " overlapping quote with the same event_type and location, or the suggestion an event"
          + " began as, whatever the curator changed; rejected ones included) is not added again."
          + " A deleted suggestion comes back on the next run: reject it instead."
    })
@ExitCode.InvalidData(
    "some files could not be read or extended (listed as file:line:column: error: ...)")
final class SuggestCommand implements Callable<Integer> {

  @CommandLine.Mixin SeedsOption seeds;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "An actor dictionary (YAML) to use instead of the shipped one; the seeds folder's own"
              + " actors.yaml is still merged over it.")
  Path actors;

  @Option(
      names = "--include-reviewed",
      description =
          "Add suggestions to reviewed articles too; an article that gets new suggestions loses its"
              + " review mark (review it again when they are handled).")
  boolean includeReviewed;

  @CommandLine.Mixin QuietOption quiet;

  @Parameters(
      paramLabel = "IDS",
      arity = "0..*",
      description = "Article ids (file names without .txt); all articles when none is given.")
  List<String> ids = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = seeds.existing(spec);
    if (actors != null && !Files.isRegularFile(actors)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--actors: no such file: " + actors);
    }
    EventSchema schema = EventSchema.load();
    schema.compileInBackground();
    DatasetVocabulary vocabulary = DatasetVocabulary.read(folder, schema);
    if (!vocabulary.ok()) {
      PrintWriter err = spec.commandLine().getErr();
      ProblemPrinter.print(vocabulary.problems(), err);
      err.println("no suggestions were added: fix the dataset's actor and place lists first");
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    SuggestResources resources;
    try {
      resources = SuggestResources.load(schema, actors);
    } catch (EventlineException e) {
      if (actors == null) {
        throw e; // the shipped dictionary is broken: a bug, reported as one
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.println("no suggestions were added: fix the actor dictionary " + actors + " first");
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    List<Problem> territories = vocabulary.actors().territoryProblems(resources.gazetteer());
    if (!territories.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      ProblemPrinter.print(territories, err);
      err.println("no suggestions were added: fix the dataset's actor list first");
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    Suggester suggester = new Suggester(vocabulary.merge(resources));
    SuggestRun.Result result =
        new SuggestRun(schema, suggester)
            .run(
                folder,
                ids,
                includeReviewed,
                quiet.progress("suggest", spec.commandLine().getErr()));
    PrintWriter out = spec.commandLine().getOut();
    for (SuggestRun.FileResult f : result.files()) {
      if (f.added() > 0 && !quiet.quiet) {
        out.println(
            f.file()
                + ": "
                + f.added()
                + " suggestion"
                + (f.added() == 1 ? "" : "s")
                + " added"
                + (f.created() ? " (new file)" : " (" + f.existing() + " events already there)")
                + (f.reviewCleared() ? "; its review mark was removed: review it again" : ""));
      }
    }
    long skipped = result.files().stream().filter(SuggestRun.FileResult::skipped).count();
    for (SuggestRun.FileResult f : result.files()) {
      if (f.skipped() && !ids.isEmpty() && !quiet.quiet) {
        out.println(
            f.file()
                + ": skipped, the article is marked reviewed (--include-reviewed adds to it and"
                + " clears the mark)");
      }
    }
    if (!result.newActors().isEmpty()) {
      out.println(
          "organisations not in the actor dictionary (named in the suggestions' reasons; add the real ones to seeds/actors.yaml): "
              + String.join(", ", result.newActors()));
    }
    PrintWriter err = spec.commandLine().getErr();
    ProblemPrinter.print(result.problems(), err);
    out.println(
        result.added()
            + " suggestion"
            + (result.added() == 1 ? "" : "s")
            + " added to "
            + result.files().stream().filter(f -> f.added() > 0).count()
            + " of "
            + result.files().size()
            + " articles"
            + (skipped == 0
                ? ""
                : " (" + skipped + " reviewed article" + (skipped == 1 ? "" : "s") + " skipped)"));
    out.flush();
    err.flush();
    return result.ok() ? ExitCode.OK : ExitCode.INVALID_DATA;
  }
}
