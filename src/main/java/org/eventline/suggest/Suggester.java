package org.eventline.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventline.article.Article;
import org.eventline.curation.Event;

/**
 * The first pass of curation: reads an article sentence by sentence and proposes the events a
 * curator would code. A sentence becomes one candidate per place it names when an event-type rule
 * fires on it; dates, places, actors and casualties come from the sentence, else from its
 * paragraph, else from the article (a country-level place, the week before publication), and the
 * notes say which. Pure: the same article and resources give the same suggestions.
 */
public final class Suggester {

  /** Words that refer back to an event already told ("the airstrike", "the attack"). */
  private static final java.util.regex.Pattern ANAPHORA =
      java.util.regex.Pattern.compile(
          "(?i)\\b(the|this|that|its) (attack|attacks|airstrike|air strike|strike|blast|explosion|"
              + "bombing|bombings|raid|assault|clash|clashes|fighting|shooting|stabbing|incident|"
              + "protest|demonstration|rally)\\b");

  /**
   * Words of a reaction to an event ("condemned", "spoke out against"): followed by words that
   * refer back to an event ({@link #ANAPHORA}), the sentence reports a reaction, not an event.
   */
  private static final java.util.regex.Pattern REACTION =
      java.util.regex.Pattern.compile(
          "(?i)\\b(condemn(s|ed|ing)?|denounc(e|es|ed|ing)|spoke out against|speaks out against|"
              + "critici[sz](e|es|ed|ing)|decried|deplored|mourn(s|ed|ing)?|condolences|"
              + "paid tribute)\\b");

  /** Words that point back to the town an article is about ("the city's", "local"). */
  private static final java.util.regex.Pattern TOWN_ANAPHORA =
      java.util.regex.Pattern.compile("(?i)\\b(the (city|town|village)('s)?|local)\\b");

  /** "the capital", "the country's capital": the capital city of the country in question. */
  private static final java.util.regex.Pattern CAPITAL =
      java.util.regex.Pattern.compile("(?i)\\bthe (country's |nation's )?capital\\b(?!s| of)");

  private final SuggestResources resources;
  private final PlaceFinder places;
  private final ActorFinder actors;

  public Suggester(SuggestResources resources) {
    this.resources = resources;
    Set<String> excluded = new java.util.HashSet<>(resources.actors().aliasKeys());
    this.places = new PlaceFinder(resources.gazetteer(), resources.countries(), excluded);
    this.actors = new ActorFinder(resources.actors(), resources.countries());
  }

  public PlaceFinder placeFinder() {
    return places;
  }

  /** The candidate events of an article, in text order. */
  public List<Suggestion> suggest(Article article) {
    List<Sentence> sentences = resources.sentences().split(article);
    LocalDate published = article.publicationDate();
    List<List<PlaceMention>> mentions = new ArrayList<>();
    List<String> homes = new ArrayList<>();
    for (Sentence s : sentences) {
      List<PlaceMention> found = places.find(s.text(), List.of());
      mentions.add(found);
      actors.find(s.text(), found, null, published, List.of()).stream()
          .filter(a -> a.home() != null && a.kind() == ActorMention.Kind.NAMED)
          .forEach(a -> homes.add(a.home()));
    }
    List<String> ranked = ArticleCountry.ranked(mentions, homes);
    Country country =
        ranked.isEmpty() ? null : resources.countries().byCode(ranked.get(0)).orElse(null);
    return new Pass(article, sentences, ranked, country).run();
  }

  /** One article's walk through its sentences, with what earlier sentences said. */
  private final class Pass {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<String> preferred;
    private final Country country;
    private final List<ActorMention> named = new ArrayList<>();
    private final List<ActorMention> paragraphActors = new ArrayList<>();
    private final List<Draft> done = new ArrayList<>();
    private List<Draft> open = new ArrayList<>();
    private DateMention paragraphDate;
    private PlaceMention paragraphPlace;
    private PlaceMention articleTown;
    private int paragraph = -1;
    private int paragraphStart;

    Pass(Article article, List<Sentence> sentences, List<String> preferred, Country country) {
      this.article = article;
      this.sentences = sentences;
      this.preferred = preferred;
      this.country = country;
    }

    List<Suggestion> run() {
      for (Sentence s : sentences) {
        if (s.paragraph() != paragraph) {
          paragraph = s.paragraph();
          paragraphStart = s.start();
          paragraphDate = null;
          paragraphPlace = null;
          paragraphActors.clear();
          close();
        }
        sentence(s);
      }
      close();
      return Drafts.finish(done, headline(), this::suggestion);
    }

    private void close() {
      done.addAll(open);
      open = new ArrayList<>();
    }

