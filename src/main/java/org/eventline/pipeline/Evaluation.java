package org.eventline.pipeline;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.eventline.evaluate.ActorNames;
import org.eventline.evaluate.Count;
import org.eventline.evaluate.EndToEnd;
import org.eventline.evaluate.Field;
import org.eventline.evaluate.GoldEvent;
import org.eventline.evaluate.Matching;
import org.eventline.evaluate.Measure;
import org.eventline.evaluate.Scorecard;
import org.eventline.evaluate.Scorer;
import org.eventline.evaluate.Share;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;

/**
 * {@code eval}: runs the suggester on the texts of a gold set, in memory, and scores its
 * suggestions field by field ({@link Scorer} states the matching rule) and end to end, per source
 * ({@link EndToEnd}), for the development split and the held-out split apart.
 */
public final class Evaluation {

  /**
   * The gold sets: UCDP GED headlines, coder-style reports, the curated seed articles, and the
   * project's own annotated articles (eval/own, all held out).
   */
  public enum Gold {
    UCDP(false),
    REPORTS(false),
    SEEDS(true),
    OWN(true);

    private final boolean wholeArticles;

    Gold(boolean wholeArticles) {
      this.wholeArticles = wholeArticles;
    }

    /** True for sets of whole articles, with several events each. */
    public boolean wholeArticles() {
      return wholeArticles;
    }
  }

  /** The splits: tuned on, and held out. */
  public enum Split {
    DEV,
    HELDOUT
  }

  /** Where the gold sets are: UCDP files (one or more), the coder reports, two seeds folders. */
  public record GoldOptions(List<Path> ucdp, Path reports, Path seeds, Path own) {

    public GoldOptions {
      ucdp = List.copyOf(ucdp);
    }

    /** The files of a project checkout. */
    public static GoldOptions in(Path project) {
      return new GoldOptions(
          List.of(
              project.resolve("eval/ucdp-ged-sample.csv"), project.resolve("eval/ucdp-dev.csv")),
          project.resolve("eval/coder-reports.csv"),
          project.resolve("seeds"),
          project.resolve("eval/own"));
    }
  }

  /** One line of per-field figures. */
  public record Row(String gold, String split, String field, Count count) {}

  /** The gold and source name of figures over everything evaluated together. */
  public static final String ALL = "all";

  /**
   * One end-to-end figure of a gold set (or {@link #ALL}) and one of its sources (or {@link #ALL}).
   */
  public record EndToEndRow(
      String gold, String split, String source, Measure measure, Share share) {

    /** The target: that of the measure, but 0.90 of texts with a suggestion over all sets. */
    public BigDecimal target() {
      return measure == Measure.WITH_SUGGESTION && gold.equals(ALL)
          ? Measure.WITH_SUGGESTION_OVERALL
          : measure.target();
    }
  }

  /** The counts of one split of one gold set: per field, and end to end per source. */
  public record Result(Scorecard card, Map<String, EndToEnd> bySource) {

    public Result {
      bySource = new TreeMap<>(bySource);
    }

    /** End to end over all sources. */
    public EndToEnd total() {
      EndToEnd total = new EndToEnd();
      bySource.values().forEach(total::addAll);
      return total;
    }
  }

  private final Suggester suggester;
  private final Scorer scorer;
  private final EventSchema schema;
  private final CandidateCheck check;

  public Evaluation(EventSchema schema, Suggester suggester, ActorNames actors) {
    this.schema = schema;
    this.suggester = suggester;
    this.scorer = new Scorer(actors);
    this.check = CandidateCheck.of(schema);
  }

  /** The texts of a gold set. */
  public List<GoldSets.GoldText> texts(Gold gold, GoldOptions files) throws IOException {
    return switch (gold) {
      case UCDP -> {
        List<GoldSets.GoldText> texts = new ArrayList<>();
        for (Path csv : files.ucdp()) {
          texts.addAll(GoldSets.ucdp(csv, suggester.placeFinder().countries()));
        }
        yield texts;
      }
      case REPORTS ->
          GoldSets.reports(
              files.reports(),
              suggester.placeFinder().countries(),
              Set.copyOf(SuggestResources.enumOf(schema, "event_type")));
      case SEEDS -> GoldSets.seeds(files.seeds(), schema, name(gold), false);
      case OWN -> GoldSets.seeds(files.own(), schema, name(gold), true);
    };
  }

  /** Every figure of some gold sets and splits: per field, and end to end. */
  public record Report(List<Row> rows, List<EndToEndRow> endToEnd) {

