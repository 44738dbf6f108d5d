package org.eventline.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.eventline.EventlineException;
import org.eventline.evaluate.Count;

/**
 * The figures file ({@code eval/figures.tsv}): one row per gold set, split and field with the
 * counts and precision, recall and F1 (3 decimals). docs/evaluation.md shows it row for row (a test
 * checks that it does); another test reruns the evaluation and fails if any figure drops.
 */
public final class Figures {

  public static final String HEADER =
      "gold\tsplit\tfield\tsuggested\tgold_events\tcorrect\tprecision\trecall\tf1";

  private Figures() {}

  public static String write(List<Evaluation.Row> rows) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Evaluation.Row r : rows) {
      out.append(String.join("\t", cells(r))).append('\n');
    }
    return out.toString();
  }

  /** One row's cells, in the order of {@link #HEADER}. */
  private static List<String> cells(Evaluation.Row r) {
    Count c = r.count();
    return List.of(
        r.gold(),
        r.split(),
        r.field(),
        String.valueOf(c.suggested()),
        String.valueOf(c.gold()),
        String.valueOf(c.correct()),
        c.precision().toPlainString(),
        c.recall().toPlainString(),
        c.f1().toPlainString());
  }

  public static List<Evaluation.Row> read(String text) {
    List<Evaluation.Row> rows = new ArrayList<>();
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new EventlineException("figures file: expected the header " + HEADER);
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      rows.add(
          new Evaluation.Row(
              f[0],
              f[1],
              f[2],
              new Count(Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]))));
    }
    return rows;
  }

  /** A markdown table of rows, as {@code eventline eval} prints them. */
  public static String markdown(List<Evaluation.Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "| gold | split | field | suggested | gold | correct | precision | recall | F1 |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Evaluation.Row r : rows) {
      out.append("| ").append(String.join(" | ", cells(r))).append(" |\n");
    }
    return out.toString();
  }
}
