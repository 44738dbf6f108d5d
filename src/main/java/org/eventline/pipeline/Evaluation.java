package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.curation.Event;
import org.eventline.evaluate.ActorNames;
import org.eventline.evaluate.Count;
import org.eventline.evaluate.Field;
import org.eventline.evaluate.Scorecard;
import org.eventline.evaluate.Scorer;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;

/**
 * {@code eval}: runs the suggester on the texts of a gold set, in memory, and scores its
 * suggestions field by field ({@link Scorer} states the matching rule), for the development split
 * and the held-out split apart.
 */
public final class Evaluation {

  /**
   * The gold sets: UCDP GED headlines, the curated seed articles, and the project's own annotated
   * articles (eval/own, all held out).
   */
  public enum Gold {
    UCDP,
    SEEDS,
    OWN
  }

  /** The splits: tuned on, and held out. */
  public enum Split {
    DEV,
    HELDOUT
  }

  /** One line of figures. */
  public record Row(String gold, String split, String field, Count count) {}

  private final Suggester suggester;
  private final Scorer scorer;
  private final EventSchema schema;

  public Evaluation(EventSchema schema, Suggester suggester, ActorNames actors) {
    this.schema = schema;
    this.suggester = suggester;
    this.scorer = new Scorer(actors);
  }

  /** The texts of a gold set. */
  public List<GoldSets.GoldText> texts(Gold gold, Path ucdpCsv, Path seeds, Path own)
      throws IOException {
    return switch (gold) {
      case UCDP -> GoldSets.ucdp(ucdpCsv, suggester.placeFinder().countries());
      case SEEDS -> GoldSets.seeds(seeds, schema, false);
      case OWN -> GoldSets.seeds(own, schema, true);
    };
  }

  /** Scores one split of a gold set. */
  public Scorecard score(List<GoldSets.GoldText> texts, Split split) {
    Scorecard card = new Scorecard();
    for (GoldSets.GoldText t : texts) {
      if (t.heldOut() == (split == Split.HELDOUT)) {
        List<Event> suggested =
            suggester.suggest(t.article()).stream().map(Suggestion::event).toList();
        scorer.score(suggested, t.events(), card);
      }
    }
    return card;
  }

  /** The rows of a scorecard, fields in their order. */
  public static List<Row> rows(Gold gold, Split split, Scorecard card) {
    List<Row> rows = new ArrayList<>();
    for (Field f : Field.values()) {
      rows.add(new Row(name(gold), name(split), f.label(), card.get(f)));
    }
    return rows;
  }

  public static String name(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
