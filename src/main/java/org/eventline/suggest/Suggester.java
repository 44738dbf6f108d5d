package org.eventline.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventline.article.Article;
import org.eventline.suggest.actors.ActorFinder;
import org.eventline.suggest.actors.ActorMention;
import org.eventline.suggest.actors.ActorRoles;
import org.eventline.suggest.casualties.Casualties;
import org.eventline.suggest.casualties.CasualtyExpressions;
import org.eventline.suggest.dates.AnaphoricDates;
import org.eventline.suggest.dates.DateExpressions;
import org.eventline.suggest.dates.DateMention;
import org.eventline.suggest.dates.Dateline;
import org.eventline.suggest.dates.EventDate;
import org.eventline.suggest.places.ArticleCountry;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.EventPlace;
import org.eventline.suggest.places.EventPlaces;
import org.eventline.suggest.places.PlaceFinder;
import org.eventline.suggest.places.PlaceMention;
import org.eventline.suggest.places.PlaceNames;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.Quotes;
import org.eventline.suggest.text.Sentence;
import org.eventline.suggest.text.SentenceTokens;

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

  /** Event types of violence, which "the attack" refers back to. */
  private static final Set<String> VIOLENT =
      Set.of(
          org.eventline.schema.Acled.BATTLES,
          org.eventline.schema.Acled.VIOLENCE_AGAINST_CIVILIANS,
          org.eventline.schema.Acled.EXPLOSIONS_REMOTE_VIOLENCE,
          org.eventline.schema.Acled.RIOTS);

  private final SuggestResources resources;
  private final PlaceFinder places;
  private final ActorFinder actors;
  private final EventPlaces eventPlaces;
  private final Territories territories;

  public Suggester(SuggestResources resources) {
    this.resources = resources;
    Set<String> excluded = new java.util.HashSet<>(resources.actors().aliasKeys());
    this.places = new PlaceFinder(resources.gazetteer(), resources.countries(), excluded);
    this.actors = new ActorFinder(resources.actors(), resources.countries());
    this.eventPlaces = new EventPlaces(resources.gazetteer());
    this.territories =
        new Territories(resources.actors(), resources.gazetteer(), resources.countries());
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
    List<PlaceNames> names = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      PlaceNames sentenceNames = places.names(new SentenceTokens(s.text()));
      names.add(sentenceNames);
      List<PlaceMention> found = places.find(sentenceNames, List.of());
      mentions.add(found);
      // only the named actors' homes vote: read without making the mentions the pass makes
      homes.addAll(actors.namedHomes(sentenceNames.words(), found, published));
    }
    List<String> ranked = ArticleCountry.ranked(mentions, homes);
    Country country =
        ranked.isEmpty() ? null : resources.countries().byCode(ranked.get(0)).orElse(null);
    return new Pass(article, sentences, names, ranked, country).run();
  }

  /** One article's walk through its sentences, with what earlier sentences said. */
  private final class Pass {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<PlaceNames> names;
    private final List<String> preferred;
    private final Country country;
    private final List<ActorMention> named = new ArrayList<>();
    private final NonPlaces nonPlaces = new NonPlaces();
    private final List<ActorMention> paragraphActors = new ArrayList<>();
    private final List<Draft> done = new ArrayList<>();
    private List<Draft> open = new ArrayList<>();
    private DateMention paragraphDate;

    /** The article's last date phrase so far and its paragraph: "on the same day" reads it. */
    private DateMention articleDate;

    private int articleDateParagraph;

    private PlaceMention paragraphPlace;
    private PlaceMention articleTown;
    private int paragraph = -1;
    private int paragraphStart;

    Pass(
        Article article,
        List<Sentence> sentences,
        List<PlaceNames> names,
        List<String> preferred,
        Country country) {
      this.article = article;
      this.sentences = sentences;
      this.names = names;
      this.preferred = preferred;
      this.country = country;
    }

    List<Suggestion> run() {
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        if (s.paragraph() != paragraph) {
          paragraph = s.paragraph();
          paragraphStart = s.start();
          paragraphDate = null;
          paragraphPlace = null;
          paragraphActors.clear();
          close();
        }
        sentence(s, names.get(i));
      }
      close();
      return Drafts.finish(
          done,
          headline(),
          d -> DraftEvents.suggestion(territories.placed(d), article, resources.actors()));
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

    private void sentence(Sentence s, PlaceNames sentenceNames) {
      String text = s.text();
      Clues clues = new Clues(text);
      LocalDate published = article.publicationDate();
      // a dateline names when and where the report was filed, not the event's date or place
      int dateline = Dateline.end(text);
      List<DateMention> dates = usableDates(text, clues, published, dateline);
      List<PlaceMention> found =
          nonPlaces.filter(
              text,
              places.find(sentenceNames, preferred, preferred.isEmpty()).stream()
                  .filter(p -> p.start() >= dateline)
                  .toList());
      LocalDate roughDate = dates.isEmpty() ? published : dates.get(0).from();
      List<ActorMention> all =
          actors.find(sentenceNames.words(), found, placesCountry(found), roughDate, named).stream()
              .filter(m -> m.start() >= dateline)
              .toList();
      List<ActorMention> mentions = ActorRoles.assign(text, all);
      Optional<EventTypeClassifier.Classification> type =
          classify(masked(text, ActorRoles.sources(text, all)), mentions);
      Casualties casualties = Casualties.of(CasualtyExpressions.find(text, clues));
      if (type.isPresent() && quoted(s, type.get().triggerStart())) {
        type = Optional.empty();
      }
      // a court step's date dates the step, not violence told before it or charged in it
      int trigger = type.map(t -> t.triggerStart()).orElse(-1);
      List<DateMention> steps =
          dates.stream()
              .filter(d -> DateExpressions.ofACourtStep(text, clues, d))
              .filter(d -> trigger < 0 || DateExpressions.stepAbout(text, d, trigger))
              .toList();
      DateMention courtStep = steps.isEmpty() ? null : steps.get(0);
      if (!steps.isEmpty()) {
        dates = dates.stream().filter(d -> !steps.contains(d)).toList();
      }
      if (dates.isEmpty()) {
        DateMention recent = paragraph - articleDateParagraph <= 1 ? articleDate : null;
        dates = AnaphoricDates.find(text, clues, recent, published).stream().toList();
      }
      if (dates.isEmpty() && clues.has("hour")) {
        // "a few hours before the attack": the day of the violent event told last
        Draft event = lastViolentDay();
        if (event != null) {
          dates =
              AnaphoricDates.hoursFromTheEvent(
                      text, event.date().from(), event.date().phrase(), published)
                  .stream()
                  .toList();
        }
      }
      EventDate chosen =
          EventDate.choose(
              dates,
              Math.max(trigger, 0),
              courtStep,
              paragraphDate,
              published,
              sentences.get(sentences.size() - 1).paragraph() <= 1);
      EventDate date =
          dates.isEmpty() && courtStep == null && paragraphDate == null
              ? partOfTheEventBefore(text).orElse(chosen)
              : chosen;
      boolean countsOff = type.isPresent() && Drafts.enumerated(text);
      Optional<EventTypeClassifier.NotEvent> notEvent =
          type.flatMap(
              t ->
                  resources
                      .classifier()
                      .notAnEvent(text, t.eventType(), t.subEventType(), typesSoFar()));
      if (notEvent.isPresent()) {
        close();
      } else if (continues(type, found, casualties, text, countsOff)) {
        open = open.stream().map(d -> d.continuedBy(s, mentions, casualties, date)).toList();
      } else if (dates.isEmpty() && placesTheOpenEvent(type, text, found)) {
        // "Wiranto, who was visiting the town of Pandeglang ..., survived the attack."
        open =
            open.stream()
                .map(d -> refined(d.continuedBy(s, mentions, casualties, date), found))
                .toList();
      } else if (type.isPresent() && !countsOff && refersBack(type.get(), text)) {
        close();
        refinePlace(found);
      } else if (type.isPresent() && reaction(text)) {
        close();
      } else if (type.isPresent() && !countsOff && unanchored(type.get(), dates, found)) {
        close();
      } else {
        close();
        type.ifPresent(t -> open.addAll(drafts(s, t, date, found, mentions, casualties)));
      }
      remember(dates, found, mentions);
    }

    /**
     * The violent event told last (a battle, an attack, an explosion, a riot) that its own sentence
     * dated to one day; null when there is none.
     */
    private Draft lastViolentDay() {
      for (List<Draft> drafts : List.of(open, done)) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
          Draft d = drafts.get(i);
          EventDate date = d.date();
          if (VIOLENT.contains(d.type().eventType())
              && date.inSentence()
              && date.phrase() != null
              && date.from().equals(date.to())) {
            return d;
          }
        }
      }
      return null;
    }

    /**
     * The day of the event an undated sentence counts off a part of ("Police alleged the accused
     * performed two attacks. The first attack reportedly was in Al Noor Mosque ..."): the violent
     * event told last, in this paragraph or the one before, dated to one day by its own sentence.
     */
    private Optional<EventDate> partOfTheEventBefore(String text) {
      if (!Drafts.ordinalPart(text)) {
        return Optional.empty();
      }
      Draft event = lastViolentDay();
      if (event == null || paragraph - event.first().paragraph() > 1) {
        return Optional.empty();
      }
      EventDate d = event.date();
      return Optional.of(
          new EventDate(
              d.from(),
              d.to(),
              d.precision(),
              null,
              false,
              "no date phrase in the sentence, which counts off a part of the event told before:"
                  + " its day, from '"
                  + d.phrase()
                  + "'",
              false));
    }

    /** The event types of the drafts so far, closed or open. */
    private Set<String> typesSoFar() {
      Set<String> types = new java.util.HashSet<>();
      done.forEach(d -> types.add(d.type().eventType()));
      open.forEach(d -> types.add(d.type().eventType()));
      return types;
    }

    /**
     * The country generic words in a sentence belong to ("police" in "police in Clairton,
     * Pennsylvania" are American even in an article about Britain): the one country every town,
     * region and country the sentence places something in ("in", "at", "near") lies in, else the
     * article's.
     */
    private Country placesCountry(List<PlaceMention> found) {
      Country here = null;
      for (PlaceMention p : found) {
        if (p.level() == PlaceMention.Level.DEMONYM || p.country() == null || !p.locative()) {
          continue; // "crossed from Cameroon" says where they came from, not whose they are
        }
        if (here != null && !here.equals(p.country())) {
          return country;
        }
        here = p.country();
      }
      return here == null ? country : here;
    }

    /**
     * True when a sentence goes on about the event of the sentence before it: same paragraph, no
     * town of its own (or, when it refers back to an event of the same type, only towns in that
     * event's first-level unit), and either only generic words ("Dozens died in the attack") or
     * figures without an event word of its own; never when both it and that sentence count events
     * off ({@code countsOff}: "The first attack ...", "The second attack ...").
     */
    private boolean continues(
        Optional<EventTypeClassifier.Classification> type,
        List<PlaceMention> found,
        Casualties casualties,
        String text,
        boolean countsOff) {
      if (open.isEmpty()
          || open.get(0).sentences() >= Draft.MAX_SENTENCES
          || (countsOff && Drafts.enumerated(open.get(0).first().text()))) {
        return false;
      }
      if (found.stream().anyMatch(p -> p.level() == PlaceMention.Level.CITY)
          && !(type.isPresent()
              && type.get().eventType().equals(open.get(0).type().eventType())
              && ANAPHORA.matcher(text).find()
              && withinOpenUnit(found))) {
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

    /**
     * True when every town the sentence names lies in the first-level unit of the open event's
     * place ("the party, located in Allegheny County, ... the shooting" after a shooting in
     * Clairton, Pennsylvania): the sentence may go on about that event.
     */
    private boolean withinOpenUnit(List<PlaceMention> found) {
      String unit = open.get(0).place().admin1();
      return unit != null
          && found.stream()
              .filter(p -> p.level() == PlaceMention.Level.CITY)
              .allMatch(p -> unit.equals(EventPlace.of(p).admin1()));
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
      done.set(done.size() - 1, refined(done.get(done.size() - 1), found));
    }

    /**
     * The draft placed at the first town of its country that a later sentence about it names, when
     * the draft knew its place only at country level or not at all.
     */
    private static Draft refined(Draft last, List<PlaceMention> found) {
      if (last.place().country() != null && last.place().geoPrecision() < 3) {
        return last;
      }
      return found.stream()
          .filter(p -> p.level() == PlaceMention.Level.CITY)
          .filter(
              p ->
                  last.place().country() == null
                      || p.country().codedAs().equals(last.place().country().codedAs()))
          .findFirst()
          .map(
              p -> {
                EventPlace better = EventPlace.of(p);
                return last.withPlace(
                    new EventPlace(
                        better.location(),
                        better.admin1(),
                        better.admin2(),
                        better.country(),
                        better.latitude(),
                        better.longitude(),
                        better.geoPrecision(),
                        false,
                        "named by a later sentence about the same event: " + better.reason()));
              })
          .orElse(last);
    }

    /**
     * True when a sentence with no event of its own (and, the caller checks, no date of its own)
     * names the town of the event just told, placed so far only in a country, and refers back to it
     * ("the attack"): it goes on about that event.
     */
    private boolean placesTheOpenEvent(
        Optional<EventTypeClassifier.Classification> type, String text, List<PlaceMention> found) {
      return type.isEmpty()
          && !open.isEmpty()
          && open.get(0).sentences() < Draft.MAX_SENTENCES
          && open.stream()
              .allMatch(d -> d.place().country() == null || d.place().geoPrecision() >= 3)
          && found.stream()
              .anyMatch(
                  p ->
                      p.level() == PlaceMention.Level.CITY
                          && open.stream()
                              .allMatch(
                                  d ->
                                      d.place().country() == null
                                          || d.place()
                                              .country()
                                              .codedAs()
                                              .equals(p.country().codedAs())))
          && ANAPHORA.matcher(text).find();
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

    /** The sentence with the words of the actors that only speak of the event blanked. */
    private static String masked(String text, List<int[]> sources) {
      if (sources.isEmpty()) {
        return text;
      }
      char[] chars = text.toCharArray();
      for (int[] span : sources) {
        java.util.Arrays.fill(chars, span[0], span[1], ' ');
      }
      return new String(chars);
    }

    private Optional<EventTypeClassifier.Classification> classify(
        String text, List<ActorMention> mentions) {
      Boolean stateAgent =
          mentions.stream()
              .filter(m -> m.armed() && !m.victim())
              .findFirst()
              .map(ActorMention::state)
              .orElse(null);
      return resources.classifier().classify(text, stateAgent);
    }

    private void remember(
        List<DateMention> dates, List<PlaceMention> found, List<ActorMention> mentions) {
      if (!dates.isEmpty()) {
        paragraphDate = dates.get(dates.size() - 1);
        articleDate = paragraphDate;
        articleDateParagraph = paragraph;
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

    private List<EventPlace> eventPlacesOf(String text, List<PlaceMention> found) {
      return eventPlaces.of(text, found, paragraphPlace, articleTown, country);
    }

    private List<Draft> drafts(
        Sentence s,
        EventTypeClassifier.Classification type,
        EventDate date,
        List<PlaceMention> found,
        List<ActorMention> mentions,
        Casualties casualties) {
      List<EventPlace> eventPlaces = eventPlacesOf(s.text(), found);
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
     * The actors with the one whose name runs into the trigger word first ("Turkish airstrikes",
     * "Kiev forces' shelling"): it is the one that used the weapon.
     */
    private List<ActorMention> agentFirst(List<ActorMention> mentions, int trigger) {
      List<ActorMention> out = new ArrayList<>(mentions);
      for (ActorMention m : mentions) {
        if (m.armed() && !m.victim() && m.end() <= trigger && trigger - m.end() <= 3) {
          out.remove(m);
          out.add(0, m);
          break;
        }
      }
      return out;
    }

    private List<DateMention> usableDates(
        String text, Clues clues, LocalDate published, int dateline) {
      List<DateMention> usable = new ArrayList<>();
      for (DateMention d : DateExpressions.find(text, clues, published)) {
        if (d.start() >= dateline
            && !d.from().isAfter(published)
            && !DateExpressions.comparison(text, d)
            && !DateExpressions.ofTheReport(text, d)
            && resources.datePrecisions().contains(d.precision())) {
          usable.add(d);
        }
      }
      return usable;
    }
  }
}
