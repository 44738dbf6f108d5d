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
import org.junit.jupiter.api.Test;

/**
 * Guards the committed held-out figures (eval/figures.tsv, shown in docs/evaluation.md): reruns the
 * evaluation and fails if any precision, recall or F1 drops by more than rounding.
 */
class EvalFiguresTest {

  static final BigDecimal ROUNDING = new BigDecimal("0.0005");

  @Test
  void heldOutFiguresDoNotDrop() throws IOException {
    Path project = Path.of(".");
    List<Evaluation.Row> committed =
        Figures.read(Files.readString(project.resolve("eval/figures.tsv")));
    assertFalse(committed.isEmpty());
    Set<String> golds = committed.stream().map(Evaluation.Row::gold).collect(Collectors.toSet());
    assertTrue(
        golds.containsAll(Set.of("ucdp", "seeds", "own")), "figures for every gold set: " + golds);

    Evaluation eval =
        new Evaluation(
            SharedResources.schema(),
            SharedResources.suggester(),
            new ActorNames(SharedResources.resources().actors()));
    Map<String, Evaluation.Row> fresh = new HashMap<>();
    for (Evaluation.Gold gold : Evaluation.Gold.values()) {
      List<GoldSets.GoldText> texts =
          eval.texts(
              gold,
              project.resolve("eval/ucdp-ged-sample.csv"),
              project.resolve("seeds"),
              project.resolve("eval/own"));
      for (Evaluation.Row r :
          Evaluation.rows(
              gold, Evaluation.Split.HELDOUT, eval.score(texts, Evaluation.Split.HELDOUT))) {
        fresh.put(key(r), r);
      }
    }
    StringBuilder drops = new StringBuilder();
    for (Evaluation.Row before : committed) {
      Evaluation.Row now = fresh.get(key(before));
      assertNotNull(now, "no fresh figure for " + key(before));
      check(drops, before, "precision", before.count().precision(), now.count().precision());
      check(drops, before, "recall", before.count().recall(), now.count().recall());
      check(drops, before, "f1", before.count().f1(), now.count().f1());
    }
    assertTrue(drops.isEmpty(), "held-out figures dropped:\n" + drops);
  }

  @Test
  void docsShowTheCommittedFigures() throws IOException {
    Path project = Path.of(".");
    List<String> lines = Files.readAllLines(project.resolve("eval/figures.tsv"));
    StringBuilder table = new StringBuilder();
    table.append("| ").append(String.join(" | ", lines.get(0).split("\t"))).append(" |\n|");
    table.append("---|".repeat(lines.get(0).split("\t").length)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      table.append("| ").append(String.join(" | ", line.split("\t"))).append(" |\n");
    }
    String docs = Files.readString(project.resolve("docs/evaluation.md"));
    assertTrue(
        docs.contains(table),
        "docs/evaluation.md's table of held-out figures must be eval/figures.tsv, row for row:\n"
            + table);
  }

  private static void check(
      StringBuilder drops, Evaluation.Row row, String what, BigDecimal before, BigDecimal now) {
    if (now.compareTo(before.subtract(ROUNDING)) < 0) {
      drops
          .append(key(row))
          .append(' ')
          .append(what)
          .append(": ")
          .append(before)
          .append(" -> ")
          .append(now)
          .append('\n');
    }
  }

  private static String key(Evaluation.Row r) {
    return r.gold() + "/" + r.split() + "/" + r.field();
  }
}
