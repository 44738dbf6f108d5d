package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.pipeline.CurationEdits;
import org.eventline.schema.EventSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The curation commands: confirm, reject and review, on the one editing core. */
final class CurationCommands {

  private CurationCommands() {}

  /** One edit of the seeds folder, given the folder and the curator's name. */
  interface Edit {
    CurationEdits.Result apply(CurationEdits edits, Path seeds, String curator)
        throws java.io.IOException;
  }

  /**
   * What the three commands share: the seeds folder, the curator, the exit codes in their help, and
   * how an edit's outcome is printed.
   */
  @ExitCode.InvalidData(
      "the data does not allow it (malformed file, id in two files, reviewed article, suggestions"
          + " left, an event that does not validate); nothing was written")
  static final class Common {
    @CommandLine.Mixin SeedsOption seeds;
    @CommandLine.Mixin CuratorOption curator;

    int run(CommandLine.Model.CommandSpec spec, Edit edit) throws java.io.IOException {
      Path folder = seeds.existing(spec);
      String name = curator.required(spec);
      return report(edit.apply(new CurationEdits(EventSchema.load()), folder, name), spec);
    }
  }

  /** Prints what an edit did, or why it did nothing, and returns the exit code. */
  static int report(CurationEdits.Result result, CommandLine.Model.CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    result.done().forEach(out::println);
    ProblemPrinter.print(result.problems(), err);
    result.usage().forEach(m -> err.println("eventline: error: " + m));
    if (result.outcome() != CurationEdits.Outcome.DONE
        && result.outcome() != CurationEdits.Outcome.CHANGED_ON_DISK) {
      err.println("nothing was written");
    }
    out.flush();
    err.flush();
    return switch (result.outcome()) {
      case DONE -> ExitCode.OK;
      case USAGE -> ExitCode.USAGE;
      case INVALID -> ExitCode.INVALID_DATA;
      case CHANGED_ON_DISK -> ExitCode.INTERNAL;
    };
  }

  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = {
        "Confirm events: set their status to confirmed and their curator, and bring quote offsets"
            + " left stale by an edited quote up to date. Refused, writing nothing, when an event"
            + " does not validate, is in an article marked reviewed, or its id is unknown or used"
            + " twice."
      })
  static final class Confirm implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Event ids.")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return common.run(spec, (edits, seeds, curator) -> edits.confirm(seeds, ids, curator));
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = {
        "Reject events: set their status to rejected and their curator. A rejected event stays in"
            + " the file (it is not published), so suggest never proposes it again."
      })
  static final class Reject implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Event ids.")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return common.run(spec, (edits, seeds, curator) -> edits.reject(seeds, ids, curator));
    }
  }

  @Command(
      name = "review",
      mixinStandardHelpOptions = true,
      description = {
        "Mark articles reviewed: you read the whole article and coded every event in it. Records"
            + " who, when and the SHA-256 of the article in the curation file's review block"
            + " (creating the file for an article without events). Refused while an event is still"
            + " suggested or the file has errors. suggest skips reviewed articles; validate reports"
            + " an article whose text changed since its review."
      })
  static final class ReviewArticles implements Callable<Integer> {
    @CommandLine.Mixin Common common;

    @picocli.CommandLine.Option(
        names = "--reopen",
        description =
            "Remove the articles' review marks instead, so that their events can be changed"
                + " (then review them again).")
    boolean reopen;

    @Parameters(
        paramLabel = "ARTICLE",
        arity = "1..*",
        description = "Article ids (file names without .txt).")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return common.run(
          spec,
          (edits, seeds, curator) ->
              reopen ? edits.reopen(seeds, ids) : edits.review(seeds, ids, curator));
    }
  }
}
