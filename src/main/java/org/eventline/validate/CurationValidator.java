package org.eventline.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.Article;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.curation.SuggestionTrace;
import org.eventline.quote.QuoteFinder;
import org.eventline.quote.QuoteResult;
import org.eventline.schema.EventSchema;
import org.eventline.schema.SchemaProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates one curation file against the schema and its article: everything a schema cannot say
 * (quotes verbatim, ranges ordered, dates possible). Returns problems and the events that passed,
 * their provenance (article, offsets) filled in.
 */
public final class CurationValidator {

  private static final Set<String> ISO3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  /** Separates the pieces of a date or casualty phrase gathered from several places of a quote. */
  public static final String PHRASE_SEPARATOR = " | ";

  private final SchemaProblems schemaProblems;
  private final boolean strict;
  private final KnownActors knownActors;

  /** A validator that does not check actor names, with unreviewed suggestions as warnings. */
  public CurationValidator(EventSchema schema) {
    this(schema, KnownActors.none(), false);
  }

  /**
   * A validator.
   *
   * @param knownActors the actor names a curation file may use without a warning
   * @param strict whether a suggestion left unreviewed is an error (a strict release build) rather
   *     than a warning
   */
  public CurationValidator(EventSchema schema, KnownActors knownActors, boolean strict) {
    this.schemaProblems = new SchemaProblems(schema);
    this.knownActors = java.util.Objects.requireNonNull(knownActors, "knownActors");
    this.strict = strict;
  }

  /**
   * The outcome for one file.
   *
   * @param review whether the article is reviewed, and how many suggestions await review
   */
  public record Result(List<Problem> problems, List<Located> events, ReviewState review) {
    public Result {
      problems = List.copyOf(problems);
      events = List.copyOf(events);
    }
  }

  /** An event that passed validation, with the position of its id for dataset-wide checks. */
  public record Located(Event event, SourcePosition idPosition) {}

  /**
   * Validates a curation file.
   *
   * @param article the article the file belongs to, or null when it could not be read (then only
   *     the schema is checked)
   */
  public Result validate(CurationDocument doc, Article article) {
    return validate(doc, article, null);
  }

  /**
   * Validates a curation file and its review state.
   *
   * @param article the article the file belongs to, or null when it could not be read (then only
   *     the schema is checked)
   * @param articleSha256 the SHA-256 of the article file's bytes, or null when it was not read
   */
  public Result validate(CurationDocument doc, Article article, String articleSha256) {
    List<Problem> problems = new ArrayList<>();
    SchemaProblems.Result schema = schemaProblems.check(doc);
    problems.addAll(schema.problems());
    List<Located> events = new ArrayList<>();
    ReviewCheck review = new ReviewCheck(doc, articleSha256, strict);
    if (schema.fileBroken()) {
      return new Result(problems, events, ReviewState.UNKNOWN);
    }
    List<JsonNode> nodes = doc.eventNodes();
    for (int i = 0; i < nodes.size(); i++) {
      if (schema.brokenEvents().contains(i)) {
        continue;
      }
      JsonNode node = nodes.get(i);
      Event event;
      try {
        event = EventMapping.fromNode(node);
      } catch (JacksonException e) {
        problems.add(
            Problem.error(doc.positionOf(node), "cannot read event: " + e.getOriginalMessage()));
        continue;
      }
      List<Problem> eventProblems = new ArrayList<>(FormulaCells.check(doc, node));
      eventProblems.addAll(knownActors.check(doc, node));
      String origin = origin(doc, node, event, eventProblems);
      Event checked =
          article == null
              ? event
              : check(
                  field -> doc.valuePosition(node, field), event, article, origin, eventProblems);
      review.event(node, event, eventProblems);
      problems.addAll(eventProblems);
      if (eventProblems.stream().noneMatch(Problem::isError)) {
        events.add(new Located(checked, doc.valuePosition(node, "id")));
      }
    }
    problems.addAll(review.fileProblems());
    return new Result(problems, events, review.state());
  }

  /**
   * Whether the event began as a suggestion: it carries the suggester's block. A curator may leave
   * {@code origin} out; one that contradicts the block is an error.
   */
  private static String origin(CurationDocument doc, JsonNode node, Event e, List<Problem> out) {
    String origin =
        SuggestionTrace.of(node).isPresent() ? Event.ORIGIN_SUGGESTED : Event.ORIGIN_CURATED;
    if (e.origin() != null && !e.origin().equals(origin)) {
      out.add(
          Problem.error(
              doc.valuePosition(node, "origin"),
              "origin '"
                  + e.origin()
                  + "' does not match the event, which "
                  + (origin.equals(Event.ORIGIN_SUGGESTED)
                      ? "carries a suggestion block (it began as a suggestion)"
                      : "has no suggestion block (a curator added it)")
                  + "; remove origin (the build fills it in)"));
    }
    return origin;
  }