    /** The headline: a first paragraph of one sentence without final punctuation. */
    private Sentence headline() {
      if (sentences.size() < 2 || sentences.get(1).paragraph() == 0) {
        return null;
      }
      Sentence first = sentences.get(0);
      char last = first.text().charAt(first.text().length() - 1);
      return ".!?\"\u201D".indexOf(last) >= 0 ? null : first;
    }

    private void sentence(Sentence s) {
      String text = s.text();
      LocalDate published = article.publicationDate();
      List<DateMention> dates = usableDates(text, published);
      List<PlaceMention> found = places.find(text, preferred);
      LocalDate roughDate = dates.isEmpty() ? published : dates.get(0).from();
      List<ActorMention> mentions = actors.find(text, found, country, roughDate, named);
      Optional<EventTypeClassifier.Classification> type = classify(text, mentions);
      Casualties casualties = Casualties.of(CasualtyExpressions.find(text));
      if (type.isPresent() && quoted(s, type.get().triggerStart())) {
        type = Optional.empty();
      }
      EventDate date =
          EventDate.choose(
              dates, type.map(t -> t.triggerStart()).orElse(0), paragraphDate, published);
      if (continues(type, found, casualties, text)) {
        open = open.stream().map(d -> d.continuedBy(s, mentions, casualties, date)).toList();
      } else if (type.isPresent() && refersBack(type.get(), text)) {
        close();
        refinePlace(found);
      } else if (type.isPresent() && reaction(text)) {
        close();
      } else if (type.isPresent() && unanchored(type.get(), dates, found)) {
        close();
      } else {
        close();
        type.ifPresent(t -> open.addAll(drafts(s, t, date, found, mentions, casualties)));
      }
      remember(dates, found, mentions);
    }

    /**
     * True when a sentence goes on about the event of the sentence before it: same paragraph, no
     * place of its own, and either only generic words ("Dozens died in the attack") or figures
     * without an event word of its own.
     */
    private boolean continues(
        Optional<EventTypeClassifier.Classification> type,
        List<PlaceMention> found,
        Casualties casualties,
        String text) {
      if (open.isEmpty() || open.get(0).sentences() >= Draft.MAX_SENTENCES) {
        return false;
      }
      if (found.stream().anyMatch(p -> p.level() == PlaceMention.Level.CITY)) {
        return false;
      }
      if (type.isEmpty()) {
        return casualties.phrase() != null;
      }
      boolean sameType = type.get().eventType().equals(open.get(0).type().eventType());
      return !type.get().specific()
          || (sameType && ANAPHORA.matcher(text).find())
          || (sameType && casualties.phrase() != null && open.get(0).casualties().phrase() == null);
    }

    /** True when the trigger lies inside quotation marks opened in the paragraph so far. */
    private boolean quoted(Sentence s, int trigger) {
      String before = article.text().substring(paragraphStart, s.start());
      return Quotes.inQuote(before + s.text(), before.length() + trigger);
    }

    /**
     * A sentence about the last event that names its town ("The United States carried out the
     * airstrike at Baghdad International Airport") places it, when it was known only at a larger
     * scale.
     */
    private void refinePlace(List<PlaceMention> found) {
      Draft last = done.get(done.size() - 1);
      if (last.place().geoPrecision() < 3) {
        return;
      }
      found.stream()
          .filter(p -> p.level() == PlaceMention.Level.CITY)
          .filter(p -> p.country().codedAs().equals(last.place().country().codedAs()))
          .findFirst()
          .ifPresent(
              p -> {
                EventPlace better = EventPlace.of(p);
                done.set(
                    done.size() - 1,
                    last.withPlace(
                        new EventPlace(
                            better.location(),
                            better.admin1(),
                            better.admin2(),
                            better.country(),
                            better.latitude(),
                            better.longitude(),
                            better.geoPrecision(),
                            false,
                            "named by a later sentence about the same event: " + better.reason())));
              });
    }

    /**
     * True when a sentence speaks of an event already suggested ("the airstrike", "the attack")
     * rather than reporting a new one.
     */
    private boolean refersBack(EventTypeClassifier.Classification type, String text) {
      if (done.isEmpty() || !ANAPHORA.matcher(text).find()) {
        return false;
      }
      return done.get(done.size() - 1).type().eventType().equals(type.eventType());
    }

    /**
     * True when a sentence reacts to an event already told ("spoke out against the attack",
     * "condemned the bombing"): a reaction word followed by words referring back to an event.
     */
    private static boolean reaction(String text) {
      java.util.regex.Matcher r = REACTION.matcher(text);
      if (!r.find()) {
        return false;
      }
      java.util.regex.Matcher a = ANAPHORA.matcher(text);
      return a.find(r.end());
    }

