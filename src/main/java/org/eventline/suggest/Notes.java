package org.eventline.suggest;

import java.util.ArrayList;
import java.util.List;
import org.eventline.suggest.actors.EventActors;
import org.eventline.suggest.casualties.Casualties;

/**
 * The reasons of a suggested event, kept in its suggestion block (never in the curator's notes):
 * every rule that produced a field, so a curator can check it.
 */
final class Notes {

  private Notes() {}

  /**
   * @param background why the event is a background event, or null
   */
  static String of(Draft d, EventActors actors, List<String> newActors, String background) {
    Casualties casualties = d.casualties();
    List<String> parts = new ArrayList<>();
    parts.add("Type: " + d.type().reason() + ".");
    d.continuations().forEach(c -> parts.add("Quote: " + c + "."));
    parts.add("Date: " + d.date().rule() + ".");
    if (background != null) {
      parts.add("Background: " + background + ".");
    }
    parts.add("Place: " + d.place().reason() + ".");
    parts.add("Actors: " + String.join("; ", actors.reasons()) + ".");
    parts.add(
        casualties.rules().isEmpty()
            ? "Casualties: no figure in the sentence."
            : "Casualties: " + String.join("; ", casualties.rules()) + ".");
    if (!newActors.isEmpty()) {
      parts.add("New actors (not in the actor dictionary): " + String.join(", ", newActors) + ".");
    }
    String notes = String.join(" ", parts);
    return notes.length() > 5000 ? notes.substring(0, 4997) + "..." : notes;
  }
}
