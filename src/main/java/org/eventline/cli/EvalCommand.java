package org.eventline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.evaluate.ActorNames;
import org.eventline.pipeline.EndToEndFigures;
import org.eventline.pipeline.Evaluation;
import org.eventline.pipeline.Figures;
import org.eventline.pipeline.KeptSuggestions;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.Suggester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Run the suggester on human-coded texts and print precision, recall and F1 per field, then"
          + " end-to-end figures per gold set and source beside their targets.",
      "Gold sets: ucdp (UCDP GED headlines, eval/ucdp-ged-sample.csv and eval/ucdp-dev.csv;"
          + " sources GED, UKR, UCDP, UUA by id prefix), reports (coder-style reports and wire"
          + " ledes, eval/coder-reports.csv; sources coder, wire), seeds (the confirmed events of"
          + " the seeds folder) and own (short articles written and annotated for eventline,"
          + " eval/own). Held out: ucdp and reports rows whose id ends in an odd digit, four fixed"
          + " seed articles, all of own.",
      "Matching: a suggestion and a gold event of the same text pair when their quotes overlap (any"
          + " suggestion for a headline); pairs are made one to one, the pair agreeing on more of"
          + " event type, location, first-level unit, country, date and actor 1 first. Unpaired"
          + " suggestions count"
          + " against precision, unpaired gold events against recall. Precision = correct /"
          + " suggestions giving the field; recall = correct / gold events giving it.",
      "End to end: every text counts, one with no suggestion wrong on every field. Share of texts"
          + " with a suggestion; per field, gold events whose paired suggestion is right over all"
          + " gold events giving the field: date (the suggested span holds a day of the gold span"
          + " and is at most 7 days wide, or lies inside a gold span wider than that), country,"
          + " admin1, deaths (exact, only where the gold"
          + " toll is above 0), event type (ACLED's where the gold gives it). Where the text states"
          + " it: admin1 over the gold events whose text (quote, or whole headline or report)"
          + " names the unit or the coded place, deaths over those whose text writes the toll."
          + " Whole articles: curated events found, and suggestions real and distinct (paired"
          + " with a gold event)."
    })
@ExitCode.InvalidData("not returned by eval")
final class EvalCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      paramLabel = "SET",
      defaultValue = "all",
      description = "ucdp, reports, seeds, own or all (default: ${DEFAULT-VALUE}).")
  String gold;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "all",
      description = "dev, heldout or all (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--ucdp",
      paramLabel = "FILE",
      split = ",",
      defaultValue = "eval/ucdp-ged-sample.csv,eval/ucdp-dev.csv",
      description = "The UCDP gold files, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Path> ucdp;

  @Option(
      names = "--reports",
      paramLabel = "FILE",
      defaultValue = "eval/coder-reports.csv",
      description = "The coder-style reports (default: ${DEFAULT-VALUE}).")
  Path reports;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "The seeds folder (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(
      names = "--own",
      paramLabel = "DIR",
      defaultValue = "eval/own",
      description = "The project's own annotated articles (default: ${DEFAULT-VALUE}).")
  Path own;

  @Option(
      names = "--write-figures",
      paramLabel = "FILE",
      description = "Also write the held-out figures of the sets evaluated to FILE (TSV).")
  Path figures;

  @Option(
      names = "--write-end-to-end",
      paramLabel = "FILE",
      description =
          "Also write the held-out end-to-end figures of the sets evaluated to FILE (TSV).")
  Path endToEnd;

  @Option(
      names = "--kept-only",
      description =
          "Print only what curators kept of the suggestions in the seeds folder (no gold set is"
              + " run).")
  boolean keptOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (keptOnly) {
      out.print(kept());
      out.flush();
      return ExitCode.OK;
    }
    List<Evaluation.Gold> golds = choose(gold, Evaluation.Gold.values(), "--gold");
    List<Evaluation.Split> splits = choose(split, Evaluation.Split.values(), "--split");
    requireFiles(golds);
    EventSchema schema = EventSchema.load();
    SuggestResources resources = SuggestResources.load(schema, null);
    Evaluation eval =
        new Evaluation(schema, new Suggester(resources), new ActorNames(resources.actors()));
    Evaluation.Report report =
        eval.report(golds, splits, new Evaluation.GoldOptions(ucdp, reports, seeds, own));
    out.println("## Per field: precision, recall and F1");
    out.println();
    out.print(Figures.markdown(report.rows()));
    out.println();
    out.print(EndToEndFigures.markdown(report.endToEnd()));
    out.print(kept());
    out.flush();
    if (figures != null) {
      Files.writeString(figures, Figures.write(report.heldOut().rows()), UTF_8);
      out.println("wrote the held-out figures to " + figures);
    }
    if (endToEnd != null) {
      Files.writeString(endToEnd, EndToEndFigures.write(report.heldOut().endToEnd()), UTF_8);
      out.println("wrote the held-out end-to-end figures to " + endToEnd);
    }
    return ExitCode.OK;
  }

  /** What curators kept of the suggester's proposals, from the seeds folder's curation files. */
  private String kept() throws java.io.IOException {
    if (!Files.isDirectory(seeds)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--seeds: no such folder: " + seeds);
    }
    return KeptSuggestions.of(seeds).markdown(seeds.toString());
  }

  /** The gold files of the sets chosen must exist: a usage error, not an internal one. */
  private void requireFiles(List<Evaluation.Gold> golds) {
    for (Evaluation.Gold g : golds) {
      switch (g) {
        case UCDP -> ucdp.forEach(f -> requireFile("--ucdp", f));
        case REPORTS -> requireFile("--reports", reports);
        case SEEDS -> requireFile("--seeds", seeds);
        case OWN -> requireFile("--own", own);
      }
    }
  }

  private void requireFile(String option, Path path) {
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + ": no such file or folder: " + path);
    }
  }

  private <E extends Enum<E>> List<E> choose(String value, E[] values, String option) {
    if (value.equals("all")) {
      return List.of(values);
    }
    for (E e : values) {
      if (Evaluation.name(e).equals(value)) {
        return List.of(e);
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), option + ": unknown value '" + value + "'");
  }
}
