package org.eventline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventline.EventlineException;
import org.eventline.evaluate.Measure;
import org.eventline.evaluate.Share;
import org.eventline.pipeline.Evaluation.EndToEndRow;

/**
 * The end-to-end figures: as a file ({@code eval/end-to-end.tsv}, one row per gold set, split,
 * source and measure, beside {@code eval/figures.tsv} and guarded the same way) and as the tables
 * {@code eventline eval} prints (one row per gold set and source, one column per measure, the
 * targets in the first row).
 */
public final class EndToEndFigures {

  public static final String HEADER = "gold\tsplit\tsource\tmeasure\tcorrect\ttotal\tshare\ttarget";

  private EndToEndFigures() {}

  public static String write(List<EndToEndRow> rows) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (EndToEndRow r : rows) {
      out.append(
              String.join(
                  "\t",
                  r.gold(),
                  r.split(),
                  r.source(),
                  r.measure().label(),
                  String.valueOf(r.share().correct()),
                  String.valueOf(r.share().total()),
                  r.share().value().toPlainString(),
                  r.target().toPlainString()))
          .append('\n');
    }
    return out.toString();
  }

  public static List<EndToEndRow> read(String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new EventlineException("end-to-end figures file: expected the header " + HEADER);
    }
    List<EndToEndRow> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      rows.add(
          new EndToEndRow(
              f[0],
              f[1],
              f[2],
              measure(f[3]),
              new Share(Integer.parseInt(f[4]), Integer.parseInt(f[5]))));
    }
    return rows;
  }

  private static Measure measure(String label) {
    for (Measure m : Measure.values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new EventlineException("end-to-end figures file: unknown measure '" + label + "'");
  }

  /**
   * The printed tables, per split: every gold set and source with its texts, the share with a
   * suggestion and each field; then, for whole articles, curated events found and suggestions real
   * and distinct. Each cell is a share with its counts; the targets head each column.
   */
  public static String markdown(List<EndToEndRow> rows) {
    Map<String, List<EndToEndRow>> bySplit = new LinkedHashMap<>();
    rows.forEach(r -> bySplit.computeIfAbsent(r.split(), k -> new ArrayList<>()).add(r));
    StringBuilder out = new StringBuilder();
    bySplit.forEach((split, splitRows) -> table(out, split, splitRows));
    return out.toString();
  }

  private static final List<Measure> TEXT_MEASURES =
      List.of(
          Measure.WITH_SUGGESTION,
          Measure.EVENT_DATE,
          Measure.COUNTRY,
          Measure.ADMIN1,
          Measure.FATALITIES,
          Measure.EVENT_TYPE);

  private static final List<Measure> STATED_MEASURES =
      List.of(Measure.ADMIN1_NAMED, Measure.FATALITIES_WRITTEN);

  private static final List<Measure> ARTICLE_MEASURES =
      List.of(Measure.EVENTS_FOUND, Measure.REAL_DISTINCT);

  private static void table(StringBuilder out, String split, List<EndToEndRow> rows) {
    Map<String, Map<Measure, Share>> lines = new LinkedHashMap<>();
    for (EndToEndRow r : rows) {
      lines
          .computeIfAbsent(r.gold() + " | " + r.source(), k -> new LinkedHashMap<>())
          .put(r.measure(), r.share());
    }
    out.append("## End to end, ").append(split).append(" split\n\n");
    out.append(
        "Every text that reports an event counts: one with no suggestion is wrong on every field."
            + " Cells: share (right/counted); fields count gold events whose gold gives the field"
            + " (deaths only where the gold toll is above 0).\n\n");
    out.append("| gold | source | texts |");
    TEXT_MEASURES.forEach(m -> out.append(' ').append(m.heading()).append(" |"));
    out.append("\n|---|---|---:|").append("---:|".repeat(TEXT_MEASURES.size())).append('\n');
    out.append("| target | | |");
    for (Measure m : TEXT_MEASURES) {
      out.append(' ').append(m.target().toPlainString());
      if (m == Measure.WITH_SUGGESTION) {
        out.append(" (all sets: ")
            .append(Measure.WITH_SUGGESTION_OVERALL.toPlainString())
            .append(')');
      }
      out.append(" |");
    }
    out.append('\n');
    lines.forEach((key, shares) -> row(out, key, true, TEXT_MEASURES, shares));
    out.append("\nWhere the text states it, ")
        .append(split)
        .append(
            " split: the same figures over the gold events whose text names the unit or the coded"
                + " place, and whose text writes the toll (as a figure or in words).\n\n");
    out.append("| gold | source |");
    STATED_MEASURES.forEach(m -> out.append(' ').append(m.heading()).append(" |"));
    out.append("\n|---|---|")
        .append("---:|".repeat(STATED_MEASURES.size()))
        .append("\n| target | |");
    STATED_MEASURES.forEach(m -> out.append(' ').append(m.target().toPlainString()).append(" |"));
    out.append('\n');
    lines.forEach((key, shares) -> row(out, key, false, STATED_MEASURES, shares));
    Set<String> articles = new LinkedHashSet<>();
    lines.forEach(
        (key, shares) -> {
          if (shares.containsKey(Measure.EVENTS_FOUND)) {
            articles.add(key);
          }
        });
    if (articles.isEmpty()) {
      out.append('\n');
      return;
    }
    out.append("\nWhole articles, ").append(split).append(" split:\n\n");
    out.append("| gold | source | articles |");
    ARTICLE_MEASURES.forEach(m -> out.append(' ').append(m.heading()).append(" |"));
    out.append("\n|---|---|---:|---:|---:|\n| target | | |");
    ARTICLE_MEASURES.forEach(m -> out.append(' ').append(m.target().toPlainString()).append(" |"));
    out.append('\n');
    for (String key : articles) {
      row(out, key, true, ARTICLE_MEASURES, lines.get(key));
    }
    out.append('\n');
  }

  /**
   * One line of a table: the gold set and source, the number of texts when asked, and the share of
   * each measure ("-" for one with nothing to count).
   */
  private static void row(
      StringBuilder out,
      String key,
      boolean texts,
      List<Measure> measures,
      Map<Measure, Share> shares) {
    out.append("| ").append(key);
    if (texts) {
      out.append(" | ").append(shares.get(Measure.WITH_SUGGESTION).total());
    }
    out.append(" |");
    measures.forEach(
        m -> out.append(' ').append(shares.getOrDefault(m, new Share(0, 0)).format()).append(" |"));
    out.append('\n');
  }
}
