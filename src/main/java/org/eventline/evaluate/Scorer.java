package org.eventline.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventline.curation.Event;

/**
 * Scores the suggestions for one text against its gold events.
 *
 * <p>Matching: a suggestion and a gold event of the same text may pair when their quotes overlap
 * (for a gold event coded on a whole headline, any suggestion from it may). Pairs are made one to
 * one, best first: the pair agreeing on more of event type, location, first-level unit, country,
 * event date and actor 1 first, ties by text order. A suggestion left unpaired is wrong on every
 * field it gives; a gold event left unpaired is missed on every field it gives.
 *
 * <p>Fields of a pair: event_date is correct when the suggested span lies within the gold span;
 * date_precision, country (ISO alpha-3) and fatalities (best estimate) when equal; admin1 and
 * location when the names agree ({@link Names}); coordinates when within 25 km (haversine), scored
 * only where the gold coordinates are precise; actors through the actor dictionary's aliases and
 * families ({@link ActorNames}), in either order when the gold's actors are unordered; event_type
 * when among the gold's accepted types. A field the gold of a pair does not give is not scored for
 * that pair.
 */
public final class Scorer {

  /** Coordinates agree within this distance. */
  public static final double KM = 25.0;

  private final ActorNames actors;

  public Scorer(ActorNames actors) {
    this.actors = actors;
  }

  private record Candidate(int suggestion, int gold, int agreement) {}