    public Report {
      rows = List.copyOf(rows);
      endToEnd = List.copyOf(endToEnd);
    }

    /** The figures of the held-out split only. */
    public Report heldOut() {
      String heldOut = name(Split.HELDOUT);
      return new Report(
          rows.stream().filter(r -> r.split().equals(heldOut)).toList(),
          endToEnd.stream().filter(r -> r.split().equals(heldOut)).toList());
    }
  }

  /**
   * Reads and scores gold sets, split by split; with more than one set, also the end-to-end figures
   * of all of them together (gold {@link #ALL}).
   */
  public Report report(List<Gold> golds, List<Split> splits, GoldOptions files) throws IOException {
    Map<Gold, List<GoldSets.GoldText>> texts = new EnumMap<>(Gold.class);
    for (Gold g : golds) {
      texts.put(g, texts(g, files));
    }
    List<Row> rows = new ArrayList<>();
    List<EndToEndRow> endToEnd = new ArrayList<>();
    for (Split s : splits) {
      EndToEnd overall = new EndToEnd();
      for (Gold g : golds) {
        Result result = run(texts.get(g), s);
        rows.addAll(rows(g, s, result.card()));
        endToEnd.addAll(endToEndRows(g, s, result));
        overall.addAll(result.total());
      }
      if (golds.size() > 1) {
        endToEnd.addAll(endToEndRows(ALL, s, ALL, overall, false));
      }
    }
    return new Report(rows, endToEnd);
  }

  /** Runs the suggester on one split of a gold set and scores it. */
  public Result run(List<GoldSets.GoldText> texts, Split split) {
    Scorecard card = new Scorecard();
    Map<String, EndToEnd> bySource = new TreeMap<>();
    for (GoldSets.GoldText t : texts) {
      if (t.heldOut() == (split == Split.HELDOUT)) {
        // what suggest writes: a candidate that would not validate is dropped there, so here too
        List<Event> suggested =
            suggester.suggest(t.article()).stream()
                .filter(s -> check.errors(s.entry(), t.article(), t.id()).isEmpty())
                .map(Suggestion::event)
                .toList();
        Matching matching = scorer.match(suggested, t.events());
        scorer.score(matching, card);
        bySource
            .computeIfAbsent(t.source(), k -> new EndToEnd())
            .add(matching, g -> goldText(t.article(), g));
      }
    }
    return new Result(card, bySource);
  }

  /** The rows of a scorecard, fields in their order. */
  public static List<Row> rows(Gold gold, Split split, Scorecard card) {
    List<Row> rows = new ArrayList<>();
    for (Field f : Field.values()) {
      rows.add(new Row(name(gold), name(split), f.label(), card.get(f)));
    }
    return rows;
  }

  /**
   * The end-to-end rows of a result: the whole gold set first, then each source (in name order)
   * when there are several; the measures of whole articles only for sets of whole articles; none
   * when the split has no text (own has no development split).
   */
  public static List<EndToEndRow> endToEndRows(Gold gold, Split split, Result result) {
    List<EndToEndRow> rows = new ArrayList<>();
    if (result.bySource().isEmpty()) {
      return rows;
    }
    rows.addAll(endToEndRows(name(gold), split, ALL, result.total(), gold.wholeArticles()));
    if (result.bySource().size() > 1) {
      result
          .bySource()
          .forEach(
              (source, e2e) ->
                  rows.addAll(endToEndRows(name(gold), split, source, e2e, gold.wholeArticles())));
    }
    return rows;
  }

  /** A gold event's quote in its article, or the article's body where the gold has none. */
  private static String goldText(org.eventline.article.Article article, GoldEvent g) {
    String text = article.text();
    int points = text.codePointCount(0, text.length());
    if (g.quoteStart() < 0 || g.quoteEnd() <= g.quoteStart() || g.quoteEnd() > points) {
      return article.body();
    }
    return text.substring(
        text.offsetByCodePoints(0, g.quoteStart()), text.offsetByCodePoints(0, g.quoteEnd()));
  }

  private static List<EndToEndRow> endToEndRows(
      String gold, Split split, String source, EndToEnd e2e, boolean wholeArticles) {
    List<EndToEndRow> rows = new ArrayList<>();
    for (Measure m : Measure.values()) {
      if (wholeArticles || !m.wholeArticlesOnly()) {
        rows.add(new EndToEndRow(gold, name(split), source, m, e2e.get(m)));
      }
    }
    return rows;
  }

  public static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
