package org.eventline.suggest;

import java.util.ArrayList;
import java.util.List;
import org.eventline.suggest.actors.ActorMention;
import org.eventline.suggest.casualties.Casualties;
import org.eventline.suggest.dates.EventDate;
import org.eventline.suggest.places.EventPlace;
import org.eventline.suggest.text.Sentence;

/**
 * A candidate event while the suggester is still reading: the sentences it spans (a report and the
 * sentences of its paragraph that go on about it), its type, date, place, the actors of those
 * sentences (and the named actors of the paragraph before them) and its casualty figures.
 */
record Draft(
    Sentence first,
    Sentence last,
    EventTypeClassifier.Classification type,
    EventDate date,
    EventPlace place,
    List<ActorMention> actors,
    List<ActorMention> context,
    Casualties casualties,
    List<String> continuations) {

  /** A report goes on for at most this many sentences. */
  static final int MAX_SENTENCES = 3;

  Draft {
    actors = List.copyOf(actors);
    context = List.copyOf(context);
    continuations = List.copyOf(continuations);
  }

  int sentences() {
    return continuations.size() + 1;
  }

  /** This draft with another event type (as coded when the suggestion is built). */
  Draft withType(EventTypeClassifier.Classification other) {
    return new Draft(first, last, other, date, place, actors, context, casualties, continuations);
  }

  /** This draft at another place. */
  Draft withPlace(EventPlace other) {
    return new Draft(first, last, type, date, other, actors, context, casualties, continuations);
  }

  /**
   * This draft with its quote run on into the next sentence, which adds to its casualty figures
   * ({@code now}) and only that; {@code why} says so in the notes.
   */
  Draft runOnInto(Sentence next, Casualties now, String why) {
    List<String> notes = new ArrayList<>(continuations);
    notes.add("the quote runs on into the next sentence, which " + why);
    return new Draft(first, next, type, date, place, actors, context, now, notes);
  }

  /**
   * This draft with the next sentence of its paragraph added: the quote runs on, and the sentence
   * fills what this one lacks (casualty figures, a named actor, a date phrase).
   */
  Draft continuedBy(
      Sentence next, List<ActorMention> nextActors, Casualties nextCasualties, EventDate nextDate) {
    List<ActorMention> actorsNow = new ArrayList<>(actors);
    boolean namedArmed =
        actors.stream().anyMatch(a -> a.armed() && a.kind() != ActorMention.Kind.UNKNOWN);
    for (ActorMention m : nextActors) {
      if (!namedArmed || !m.armed()) {
        actorsNow.add(m);
      }
    }
    Casualties c = casualties.phrase() == null ? nextCasualties : casualties;
    EventDate d = !date.inSentence() && nextDate.inSentence() ? nextDate : date;
    List<String> notes = new ArrayList<>(continuations);
    notes.add("the quote runs on into the next sentence, which goes on about the same event");
    return new Draft(first, next, type, d, place, actorsNow, context, c, notes);
  }
}
