package org.eventline.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.EventlineException;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.article.ArticleResult;
import org.eventline.curation.Event;
import org.eventline.evaluate.GoldEvent;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;

/**
 * Reads the two gold sets: UCDP GED rows (a headline and the fields UCDP's coders gave its event)
 * and the confirmed events of a seeds folder (whole articles, coded as ACLED would).
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

  /** A text with its gold events. */
  public record GoldText(String id, Article article, List<GoldEvent> events, boolean heldOut) {}

  /** UCDP rows whose id ends in an odd digit are held out. */
  public static boolean ucdpHeldOut(String id) {
    char last = id.charAt(id.length() - 1);
    return Character.isDigit(last) && (last - '0') % 2 == 1;
  }

  /** The UCDP GED sample: one text (the headline) and one gold event per row. */
  public static List<GoldText> ucdp(Path csv, Countries countries) throws IOException {
    List<GoldText> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String id = r.get("id");
        LocalDate published = LocalDate.parse(r.get("publication_date"));
        ArticleResult parsed =
            ArticleParser.parse(id, id, "date " + published + "\n" + r.get("text") + "\n");
        if (parsed.article() == null) {
          throw new EventlineException(csv + ": row " + id + " has no usable headline");
        }
        out.add(
            new GoldText(
                id,
                parsed.article(),
                List.of(ucdpEvent(r, published, countries)),
                ucdpHeldOut(id)));
      }
    }
    return out;
  }

  private static GoldEvent ucdpEvent(CSVRecord r, LocalDate published, Countries countries) {
    LocalDate start = LocalDate.parse(r.get("date_start"));
    LocalDate end = LocalDate.parse(r.get("date_end"));
    boolean dateScorable = !start.isAfter(published);
    int whereprec = Integer.parseInt(r.get("where_prec"));
    String iso3 =
        countries
            .byName(r.get("country"))
            .map(Country::iso3)
            .orElseThrow(() -> new EventlineException("unknown UCDP country " + r.get("country")));
    Set<String> types =
        r.get("type_of_violence").equals("3")
            ? Set.of("Violence against civilians", "Explosions/Remote violence")
            : Set.of("Battles", "Explosions/Remote violence");
    return new GoldEvent(
        r.get("id"),
        -1,
        -1,
        dateScorable ? start : null,
        dateScorable ? end : null,
        dateScorable ? precision(r.get("date_prec")) : null,
        iso3,
        blankToNull(r.get("adm_1")),
        blankToNull(r.get("where_coordinates")),
        Double.parseDouble(r.get("latitude")),
        Double.parseDouble(r.get("longitude")),
        whereprec <= 2,
        Integer.parseInt(r.get("best")),
        blankToNull(r.get("side_a")),
        blankToNull(r.get("side_b")),
        true,
        types);
  }

  /** UCDP date_prec to the schema's words: 1 day, 2-3 week, 4 month, 5 year. */
  static String precision(String datePrec) {
    return switch (datePrec) {
      case "1" -> "day";
      case "2", "3" -> "week";
      case "4" -> "month";
      default -> "year";
    };
  }

  /**
   * The confirmed events of a seeds folder, grouped by article; the folder must validate.
   *
   * @param allHeldOut true to hold out every article (else those of {@link #SEEDS_HELD_OUT})
   */
  public static List<GoldText> seeds(Path seeds, EventSchema schema, boolean allHeldOut)
      throws IOException {
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
          new GoldText(id, article, byArticle.get(id), allHeldOut || SEEDS_HELD_OUT.contains(id)));
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