  /**
   * Whether a suggested event (one that carries a suggestion block) passes the rules beyond the
   * schema against its article, as {@link #validate} would check it: the typed half of {@code
   * suggest}'s cheap check of its candidates.
   */
  public boolean passesRules(Event suggested, Article article) {
    if (suggested.origin() != null && !suggested.origin().equals(Event.ORIGIN_SUGGESTED)) {
      return false;
    }
    List<Problem> out = new ArrayList<>();
    SourcePosition nowhere = SourcePosition.ofFile(article.id());
    check(field -> nowhere, suggested, article, Event.ORIGIN_SUGGESTED, out);
    return out.stream().noneMatch(Problem::isError);
  }

  /**
   * The first casualty figure above zero of a confirmed event that gives no {@code
   * casualty_phrase}, if any: such a figure is traceable to no words of the quote, and every figure
   * in the output must be. (Zero needs none: ACLED codes 0 where no death is reported.)
   */
  static java.util.Optional<String> untracedFigure(Event e) {
    if (!Event.CONFIRMED.equals(e.status())
        || (e.casualtyPhrase() != null && !e.casualtyPhrase().isBlank())) {
      return java.util.Optional.empty();
    }
    String[] fields = {
      "fatalities", "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high"
    };
    Integer[] values = {
      e.fatalities(),
      e.fatalitiesLow(),
      e.fatalitiesHigh(),
      e.injured(),
      e.injuredLow(),
      e.injuredHigh()
    };
    for (int i = 0; i < fields.length; i++) {
      if (values[i] != null && values[i] > 0) {
        return java.util.Optional.of(fields[i]);
      }
    }
    return java.util.Optional.empty();
  }

  private static String untracedMessage(Event e, String field) {
    return field
        + " is a figure no words of the quote support: set casualty_phrase to the words it comes"
        + " from (in the workbench select them and press f; or eventline set "
        + e.id()
        + " casualty_phrase=\"...\"), extending the quote when they lie outside it; pieces from"
        + " several sentences are joined by ' | '";
  }

  private Event check(
      Function<String, SourcePosition> at,
      Event e,
      Article article,
      String origin,
      List<Problem> out) {
    Rules rules = new Rules(at, out);
    rules.precisionSpan(e);
    rules.ordered("fatalities", e.fatalitiesLow(), e.fatalities(), e.fatalitiesHigh());
    rules.ordered("injured", e.injuredLow(), e.injured(), e.injuredHigh());
    untracedFigure(e).ifPresent(field -> rules.error(field, untracedMessage(e, field)));
    LocalDate published = article.publicationDate();
    LocalDate end = e.eventDateEnd();
    if (e.eventDateEnd().isBefore(e.eventDate())) {
      rules.error(
          "event_date_end",
          "event_date_end "
              + e.eventDateEnd()
              + " is before event_date "
              + e.eventDate()
              + "; the end of a span cannot come before its start");
    }
    if (e.eventDate().isAfter(published)) {
      rules.error(
          "event_date",
          "event_date "
              + e.eventDate()
              + " is after the article's publication date "
              + published
              + "; an article cannot report what has not happened yet");
    } else if (end.isAfter(published)) {
      rules.warning(
          "event_date_end",
          "event_date_end "
              + end
              + " is after the article's publication date "
              + published
              + "; it is clipped to "
              + published);
      end = published;
    }
    if (e.iso3() != null && !ISO3.contains(e.iso3())) {
      rules.error("iso3", "iso3 '" + e.iso3() + "' is not an ISO 3166-1 alpha-3 country code");
    }
    if ((e.latitude() == null) != (e.longitude() == null)) {
      rules.error(
          e.latitude() == null ? "longitude" : "latitude",
          "latitude and longitude go together; give both or neither");
    }
    if (e.articleId() != null && !e.articleId().equals(article.id())) {
      rules.error(
          "article_id",
          "article_id '"
              + e.articleId()
              + "' does not match the article this file belongs to, '"
              + article.id()
              + "'; remove it (the build fills it in)");
    }
    if (e.articleDate() != null && !e.articleDate().equals(published)) {
      rules.error(
          "article_date",
          "article_date "
              + e.articleDate()
              + " does not match the article's publication date "
              + published
              + "; remove it (the build fills it in)");
    }
    QuoteResult quote = QuoteFinder.find(article, e.sourceQuote(), e.quoteStart());
    if (quote.staleStart()) {
      rules.warning("quote_start", quote.diagnosis());
    }
    if (!quote.found()) {
      rules.error(
          e.quoteStart() != null && quote.occurrences().size() == 1
              ? "quote_start"
              : "source_quote",
          quote.diagnosis());
      return e;
    }
    rules.phraseInQuote("date_phrase", e.datePhrase(), e.sourceQuote());
    rules.phraseInQuote("casualty_phrase", e.casualtyPhrase(), e.sourceQuote());
    if (e.quoteEnd() != null && e.quoteEnd() != quote.match().end() && !quote.staleStart()) {
      rules.warning(
          "quote_end",
          "quote_end "
              + e.quoteEnd()
              + " is stale: the quote ends at offset "
              + quote.match().end()
              + ", which is used; remove quote_end (the build fills it in)");
    }
    return e.withProvenance(
        article.id(), published, quote.match().start(), quote.match().end(), end, origin);
  }

