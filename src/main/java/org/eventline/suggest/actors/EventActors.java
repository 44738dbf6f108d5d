package org.eventline.suggest.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventline.schema.Acled;
import org.eventline.suggest.places.Country;

/**
 * Chooses actor 1 and actor 2 of a suggested event from the actors of its sentence, by event type
 * (ACLED's conventions): protesters or rioters first in demonstrations, the perpetrator first and
 * civilians second in violence against civilians, the arresting force first in arrests, and
 * otherwise the armed actors in the order the text names them. When the text names no perpetrator,
 * actor 1 is ACLED's "Unidentified Armed Group (country)", or an organisation the dictionary does
 * not know.
 */
public record EventActors(
    Slot actor1, Slot actor2, List<String> reasons, boolean organisationNamed) {

  /**
   * Typed evidence for the confidence: {@code organisationNamed} is true when an actor was taken
   * from a named organisation of the text (an actor dictionary entry, in the sentence or its
   * paragraph, or an organisation the dictionary does not know), false when only generic words or
   * templates filled the slots.
   */
  public EventActors {
    reasons = List.copyOf(reasons);
  }

  /** The reasons gathered while choosing, and whether a named organisation filled a slot. */
  private static final class Trail {
    final List<String> reasons = new ArrayList<>();
    boolean named;

    void add(String reason) {
      reasons.add(reason);
    }

    void addNamed(String reason) {
      reasons.add(reason);
      named = true;
    }
  }

  /** One actor of an event. */
  public record Slot(String name, String category) {}

  /**
   * The actors of an event.
   *
   * @param attackOnStateForces the text reports a one-sided attack on state forces, read as a
   *     battle: when it names no attacker, actor 2 is ACLED's unidentified armed group
   */
  public static EventActors choose(
      String eventType,
      String subEventType,
      boolean attackOnStateForces,
      List<ActorMention> mentions,
      List<ActorMention> paragraphContext,
      ActorDictionary dictionary,
      Country country) {
    List<ActorMention> known =
        mentions.stream().filter(m -> m.kind() != ActorMention.Kind.UNKNOWN).toList();
    List<ActorMention> unknown =
        mentions.stream().filter(m -> m.kind() == ActorMention.Kind.UNKNOWN).toList();
    Trail reasons = new Trail();
    Slot a1;
    Slot a2 = null;
    switch (eventType) {
      case Acled.PROTESTS -> {
        a1 =
            first(known, Acled.PROTESTERS, reasons)
                .orElseGet(() -> template(dictionary, "protesters", country, reasons));
        if (!subEventType.equals(Acled.PEACEFUL_PROTEST)) {
          a2 =
              firstState(known, reasons)
                  .orElseGet(() -> template(dictionary, "police", country, reasons));
        }
      }
      case Acled.RIOTS -> {
        a1 = template(dictionary, "rioters", country, reasons);
        a2 =
            firstState(known, reasons)
                .or(
                    // a mob turns on people: ACLED's civilians, unless it attacked the police
                    () ->
                        subEventType.equals(Acled.MOB_VIOLENCE)
                            ? first(known, Acled.CIVILIANS, reasons)
                                .or(
                                    () ->
                                        Optional.of(
                                            template(dictionary, "civilians", country, reasons)))
                            : Optional.empty())
                .orElse(null);
      }
      case Acled.VIOLENCE_AGAINST_CIVILIANS -> {
        a1 =
            firstArmed(known, reasons)
                .orElseGet(() -> perpetrator(unknown, dictionary, country, reasons));
        a2 =
            first(known, Acled.CIVILIANS, reasons)
                .orElseGet(() -> template(dictionary, "civilians", country, reasons));
      }
      default -> {
        List<ActorMention> armed = known.stream().filter(ActorMention::armed).toList();
        // the side the text says was acted on by someone it names is not actor 1, unless both
        // sides are named so; in a one-sided attack (a bombing, a shelling) no side it was done to
        List<ActorMention> acting =
            armed.stream().map(ActorMention::name).distinct().count() > 1
                    && armed.stream().allMatch(ActorMention::victim)
                ? armed
                : armed.stream()
                    .filter(
                        m ->
                            eventType.equals(Acled.EXPLOSIONS_REMOTE_VIOLENCE)
                                ? !m.victim()
                                : m.role() != ActorMention.Role.VICTIM_OF_NAMED_AGENT)
                    .toList();
        if (subEventType.equals(Acled.ARRESTS)) {
          a1 =
              firstState(known, reasons)
                  .orElseGet(() -> template(dictionary, "police", country, reasons));
          Slot first = a1;
          a2 =
              known.stream()
                  .filter(m -> !m.name().equals(first.name()) && !m.state())
                  .findFirst()
                  .map(m -> slot(m, reasons))
                  .orElseGet(() -> template(dictionary, "civilians", country, reasons));
        } else {
          a1 =
              acting.isEmpty()
                  ? contextArmed(paragraphContext, victims(known), reasons)
                      .orElseGet(() -> perpetrator(unknown, dictionary, country, reasons))
                  : slot(acting.get(0), reasons);
          Slot first = a1;
          a2 =
              armed.stream()
                  .filter(m -> !m.name().equals(first.name()))
                  .findFirst()
                  .map(m -> slot(m, reasons))
                  .or(() -> first(known, Acled.CIVILIANS, reasons))
                  .orElseGet(
                      // "a police officer was shot dead": the side that shot is not named
                      () ->
                          attackOnStateForces
                              ? perpetrator(unknown, dictionary, country, reasons)
                              : null);
        }
      }
    }
    if (a2 != null && (a2.name() == null || a2.name().equals(a1.name()))) {
      a2 = null;
    }
    return new EventActors(a1, a2, reasons.reasons, reasons.named);
  }

  private static Optional<Slot> first(List<ActorMention> known, String category, Trail reasons) {
    return known.stream()
        .filter(m -> category.equals(m.category()))
        .findFirst()
        .map(m -> slot(m, reasons));
  }

  private static Optional<Slot> firstState(List<ActorMention> known, Trail reasons) {
    return known.stream().filter(ActorMention::state).findFirst().map(m -> slot(m, reasons));
  }

  private static Optional<Slot> firstArmed(List<ActorMention> known, Trail reasons) {
    return known.stream()
        .filter(m -> m.armed() && !m.victim())
        .findFirst()
        .map(m -> slot(m, reasons));
  }

  private static java.util.Set<String> victims(List<ActorMention> known) {
    return known.stream()
        .filter(ActorMention::victim)
        .map(ActorMention::name)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static Optional<Slot> contextArmed(
      List<ActorMention> context, java.util.Set<String> victims, Trail reasons) {
    for (int i = context.size() - 1; i >= 0; i--) {
      ActorMention m = context.get(i);
      if (m.armed() && m.kind() == ActorMention.Kind.NAMED && !victims.contains(m.name())) {
        reasons.addNamed("actor1 from the paragraph: " + m.reason());
        return Optional.of(new Slot(m.name(), m.category()));
      }
    }
    return Optional.empty();
  }

  private static Slot slot(ActorMention m, Trail reasons) {
    if (m.kind() == ActorMention.Kind.NAMED) {
      reasons.addNamed(m.reason());
    } else {
      reasons.add(m.reason());
    }
    return new Slot(m.name(), m.category());
  }

  private static Slot perpetrator(
      List<ActorMention> unknown, ActorDictionary dictionary, Country country, Trail reasons) {
    if (!unknown.isEmpty()) {
      ActorMention m = unknown.get(0);
      reasons.addNamed(
          "actor1 '" + m.name() + "' is not in the actor dictionary: set its category");
      return new Slot(m.name(), null);
    }
    Slot s = template(dictionary, "unidentified", country, reasons);
    return s;
  }

  private static Slot template(
      ActorDictionary dictionary, String standsFor, Country country, Trail reasons) {
    GenericActor g =
        dictionary.generics().stream()
            .filter(x -> x.standsFor().equals(standsFor))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the actor dictionary has no generic entry stands_for: " + standsFor));
    if (country == null) {
      reasons.add(
          "left empty: "
              + standsFor
              + " is named by its country ("
              + g.template()
              + "), and no country is known");
      return new Slot(null, null);
    }
    String name = g.nameFor(country);
    reasons.add(name + " (not named in the sentence; generic actor for " + standsFor + ")");
    return new Slot(name, g.category());
  }
}
