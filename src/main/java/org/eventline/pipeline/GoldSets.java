package org.eventline.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventline.EventlineException;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.curation.Event;
import org.eventline.evaluate.GoldEvent;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.places.Countries;

/**
 * Reads the gold sets: coded rows ({@link CodedRows}: UCDP GED headlines, coder-style reports) and
 * the confirmed events of a seeds folder (whole articles, coded as ACLED would).
 */
public final class GoldSets {

  /** Seed articles kept aside, never tuned on: their figures are the ones committed. */
  public static final Set<String> SEEDS_HELD_OUT =
      Set.of(
          "wikinews-2019-01-28-bombs-kill-at-least-20-at-cathedral-in-mindanao-philippines",
          "wikinews-2019-09-15-oil-facilities-in-saudi-arabia-hit-by-drone-attacks",
          "wikinews-2019-11-10-coalition-authorities-report-no-casualties-from-missile-strike-on-iraq",
          "wikinews-2020-07-12-serbian-protesters-try-to-storm-parliament-fourth-day-of-protests");

  private GoldSets() {}

  /**
   * A text with its gold events.
   *
   * @param source what the figures are broken down by: a UCDP id's prefix (GED, UKR, UCDP, UUA), a
   *     report's kind (coder, wire), or the gold set of whole articles (seeds, own)
   */
  public record GoldText(
      String id, String source, Article article, List<GoldEvent> events, boolean heldOut) {}

  /** UCDP rows and coder reports whose id ends in an odd digit are held out. */
  public static boolean ucdpHeldOut(String id) {
    char last = id.charAt(id.length() - 1);
    return Character.isDigit(last) && (last - '0') % 2 == 1;
  }

  /**
   * A UCDP gold file (the GED sample, the larger dev set): one text (the headline) and one gold
   * event per row; the source is the id's prefix.
   */
  public static List<GoldText> ucdp(Path csv, Countries countries) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new CodedRows(csv.toString(), CodedRows.Shape.UCDP, countries, Set.of()).read(in);
    }
  }

  /**
   * The coder-style reports: one text (a coder's report or a wire lede) and one gold event per row;
   * the source is the row's kind (coder, wire); the event type is the ACLED one where given.
   *
   * @param eventTypes the schema's event types, which {@code acled_event_type} must be one of
   */
  public static List<GoldText> reports(Path csv, Countries countries, Set<String> eventTypes)
      throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new CodedRows(csv.toString(), CodedRows.Shape.REPORTS, countries, eventTypes).read(in);
    }
  }

  /**
   * The confirmed events of a seeds folder, grouped by article; the folder must validate.
   *
   * @param allHeldOut true to hold out every article (else those of {@link #SEEDS_HELD_OUT})
   */
  public static List<GoldText> seeds(
      Path seeds, EventSchema schema, String source, boolean allHeldOut) throws IOException {
    ValidationReport report = new DatasetValidation(schema).run(seeds);
    if (!report.ok()) {
      throw new EventlineException(
          "the seeds folder "
              + seeds
              + " does not validate ("
              + report.summary()
              + "); run eventline validate");
    }
    Map<String, List<GoldEvent>> byArticle = new LinkedHashMap<>();
    for (Event e : report.confirmed()) {
      byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(seedEvent(e));
    }
    Corpus corpus = Corpus.scan(seeds);
    List<GoldText> out = new ArrayList<>();
    for (String id : corpus.articleIds()) {
      if (!byArticle.containsKey(id)) {
        continue;
      }
      TextFiles.Read read = TextFiles.readArticle(corpus.articlePath(id), id);
      Article article = ArticleParser.parse(id, id, read.text()).article();
      out.add(
          new GoldText(
              id, source, article, byArticle.get(id), allHeldOut || SEEDS_HELD_OUT.contains(id)));
    }
    return out;
  }

  private static GoldEvent seedEvent(Event e) {
    return new GoldEvent(
        e.articleId(),
        e.quoteStart(),
        e.quoteEnd(),
        e.eventDate(),
        e.eventDateEnd(),
        e.datePrecision(),
        e.iso3(),
        e.admin1(),
        e.location(),
        e.latitude() == null ? null : e.latitude().doubleValue(),
        e.longitude() == null ? null : e.longitude().doubleValue(),
        e.geoPrecision() != null && e.geoPrecision() <= 2,
        e.fatalities(),
        e.actor1(),
        e.actor2(),
        false,
        Set.of(e.eventType()));
  }
}