    /**
     * True when only generic words ("killed") fire in a sentence that names no place and no date,
     * in an article of several paragraphs: commentary on an event, not a report of one.
     */
    private boolean unanchored(
        EventTypeClassifier.Classification type,
        List<DateMention> dates,
        List<PlaceMention> found) {
      boolean severalParagraphs = sentences.get(sentences.size() - 1).paragraph() > 1;
      return !type.specific()
          && severalParagraphs
          && dates.isEmpty()
          && found.stream().noneMatch(PlaceMention::isPlace);
    }

    private Optional<EventTypeClassifier.Classification> classify(
        String text, List<ActorMention> mentions) {
      Boolean stateAgent =
          mentions.stream()
              .filter(ActorMention::armed)
              .findFirst()
              .map(ActorMention::state)
              .orElse(null);
      return resources.classifier().classify(text, stateAgent);
    }

    private void remember(
        List<DateMention> dates, List<PlaceMention> found, List<ActorMention> mentions) {
      if (!dates.isEmpty()) {
        paragraphDate = dates.get(dates.size() - 1);
      }
      for (PlaceMention p : found) {
        if (p.level() == PlaceMention.Level.CITY || p.level() == PlaceMention.Level.ADMIN1) {
          paragraphPlace = p;
        }
        if (p.level() == PlaceMention.Level.CITY
            && (country == null || p.country().equals(country))) {
          articleTown = p;
        }
      }
      for (ActorMention m : mentions) {
        if (m.kind() == ActorMention.Kind.NAMED) {
          named.add(m);
        }
        if (m.kind() != ActorMention.Kind.UNKNOWN) {
          paragraphActors.add(m);
        }
      }
    }

    private List<Draft> drafts(
        Sentence s,
        EventTypeClassifier.Classification type,
        EventDate date,
        List<PlaceMention> found,
        List<ActorMention> mentions,
        Casualties casualties) {
      List<EventPlace> eventPlaces = EventPlace.of(found, country);
      eventPlaces = theCapital(s.text(), eventPlaces);
      if (eventPlaces.isEmpty() && paragraphPlace != null) {
        EventPlace p = EventPlace.of(paragraphPlace);
        eventPlaces =
            List.of(
                new EventPlace(
                    p.location(),
                    p.admin1(),
                    p.admin2(),
                    p.country(),
                    p.latitude(),
                    p.longitude(),
                    p.geoPrecision(),
                    false,
                    "place named earlier in the paragraph: " + p.reason()));
      }
      if (eventPlaces.isEmpty() && articleTown != null && TOWN_ANAPHORA.matcher(s.text()).find()) {
        EventPlace p = EventPlace.of(articleTown);
        eventPlaces =
            List.of(
                new EventPlace(
                    p.location(),
                    p.admin1(),
                    p.admin2(),
                    p.country(),
                    p.latitude(),
                    p.longitude(),
                    p.geoPrecision(),
                    false,
                    "'the city', 'the town' or 'local' refers back to the last town named: "
                        + p.reason()));
      }
      if (eventPlaces.isEmpty() && country != null) {
        eventPlaces =
            List.of(
                EventPlace.countryLevel(
                    country,
                    resources.gazetteer().capital(country.alpha2()).orElse(null),
                    false,
                    "no place in the sentence or its paragraph; the article's country "
                        + country.name()));
      }
      List<Draft> out = new ArrayList<>();
      List<ActorMention> withContext = agentFirst(mentions, type.triggerStart());
      for (EventPlace place : eventPlaces) {
        out.add(
            new Draft(
                s, s, type, date, place, withContext, paragraphActors, casualties, List.of()));
      }
      return out;
    }

    /**
     * A sentence that places the event only in "the capital" (no town named, at most a country):
     * the capital city of that country (else of the article's country), a named place.
     */
    private List<EventPlace> theCapital(String text, List<EventPlace> eventPlaces) {
      boolean countryOnly =
          eventPlaces.size() == 1
              && eventPlaces.get(0).geoPrecision() == 3
              && java.util.Objects.equals(
                  eventPlaces.get(0).admin1(), eventPlaces.get(0).country().region());
      if (!(eventPlaces.isEmpty() || countryOnly) || !CAPITAL.matcher(text).find()) {
        return eventPlaces;
      }
      Country of = eventPlaces.isEmpty() ? country : eventPlaces.get(0).country();
      if (of == null || of.region() != null) {
        return eventPlaces;
      }
      Optional<Place> capital = resources.gazetteer().capital(of.alpha2());
      if (capital.isEmpty()) {
        return eventPlaces;
      }
      Place c = capital.get();
      return List.of(
          new EventPlace(
              c.name(),
              c.admin1() == null || c.admin1().isBlank() ? null : c.admin1(),
              c.admin2() == null || c.admin2().isBlank() ? null : c.admin2(),
              of,
              new BigDecimal(c.latitude()),
              new BigDecimal(c.longitude()),
              1,
              true,
              "'the capital' -> " + c.asciiName() + ", the capital of " + of.name()));
    }

