package org.eventline.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.curation.Event;
import org.eventline.curation.SuggestionTrace;
import org.eventline.schema.Acled;
import org.eventline.suggest.actors.ActorDictionary;
import org.eventline.suggest.actors.ActorMention;
import org.eventline.suggest.actors.EventActors;
import org.eventline.suggest.casualties.Casualties;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.EventPlace;

/**
 * Turns a draft (a sentence or passage with its type, date, place, actors and casualties) into a
 * suggested event: ACLED roles and categories of the actors, a confidence, a stable id and notes.
 */
final class DraftEvents {

  private DraftEvents() {}

  /** The suggestion of a draft: the event's fields, its notes and the organisations to add. */
  static Suggestion suggestion(Draft draft, Article article, ActorDictionary dictionary) {
    Draft d = draft.withType(onStateForces(draft.type(), draft.actors()));
    EventPlace place = d.place();
    EventActors chosen =
        EventActors.choose(
            d.type().eventType(),
            d.type().subEventType(),
            d.type().attackOnStateForces(),
            d.actors(),
            d.context(),
            dictionary,
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
    boolean background = background(d.date().to(), article.publicationDate());
    String reasons =
        Notes.of(
            d,
            chosen,
            newActors,
            background
                ? "a background event: it ended "
                    + java.time.temporal.ChronoUnit.DAYS.between(
                        d.date().to(), article.publicationDate())
                    + " days before publication (more than "
                    + BACKGROUND_DAYS
                    + "), recalled to explain the news; confidence lowered by 40%"
                : null);
    Event event =
        Event.builder(id)
            .eventDate(d.date().from())
            .eventDateEnd(d.date().to())
            .datePrecision(d.date().precision())
            .eventType(d.type().eventType())
            .subEventType(d.type().subEventType())
            .actor1(chosen.actor1().name())
            .actor1Category(category1)
            .actor2(chosen.actor2() == null ? null : chosen.actor2().name())
            .actor2Category(category2)
            .location(place.location())
            .admin1(place.admin1())
            .admin2(place.admin2())
            .country(place.country() == null ? null : place.country().name())
            .iso3(place.country() == null ? null : place.country().iso3())
            .latitude(place.latitude())
            .longitude(place.longitude())
            .geoPrecision(place.country() == null ? null : place.geoPrecision())
            .fatalities(c.killedBest())
            .fatalitiesLow(c.killedLow())
            .fatalitiesHigh(c.killedHigh())
            .injured(c.injuredBest())
            .injuredLow(c.injuredLow())
            .injuredHigh(c.injuredHigh())
            .sourceQuote(quote)
            .quoteStart(quoteStart)
            .quoteEnd(quoteEnd)
            .datePhrase(d.date().phrase())
            .casualtyPhrase(c.phrase())
            .status(Event.SUGGESTED)
            .build();
    return new Suggestion(
        event, SuggestionTrace.of(event, confidence(d, chosen, background), reasons), newActors);
  }

  /**
   * An attack whose every victim is state forces ("a police officer was shot dead") as ACLED codes
   * it: a battle, since violence against civilians is violence against the unarmed. An attacker
   * shot dead by police stays part of the attack.
   */
  static EventTypeClassifier.Classification onStateForces(
      EventTypeClassifier.Classification t, List<ActorMention> mentions) {
    List<ActorMention> victims = mentions.stream().filter(ActorMention::victim).toList();
    if (!t.eventType().equals(Acled.VIOLENCE_AGAINST_CIVILIANS)
        || !t.subEventType().equals(Acled.ATTACK)
        || victims.isEmpty()
        || !victims.stream().allMatch(ActorMention::state)
        || mentions.stream().anyMatch(m -> !m.armed() && m.category() != null)) {
      return t;
    }
    return new EventTypeClassifier.Classification(
        Acled.BATTLES,
        Acled.ARMED_CLASH,
        t.triggerStart(),
        t.triggerEnd(),
        t.specific(),
        t.reason()
            + ", then Battles / Armed clash: the ones attacked are state forces ('"
            + victims.get(0).phrase()
            + "'), and violence against civilians is violence against the unarmed",
        true);
  }

  /** A state's forces outside their own country are External/Other forces, as ACLED codes them. */
  private static String abroad(EventActors.Slot slot, List<ActorMention> mentions, Country where) {
    if (!Acled.STATE_FORCES.equals(slot.category()) || where == null) {
      return slot.category();
    }
    for (ActorMention m : mentions) {
      if (m.name().equals(slot.name()) && m.home() != null) {
        if (!m.home().equals(where.alpha2()) && !m.home().equals(where.codedAs())) {
          return Acled.EXTERNAL_OTHER_FORCES;
        }
      }
    }
    return slot.category();
  }

  /**
   * An event that ended this many days or more before publication is a background event: the
   * article recalls it to explain the news (ACLED codes it only if it was never reported on its
   * own). Its suggestion says so and its confidence is lower.
   */
  static final int BACKGROUND_DAYS = 30;

  static boolean background(LocalDate end, LocalDate published) {
    return end != null && end.isBefore(published.minusDays(BACKGROUND_DAYS));
  }

  private static BigDecimal confidence(Draft d, EventActors actors, boolean background) {
    return background
        ? confidence(d, actors).multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP)
        : confidence(d, actors);
  }

  private static BigDecimal confidence(Draft d, EventActors actors) {
    double c = 0.2;
    c += d.type().specific() ? 0.25 : 0.1;
    c += d.date().inSentence() ? 0.15 : d.date().phrase() != null ? 0.05 : 0;
    c +=
        d.place().country() == null
            ? 0
            : d.place().inSentence() ? (d.place().geoPrecision() < 3 ? 0.15 : 0.1) : 0.03;
    c += actors.organisationNamed() ? 0.15 : 0.05;
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
