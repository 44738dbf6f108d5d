package org.eventline.evaluate;

import java.util.List;
import java.util.Locale;
import org.eventline.suggest.actors.Actor;
import org.eventline.suggest.actors.ActorDictionary;

/**
 * How actor names are compared: each name is first read through the actor dictionary's aliases
 * ("Taleban" and "Government of Afghanistan" are aliases), then reduced to its family:
 * parenthesised parts (years, countries) removed, case folded. "Military Forces of the United
 * States (2017-2021)" and "(2021-2025)" are one family; so are "Civilians (Nigeria)" and UCDP's
 * "Civilians".
 */
public final class ActorNames {

  private final ActorDictionary dictionary;

  public ActorNames(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  public String family(String name) {
    if (name == null) {
      return null;
    }
    List<Actor> named = dictionary.named(name);
    String canonical = named.isEmpty() ? name : named.get(0).name();
    return canonical
        .replaceAll("\\([^)]*\\)", " ")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  public boolean agree(String a, String b) {
    return a != null && b != null && family(a).equals(family(b));
  }
}