    /**
     * The actors with the one whose name runs into the trigger word first ("Turkish airstrikes",
     * "Kiev forces' shelling"): it is the one that used the weapon.
     */
    private List<ActorMention> agentFirst(List<ActorMention> mentions, int trigger) {
      List<ActorMention> out = new ArrayList<>(mentions);
      for (ActorMention m : mentions) {
        if (m.armed() && m.end() <= trigger && trigger - m.end() <= 3) {
          out.remove(m);
          out.add(0, m);
          break;
        }
      }
      return out;
    }

    private Suggestion suggestion(Draft d) {
      EventPlace place = d.place();
      EventActors chosen =
          EventActors.choose(
              d.type().eventType(),
              d.type().subEventType(),
              d.actors(),
              d.context(),
              resources.actors(),
              place.country());
      String category1 = abroad(chosen.actor1(), d.actors(), place.country());
      String category2 =
          chosen.actor2() == null ? null : abroad(chosen.actor2(), d.actors(), place.country());
      int quoteStart = article.codePointOffset(d.first().start());
      int quoteEnd = article.codePointOffset(d.last().end());
      String quote = article.text().substring(d.first().start(), d.last().end());
      String id = id(article.id(), quoteStart, d.type().eventType(), place.location());
      List<String> newActors =
          d.actors().stream()
              .filter(m -> m.kind() == ActorMention.Kind.UNKNOWN)
              .map(ActorMention::name)
              .distinct()
              .toList();
      Casualties c = d.casualties();
      String notes = Notes.of(d, chosen, newActors);
      Event event =
          new Event(
              id,
              d.date().from(),
              d.date().to(),
              d.date().precision(),
              d.type().eventType(),
              d.type().subEventType(),
              chosen.actor1().name(),
              category1,
              chosen.actor2() == null ? null : chosen.actor2().name(),
              category2,
              place.location(),
              place.admin1(),
              place.admin2(),
              place.country().name(),
              place.country().iso3(),
              place.latitude(),
              place.longitude(),
              place.geoPrecision(),
              c.killedBest(),
              c.killedLow(),
              c.killedHigh(),
              c.injuredBest(),
              c.injuredLow(),
              c.injuredHigh(),
              null,
              null,
              quote,
              quoteStart,
              quoteEnd,
              d.date().phrase(),
              c.phrase(),
              "suggested",
              confidence(d, chosen),
              null,
              notes);
      return new Suggestion(event, newActors);
    }

    private List<DateMention> usableDates(String text, LocalDate published) {
      List<DateMention> usable = new ArrayList<>();
      for (DateMention d : DateExpressions.find(text, published)) {
        if (!d.from().isAfter(published) && resources.datePrecisions().contains(d.precision())) {
          usable.add(d);
        }
      }
      return usable;
    }
  }

  /** A state's forces outside their own country are External/Other forces, as ACLED codes them. */
  private static String abroad(EventActors.Slot slot, List<ActorMention> mentions, Country where) {
    if (!"State forces".equals(slot.category())) {
      return slot.category();
    }
    for (ActorMention m : mentions) {
      if (m.name().equals(slot.name()) && m.home() != null) {
        if (!m.home().equals(where.alpha2()) && !m.home().equals(where.codedAs())) {
          return "External/Other forces";
        }
      }
    }
    return slot.category();
  }

  private static BigDecimal confidence(Draft d, EventActors actors) {
    double c = 0.2;
    c += d.type().specific() ? 0.25 : 0.1;
    c += d.date().inSentence() ? 0.15 : d.date().phrase() != null ? 0.05 : 0;
    c += d.place().inSentence() ? (d.place().geoPrecision() < 3 ? 0.15 : 0.1) : 0.03;
    c += actors.reasons().stream().anyMatch(r -> r.contains("actor dictionary")) ? 0.15 : 0.05;
    c += d.casualties().phrase() != null ? 0.05 : 0;
    return BigDecimal.valueOf(Math.min(0.95, c)).setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code s-} and 10 hex digits of SHA-256 over article id, quote start, type and place. */
  static String id(String articleId, int quoteStart, String eventType, String location) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (articleId + ":" + quoteStart + ":" + eventType + ":" + location)
                  .getBytes(StandardCharsets.UTF_8));
      return "s-" + HexFormat.of().formatHex(hash).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