  /** Reports problems at a field of one event. */
  private record Rules(Function<String, SourcePosition> at, List<Problem> out) {
    void error(String field, String message) {
      out.add(Problem.error(at.apply(field), message));
    }

    void warning(String field, String message) {
      out.add(Problem.warning(at.apply(field), message));
    }

    /**
     * A raw phrase must be words of the quote, so that every date and figure is traceable to the
     * quote; a phrase gathered from several places lists them separated by {@value
     * #PHRASE_SEPARATOR}.
     */
    void phraseInQuote(String field, String phrase, String quote) {
      if (phrase == null) {
        return;
      }
      for (String fragment : phrase.split(java.util.regex.Pattern.quote(PHRASE_SEPARATOR))) {
        if (!quote.contains(fragment.strip())) {
          error(
              field,
              field
                  + " '"
                  + fragment.strip()
                  + "' does not occur in source_quote; every date and figure must be traceable to"
                  + " the quote: quote a longer contiguous passage that contains it (separate the"
                  + " pieces of a phrase gathered from several places with '"
                  + PHRASE_SEPARATOR.strip()
                  + "')");
        }
      }
    }

    /**
     * The span from event_date to event_date_end must fit the precision: one day for day, at most 7
     * days for week, 31 for month, 366 for year.
     */
    void precisionSpan(Event e) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(e.eventDate(), e.eventDateEnd()) + 1;
      int most =
          switch (e.datePrecision()) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 31;
            default -> 366;
          };
      if (days > most) {
        error(
            "date_precision",
            String.format(
                Locale.ROOT,
                "date_precision %s does not fit the span %s..%s (%d days); a %s covers at most %d"
                    + " day%s: %s",
                e.datePrecision(),
                e.eventDate(),
                e.eventDateEnd(),
                days,
                e.datePrecision(),
                most,
                most == 1 ? "" : "s",
                days > 366
                    ? "narrow the span to the year the text supports"
                    : "set date_precision to "
                        + (days <= 7 ? "week" : days <= 31 ? "month" : "year")
                        + ", or narrow the span"));
      }
    }

    /** Low, best and high estimates of one count must be ordered; a range needs a best. */
    void ordered(String field, Integer low, Integer best, Integer high) {
      String lowField = field + "_low";
      String highField = field + "_high";
      String rule = "; expected " + lowField + " <= " + field + " <= " + highField;
      if (low != null && best != null && low > best) {
        error(
            lowField,
            String.format(
                Locale.ROOT, "%s %d is greater than %s %d%s", lowField, low, field, best, rule));
      } else if (best != null && high != null && best > high) {
        error(
            highField,
            String.format(
                Locale.ROOT, "%s %d is less than %s %d%s", highField, high, field, best, rule));
      } else if (low != null && high != null && low > high) {
        error(
            highField,
            String.format(
                Locale.ROOT, "%s %d is less than %s %d%s", highField, high, lowField, low, rule));
      }
      if (best == null && (low != null || high != null)) {
        error(
            low != null ? lowField : highField,
            field
                + " (the best estimate) is empty while its range is given; set "
                + field
                + " too");
      }
    }
  }
}
