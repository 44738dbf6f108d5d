package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.eventline.evaluate.Measure;
import org.eventline.evaluate.Share;
import org.eventline.pipeline.Evaluation.EndToEndRow;
import org.junit.jupiter.api.Test;

class EndToEndFiguresTest {

  private static List<EndToEndRow> rows() {
    return List.of(
        new EndToEndRow("ucdp", "heldout", "all", Measure.WITH_SUGGESTION, new Share(3, 4)),
        new EndToEndRow("ucdp", "heldout", "all", Measure.EVENT_DATE, new Share(1, 4)),
        new EndToEndRow("ucdp", "heldout", "all", Measure.COUNTRY, new Share(3, 4)),
        new EndToEndRow("ucdp", "heldout", "all", Measure.ADMIN1, new Share(0, 0)),
        new EndToEndRow("ucdp", "heldout", "all", Measure.FATALITIES, new Share(1, 2)),
        new EndToEndRow("ucdp", "heldout", "all", Measure.EVENT_TYPE, new Share(2, 4)),
        new EndToEndRow("seeds", "heldout", "all", Measure.WITH_SUGGESTION, new Share(1, 1)),
        new EndToEndRow("seeds", "heldout", "all", Measure.EVENT_DATE, new Share(1, 2)),
        new EndToEndRow("seeds", "heldout", "all", Measure.COUNTRY, new Share(2, 2)),
        new EndToEndRow("seeds", "heldout", "all", Measure.ADMIN1, new Share(1, 2)),
        new EndToEndRow("seeds", "heldout", "all", Measure.FATALITIES, new Share(0, 1)),
        new EndToEndRow("seeds", "heldout", "all", Measure.EVENT_TYPE, new Share(2, 2)),
        new EndToEndRow("seeds", "heldout", "all", Measure.EVENTS_FOUND, new Share(2, 2)),
        new EndToEndRow("seeds", "heldout", "all", Measure.REAL_DISTINCT, new Share(2, 5)),
        new EndToEndRow("all", "heldout", "all", Measure.WITH_SUGGESTION, new Share(4, 5)));
  }

  @Test
  void theFileReadsBackAsWritten() {
    String tsv = EndToEndFigures.write(rows());
    assertEquals(rows(), EndToEndFigures.read(tsv));
    assertTrue(
        tsv.startsWith(
            "gold\tsplit\tsource\tmeasure\tcorrect\ttotal\tshare\ttarget\n"
                + "ucdp\theldout\tall\twith_suggestion\t3\t4\t0.750\t0.75\n"),
        tsv);
    assertTrue(tsv.endsWith("all\theldout\tall\twith_suggestion\t4\t5\t0.800\t0.90\n"), tsv);
  }

  @Test
  void theTargetOfTextsWithASuggestionIsHigherOverAllSets() {
    assertEquals(new BigDecimal("0.75"), rows().get(0).target());
    assertEquals(new BigDecimal("0.90"), rows().get(rows().size() - 1).target());
    assertEquals(new BigDecimal("0.85"), rows().get(1).target());
  }

  @Test
  void theTablesPutTheTargetsAboveTheFigures() {
    String md = EndToEndFigures.markdown(rows().subList(0, 14));
    assertTrue(
        md.contains(
            "| gold | source | texts | texts with a suggestion | date | country | admin1 |"
                + " deaths > 0 exact | event type |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n"
                + "| target | | | 0.75 (all sets: 0.90) | 0.85 | 0.85 | 0.60 | 0.60 | 0.70 |\n"
                + "| ucdp | all | 4 | 0.750 (3/4) | 0.250 (1/4) | 0.750 (3/4) | - | 0.500 (1/2) |"
                + " 0.500 (2/4) |\n"
                + "| seeds | all | 1 | 1.000 (1/1) |"),
        md);
    assertTrue(
        md.contains(
            "| gold | source | articles | curated events found | suggestions real and distinct |\n"
                + "|---|---|---:|---:|---:|\n"
                + "| target | | | 0.75 | 0.60 |\n"
                + "| seeds | all | 1 | 1.000 (2/2) | 0.400 (2/5) |\n"),
        md);
  }
}