  /** Pairs one text's suggestions with its gold events, one to one, best agreement first. */
  public Matching match(List<Event> suggested, List<GoldEvent> gold) {
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < suggested.size(); s++) {
      for (int g = 0; g < gold.size(); g++) {
        if (eligible(suggested.get(s), gold.get(g))) {
          candidates.add(new Candidate(s, g, agreement(suggested.get(s), gold.get(g))));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.agreement())
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::suggestion));
    Matching matching = new Matching(suggested, gold);
    for (Candidate c : candidates) {
      if (matching.free(c.suggestion(), c.gold())) {
        matching.pair(c.suggestion(), c.gold());
      }
    }
    return matching;
  }

  /** Adds one text's counts to a scorecard. */
  public void score(List<Event> suggested, List<GoldEvent> gold, Scorecard card) {
    score(match(suggested, gold), card);
  }

  /** Adds the counts of one text's pairs, unpaired suggestions and unpaired gold events. */
  public void score(Matching matching, Scorecard card) {
    for (int g = 0; g < matching.gold().size(); g++) {
      GoldEvent gold = matching.gold().get(g);
      matching
          .suggestionFor(g)
          .ifPresentOrElse(s -> pair(s, gold, card), () -> unmatchedGold(gold, card));
    }
    for (int s = 0; s < matching.suggested().size(); s++) {
      if (!matching.paired(s)) {
        unmatchedSuggestion(matching.suggested().get(s), card);
      }
    }
  }

  private static boolean eligible(Event s, GoldEvent g) {
    if (g.quoteStart() < 0) {
      return true;
    }
    return s.quoteStart() < g.quoteEnd() && g.quoteStart() < s.quoteEnd();
  }

  private int agreement(Event s, GoldEvent g) {
    int a = 0;
    a += g.accepts(s.eventType()) ? 1 : 0;
    a += Names.agree(s.location(), g.location()) ? 1 : 0;
    a += g.admin1() != null && Names.agree(s.admin1(), g.admin1()) ? 1 : 0;
    a += g.iso3() != null && g.iso3().equals(s.iso3()) ? 1 : 0;
    a += dateCorrect(s, g) ? 1 : 0;
    a += actors.agree(s.actor1(), g.actor1()) || actors.agree(s.actor1(), g.actor2()) ? 1 : 0;
    return a;
  }

  private void pair(Event s, GoldEvent g, Scorecard card) {
    card.add(Field.EVENT, 1, 1, 1);
    if (g.dateStart() != null) {
      card.add(Field.EVENT_DATE, given(s.eventDate()), 1, dateCorrect(s, g) ? 1 : 0);
    }
    if (g.precision() != null) {
      card.add(Field.DATE_PRECISION, 1, 1, g.precision().equals(s.datePrecision()) ? 1 : 0);
    }
    if (g.iso3() != null) {
      card.add(Field.COUNTRY, given(s.iso3()), 1, g.iso3().equals(s.iso3()) ? 1 : 0);
    }
    if (g.admin1() != null) {
      card.add(
          Field.ADMIN1, s.admin1() == null ? 0 : 1, 1, Names.agree(s.admin1(), g.admin1()) ? 1 : 0);
    }
    if (g.location() != null) {
      card.add(Field.LOCATION, 1, 1, Names.agree(s.location(), g.location()) ? 1 : 0);
    }
    if (g.coordinatesPrecise() && g.latitude() != null) {
      boolean given = s.latitude() != null;
      card.add(Field.COORDINATES, given ? 1 : 0, 1, given && within(s, g) ? 1 : 0);
    }
    if (g.fatalities() != null) {
      boolean given = s.fatalities() != null;
      card.add(
          Field.FATALITIES,
          given ? 1 : 0,
          1,
          given && g.fatalities().equals(s.fatalities()) ? 1 : 0);
    } else if (s.fatalities() != null) {
      card.add(Field.FATALITIES, 1, 0, 0);
    }
    actorFields(s, g, card);
    if (!g.eventTypes().isEmpty()) {
      card.add(Field.EVENT_TYPE, given(s.eventType()), 1, g.accepts(s.eventType()) ? 1 : 0);
    }
  }

  private void actorFields(Event s, GoldEvent g, Scorecard card) {
    String g1 = g.actor1();
    String g2 = g.actor2();
    if (g.actorsUnordered()) {
      int straight =
          (actors.agree(s.actor1(), g1) ? 1 : 0) + (actors.agree(s.actor2(), g2) ? 1 : 0);
      int swapped = (actors.agree(s.actor1(), g2) ? 1 : 0) + (actors.agree(s.actor2(), g1) ? 1 : 0);
      if (swapped > straight) {
        g1 = g.actor2();
        g2 = g.actor1();
      }
    }
    actorField(Field.ACTOR1, s.actor1(), g1, card);
    actorField(Field.ACTOR2, s.actor2(), g2, card);
  }

  private void actorField(Field f, String suggested, String gold, Scorecard card) {
    if (gold == null && suggested == null) {
      return;
    }
    card.add(
        f, suggested == null ? 0 : 1, gold == null ? 0 : 1, actors.agree(suggested, gold) ? 1 : 0);
  }

  private static void unmatchedSuggestion(Event s, Scorecard card) {
    card.add(Field.EVENT, 1, 0, 0);
    card.add(Field.EVENT_DATE, given(s.eventDate()), 0, 0);
    card.add(Field.DATE_PRECISION, 1, 0, 0);
    card.add(Field.COUNTRY, given(s.iso3()), 0, 0);
    card.add(Field.ADMIN1, s.admin1() == null ? 0 : 1, 0, 0);
    card.add(Field.LOCATION, 1, 0, 0);
    card.add(
        Field.COORDINATES,
        s.latitude() != null && s.geoPrecision() != null && s.geoPrecision() <= 2 ? 1 : 0,
        0,
        0);
    card.add(Field.FATALITIES, s.fatalities() == null ? 0 : 1, 0, 0);
    card.add(Field.ACTOR1, 1, 0, 0);
    card.add(Field.ACTOR2, s.actor2() == null ? 0 : 1, 0, 0);
    card.add(Field.EVENT_TYPE, given(s.eventType()), 0, 0);
  }

  private static void unmatchedGold(GoldEvent g, Scorecard card) {
    card.add(Field.EVENT, 0, 1, 0);
    card.add(Field.EVENT_DATE, 0, g.dateStart() == null ? 0 : 1, 0);
    card.add(Field.DATE_PRECISION, 0, g.precision() == null ? 0 : 1, 0);
    card.add(Field.COUNTRY, 0, g.iso3() == null ? 0 : 1, 0);
    card.add(Field.ADMIN1, 0, g.admin1() == null ? 0 : 1, 0);
    card.add(Field.LOCATION, 0, g.location() == null ? 0 : 1, 0);
    card.add(Field.COORDINATES, 0, g.coordinatesPrecise() && g.latitude() != null ? 1 : 0, 0);
    card.add(Field.FATALITIES, 0, g.fatalities() == null ? 0 : 1, 0);
    card.add(Field.ACTOR1, 0, g.actor1() == null ? 0 : 1, 0);
    card.add(Field.ACTOR2, 0, g.actor2() == null ? 0 : 1, 0);
    card.add(Field.EVENT_TYPE, 0, g.eventTypes().isEmpty() ? 0 : 1, 0);
  }

  /**
   * 1 when a suggestion gives the field, else 0: a suggestion may leave a field it could not find
   * empty, and then makes no claim to count against precision.
   */
  private static int given(Object value) {
    return value == null ? 0 : 1;
  }

  static boolean dateCorrect(Event s, GoldEvent g) {
    if (g.dateStart() == null) {
      return false;
    }
    if (s.eventDate() == null) {
      return false;
    }
    LocalDate end = g.dateEnd() == null ? g.dateStart() : g.dateEnd();
    LocalDate suggestedEnd = s.eventDateEnd() == null ? s.eventDate() : s.eventDateEnd();
    return !s.eventDate().isBefore(g.dateStart()) && !suggestedEnd.isAfter(end);
  }

  private static boolean within(Event s, GoldEvent g) {
    return haversineKm(
            s.latitude().doubleValue(), s.longitude().doubleValue(), g.latitude(), g.longitude())
        <= KM;
  }

  /** Great-circle distance in km on a sphere of radius 6371 km. */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
