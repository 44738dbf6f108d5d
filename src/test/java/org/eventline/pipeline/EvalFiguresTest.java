package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventline.evaluate.ActorNames;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the committed held-out figures (eval/figures.tsv per field, eval/end-to-end.tsv end to
 * end; both shown in docs/evaluation.md): reruns the evaluation and fails if any precision, recall,
 * F1 or end-to-end share drops by more than rounding.
 */
class EvalFiguresTest {

  static final BigDecimal ROUNDING = new BigDecimal("0.0005");
  static final Path PROJECT = Path.of(".");

  private static Evaluation.Report fresh;

  @BeforeAll
  static void evaluate() throws IOException {
    Evaluation eval =
        new Evaluation(
            SharedResources.schema(),
            SharedResources.suggester(),
            new ActorNames(SharedResources.resources().actors()));
    fresh =
        eval.report(
            List.of(Evaluation.Gold.values()),
            List.of(Evaluation.Split.HELDOUT),
            Evaluation.GoldOptions.in(PROJECT));
  }

  @Test
  void heldOutFiguresDoNotDrop() throws IOException {
    List<Evaluation.Row> committed =
        Figures.read(Files.readString(PROJECT.resolve("eval/figures.tsv")));
    assertFalse(committed.isEmpty());
    Set<String> golds = committed.stream().map(Evaluation.Row::gold).collect(Collectors.toSet());
    assertTrue(
        golds.containsAll(Set.of("ucdp", "reports", "seeds", "own")),
        "figures for every gold set: " + golds);
    Map<String, Evaluation.Row> now = new HashMap<>();
    fresh.rows().forEach(r -> now.put(key(r), r));
    StringBuilder drops = new StringBuilder();
    for (Evaluation.Row before : committed) {
      Evaluation.Row after = now.get(key(before));
      assertNotNull(after, "no fresh figure for " + key(before));
      check(
          drops, key(before) + " precision", before.count().precision(), after.count().precision());
      check(drops, key(before) + " recall", before.count().recall(), after.count().recall());
      check(drops, key(before) + " f1", before.count().f1(), after.count().f1());
    }
    assertTrue(drops.isEmpty(), "held-out figures dropped:\n" + drops);
  }

  @Test
  void heldOutEndToEndFiguresDoNotDrop() throws IOException {
    List<Evaluation.EndToEndRow> committed =
        EndToEndFigures.read(Files.readString(PROJECT.resolve("eval/end-to-end.tsv")));
    Set<String> golds =
        committed.stream().map(Evaluation.EndToEndRow::gold).collect(Collectors.toSet());
    assertTrue(
        golds.containsAll(Set.of("ucdp", "reports", "seeds", "own", Evaluation.ALL)),
        "end-to-end figures for every gold set and all together: " + golds);
    Map<String, Evaluation.EndToEndRow> now = new HashMap<>();
    fresh.endToEnd().forEach(r -> now.put(key(r), r));
    StringBuilder drops = new StringBuilder();
    for (Evaluation.EndToEndRow before : committed) {
      Evaluation.EndToEndRow after = now.get(key(before));
      assertNotNull(after, "no fresh figure for " + key(before));
      check(drops, key(before), before.share().value(), after.share().value());
    }
    assertTrue(drops.isEmpty(), "held-out end-to-end figures dropped:\n" + drops);
  }

  @Test
  void docsShowTheCommittedFigures() throws IOException {
    String docs = Files.readString(PROJECT.resolve("docs/evaluation.md"));
    for (String file : List.of("eval/figures.tsv", "eval/end-to-end.tsv")) {
      String table = table(Files.readAllLines(PROJECT.resolve(file)));
      assertTrue(
          docs.contains(table),
          "docs/evaluation.md's table of held-out figures must be "
              + file
              + ", row for row:\n"
              + table);
    }
  }

  /** A TSV file as a markdown table, cell for cell. */
  private static String table(List<String> lines) {
    StringBuilder table = new StringBuilder();
    table.append("| ").append(String.join(" | ", lines.get(0).split("\t"))).append(" |\n|");
    table.append("---|".repeat(lines.get(0).split("\t").length)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      table.append("| ").append(String.join(" | ", line.split("\t"))).append(" |\n");
    }
    return table.toString();
  }

  private static void check(StringBuilder drops, String what, BigDecimal before, BigDecimal now) {
    if (now.compareTo(before.subtract(ROUNDING)) < 0) {
      drops.append(what).append(": ").append(before).append(" -> ").append(now).append('\n');
    }
  }

  private static String key(Evaluation.Row r) {
    return r.gold() + "/" + r.split() + "/" + r.field();
  }

  private static String key(Evaluation.EndToEndRow r) {
    return r.gold() + "/" + r.split() + "/" + r.source() + "/" + r.measure().label();
  }
}
