package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.Problem;
import org.eventline.pipeline.CurationEdits;
import org.eventline.schema.EventSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The curation commands: confirm, reject and review, on the one editing core. */
final class CurationCommands {

  private CurationCommands() {}

  /** Runs one edit and prints what it did, or why it did nothing. */
  static int report(CurationEdits.Result result, CommandLine.Model.CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    result.done().forEach(out::println);
    result.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
    result.problems().stream().filter(p -> !p.isError()).forEach(p -> err.println(p.format()));
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
      },
      footer = {
        "",
        "Exit codes:",
        "  0   done",
        "  1   the data does not allow it (malformed file, id in two files, reviewed article,"
            + " event that does not validate); nothing was written",
        "  2   usage error (unknown id, no curator); nothing was written",
        "  3   a file changed on disk during the edit (it was not written), or an I/O error"
      })
  static final class Confirm implements Callable<Integer> {
    @CommandLine.Mixin SeedsOption seeds;
    @CommandLine.Mixin CuratorOption curator;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Event ids.")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path folder = seeds.existing(spec);
      String name = curator.required(spec);
      return report(new CurationEdits(EventSchema.load()).confirm(folder, ids, name), spec);
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = {
        "Reject events: set their status to rejected and their curator. A rejected event stays in"
            + " the file (it is not published), so suggest never proposes it again."
      },
      footer = {
        "",
        "Exit codes:",
        "  0   done",
        "  1   the data does not allow it (malformed file, id in two files, reviewed article,"
            + " suggestions left); nothing was written",
        "  2   usage error (unknown id or article, no curator); nothing was written",
        "  3   a file changed on disk during the edit (it was not written), or an I/O error"
      })
  static final class Reject implements Callable<Integer> {
    @CommandLine.Mixin SeedsOption seeds;
    @CommandLine.Mixin CuratorOption curator;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Event ids.")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path folder = seeds.existing(spec);
      String name = curator.required(spec);
      return report(new CurationEdits(EventSchema.load()).reject(folder, ids, name), spec);
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
      },
      footer = {
        "",
        "Exit codes:",
        "  0   done",
        "  1   the data does not allow it (malformed file, id in two files, reviewed article,"
            + " suggestions left); nothing was written",
        "  2   usage error (unknown id or article, no curator); nothing was written",
        "  3   a file changed on disk during the edit (it was not written), or an I/O error"
      })
  static final class ReviewArticles implements Callable<Integer> {
    @CommandLine.Mixin SeedsOption seeds;
    @CommandLine.Mixin CuratorOption curator;

    @Parameters(
        paramLabel = "ARTICLE",
        arity = "1..*",
        description = "Article ids (file names without .txt).")
    List<String> ids = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path folder = seeds.existing(spec);
      String name = curator.required(spec);
      return report(new CurationEdits(EventSchema.load()).review(folder, ids, name), spec);
    }
  }
}
