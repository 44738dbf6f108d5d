package org.eventline.suggest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eventline.suggest.actors.Actor;
import org.eventline.suggest.actors.ActorDictionary;
import org.eventline.suggest.actors.ActorMention;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.EventPlace;
import org.eventline.suggest.places.Gazetteer;

/**
 * Places an event in the territory of the actor it involves when the text names no place more
 * precise than the country: "Four DPR servicemen killed in shelling" happened in Donetsk oblast,
 * where the DPR holds ground, as a coder reading it would place it. Only actors whose dictionary
 * entry names a {@code territory} count, and only when the event's actors point to one unit of the
 * event's country (the DPR and the LPR together leave the unit open).
 */
final class Territories {

  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;
  private final Countries countries;

  Territories(ActorDictionary dictionary, Gazetteer gazetteer, Countries countries) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    this.countries = countries;
  }

  /** The draft, placed in its actors' territory when it knows no more than a country, or none. */
  Draft placed(Draft d) {
    EventPlace place = d.place();
    if (place.country() != null && !place.onlyTheCountry()) {
      return d;
    }
    Map<String, Holder> holders = new LinkedHashMap<>();
    for (ActorMention m : d.actors()) {
      Actor a =
          m.kind() == ActorMention.Kind.NAMED ? dictionary.byName(m.name()).orElse(null) : null;
      Country home =
          a == null || a.territory() == null ? null : countries.byCode(a.country()).orElse(null);
      if (home != null
          && (place.country() == null || home.codedAs().equals(place.country().codedAs()))) {
        holders.putIfAbsent(home.alpha2() + "|" + a.territory(), new Holder(m, a, home));
      }
    }
    if (holders.size() != 1) {
      return d;
    }
    Holder h = holders.values().iterator().next();
    return gazetteer
        .admin1Unit(h.home().alpha2(), h.actor().territory())
        .map(
            unit ->
                d.withPlace(
                    EventPlace.ofUnit(
                        unit,
                        h.home(),
                        (place.country() == null
                                ? "no place in the text"
                                : "no place more precise than the country in the text")
                            + "; '"
                            + h.mention().phrase()
                            + "' -> "
                            + h.actor().name()
                            + ", which holds territory in "
                            + h.actor().territory()
                            + " (actor dictionary)")))
        .orElse(d);
  }

  /** An actor of the draft that holds a territory, as the draft names it, with its country. */
  private record Holder(ActorMention mention, Actor actor, Country home) {}
}
