package org.eventline.suggest.actors;

import java.util.List;
import java.util.Objects;
import org.eventline.suggest.places.Country;

/**
 * Words that name an actor only together with a country ("troops", "protesters", "gunmen").
 *
 * @param template the name, with {@code {country}} standing for the country's name
 * @param category the ACLED category
 * @param standsFor what the words stand for (military, police, protesters, rioters, civilians,
 *     unidentified, named)
 * @param words the words, matched without case
 * @param refersTo categories of a named actor the words refer back to ("the insurgents"), or empty
 */
public record GenericActor(
    String template, String category, String standsFor, List<String> words, List<String> refersTo) {

  public GenericActor {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(standsFor, "standsFor");
    words = List.copyOf(words);
    refersTo = List.copyOf(refersTo);
  }

  /** The name for a country ("Military Forces of Serbia"). */
  public String nameFor(Country country) {
    return template.replace("{country}", country.localName());
  }
}
