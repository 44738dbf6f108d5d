package org.eventline.suggest.actors;

import java.util.Objects;
import org.eventline.schema.Acled;

/**
 * An actor named in a sentence.
 *
 * @param start offset in the sentence (UTF-16) where the words start
 * @param end offset just past them
 * @param phrase the words of the sentence
 * @param name the actor's name as events carry it
 * @param category its ACLED category on the event date, or null when unknown (a new actor)
 * @param home alpha-2 code of its home country, or null
 * @param kind how it was recognised
 * @param reason how the name was resolved, for the suggestion's notes
 * @param role what the sentence makes of it: an actor, or the one acted on ({@link ActorRoles})
 */
public record ActorMention(
    int start,
    int end,
    String phrase,
    String name,
    String category,
    String home,
    Kind kind,
    String reason,
    Role role) {

  /** How an actor was recognised. */
  public enum Kind {
    /** An alias of the dictionary. */
    NAMED,
    /** A generic word with a country ("troops" in an article about Serbia). */
    GENERIC,
    /** A word referring back to an actor named before ("the insurgents"). */
    CONTEXT,
    /** An organisation the dictionary does not know, offered as a new actor. */
    UNKNOWN
  }

  public ActorMention {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(role, "role");
  }

  /** A mention as found, before its role in the sentence is known. */
  public ActorMention(
      int start,
      int end,
      String phrase,
      String name,
      String category,
      String home,
      Kind kind,
      String reason) {
    this(start, end, phrase, name, category, home, kind, reason, Role.ACTOR);
  }

  /** What a sentence makes of an actor it names ({@link ActorRoles}). */
  public enum Role {
    /** It acts, or the sentence does not say. */
    ACTOR,
    /** The subject of a passive verb of violence: "two soldiers were killed". */
    VICTIM,
    /** The same, with who acted written after "by": "was shot ... by a prisoner". */
    VICTIM_OF_NAMED_AGENT
  }

  /** This mention in another role. */
  public ActorMention as(Role other) {
    return new ActorMention(start, end, phrase, name, category, home, kind, reason, other);
  }

  /** True when the sentence says this actor was acted on, never the event's perpetrator. */
  public boolean victim() {
    return role != Role.ACTOR;
  }

  /** True for an armed actor: state forces, rebels, militias, external forces. */
  public boolean armed() {
    return category != null && armed(category);
  }

  /** True for the category of an armed actor: anything but civilians, protesters and rioters. */
  static boolean armed(String category) {
    return !category.equals(Acled.CIVILIANS)
        && !category.equals(Acled.PROTESTERS)
        && !category.equals(Acled.RIOTERS);
  }

  public boolean state() {
    return Acled.STATE_FORCES.equals(category) || Acled.EXTERNAL_OTHER_FORCES.equals(category);
  }
}
