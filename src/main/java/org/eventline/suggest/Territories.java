package org.eventline.suggest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eventline.suggest.actors.Actor;
import org.eventline.suggest.actors.ActorDictionary;
import org.eventline.suggest.actors.ActorMention;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.EventPlace;
import org.eventline.suggest.places.Gazetteer;
import org.eventline.suggest.places.Place;

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
    Map<String, ActorMention> units = new LinkedHashMap<>();
    Actor holder = null;
    for (ActorMention m : d.actors()) {
      if (m.kind() != ActorMention.Kind.NAMED) {
        continue;
      }
      Optional<Actor> a = dictionary.byName(m.name());
      if (a.isEmpty() || a.get().territory() == null) {
        continue;
      }
      Optional<Country> home = countries.byCode(a.get().country());
      if (home.isEmpty()
          || (place.country() != null && !home.get().codedAs().equals(place.country().codedAs()))) {
        continue;
      }
      if (units.putIfAbsent(a.get().country() + "|" + a.get().territory(), m) == null) {
        holder = a.get();
      }
    }
    if (units.size() != 1) {
      return d;
    }
    Country home = countries.byCode(holder.country()).orElseThrow();
    Optional<Place> unit = gazetteer.admin1Unit(home.alpha2(), holder.territory());
    if (unit.isEmpty()) {
      return d;
    }
    ActorMention by = units.values().iterator().next();
    return d.withPlace(
        EventPlace.ofUnit(
            unit.get(),
            home,
            "no place more precise than "
                + (place.country() == null ? "none" : "the country")
                + " in the text; '"
                + by.phrase()
                + "' -> "
                + holder.name()
                + ", which holds territory in "
                + holder.territory()
                + " (actor dictionary)"));
  }
}
