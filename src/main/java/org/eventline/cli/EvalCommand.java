package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.evaluate.ActorNames;
import org.eventline.pipeline.Evaluation;
import org.eventline.pipeline.Figures;
import org.eventline.pipeline.GoldSets;
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
      "Run the suggester on human-coded texts and print precision, recall and F1 per field.",
      "Gold sets: ucdp (UCDP GED headlines, eval/ucdp-ged-sample.csv; rows whose id ends in an odd"
          + " digit are held out), seeds (the confirmed events of the seeds folder; four fixed"
          + " articles are held out) and own (short articles written and annotated for eventline,"
          + " eval/own; all held out).",
      "Matching: a suggestion and a gold event of the same text pair when their quotes overlap (any"
          + " suggestion for a headline); pairs are made one to one, the pair agreeing on more of"
          + " event type, location, country, date and actor 1 first. Unpaired suggestions count"
          + " against precision, unpaired gold events against recall. Precision = correct /"
          + " suggestions giving the field; recall = correct / gold events giving it."
    })
@ExitCode.InvalidData("not returned by eval")
final class EvalCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      paramLabel = "SET",
      defaultValue = "all",
      description = "ucdp, seeds, own or all (default: ${DEFAULT-VALUE}).")
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
      defaultValue = "eval/ucdp-ged-sample.csv",
      description = "The UCDP gold file (default: ${DEFAULT-VALUE}).")
  Path ucdp;

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
    EventSchema schema = EventSchema.load();
    SuggestResources resources = SuggestResources.load(schema, null);
    Evaluation eval =
        new Evaluation(schema, new Suggester(resources), new ActorNames(resources.actors()));
    List<Evaluation.Row> all = new ArrayList<>();
    List<Evaluation.Row> heldOut = new ArrayList<>();
    for (Evaluation.Gold g : golds) {
      List<GoldSets.GoldText> texts = eval.texts(g, ucdp, seeds, own);
      for (Evaluation.Split s : splits) {
        List<Evaluation.Row> rows = Evaluation.rows(g, s, eval.score(texts, s));
        all.addAll(rows);
        if (s == Evaluation.Split.HELDOUT) {
          heldOut.addAll(rows);
        }
      }
    }
    out.print(Figures.markdown(all));
    out.println();
    out.print(kept());
    out.flush();
    if (figures != null) {
      Files.writeString(figures, Figures.write(heldOut), StandardCharsets.UTF_8);
      out.println("wrote the held-out figures to " + figures);
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
