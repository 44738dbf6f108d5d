package org.eventline.suggest.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named actor of the actor dictionary.
 *
 * @param name canonical name, in ACLED's style
 * @param aliases other ways texts name it
 * @param country alpha-2 code of its home country, or null
 * @param standsFor what generic words it stands for in its country (military, police, government),
 *     or null
 * @param territory the first-level unit of its home country it holds or operates in alone (the DPR:
 *     Donetsk), or null; an event of the actor that the text places nowhere more precise than the
 *     country lies there
 * @param roles its ACLED category over time
 */
public record Actor(
    String name,
    List<String> aliases,
    String country,
    String standsFor,
    String territory,
    List<Role> roles) {

  /** An ACLED category held from one day to another (both inclusive, either open). */
  public record Role(String category, LocalDate from, LocalDate until) {
    public Role {
      Objects.requireNonNull(category, "category");
    }

    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
  }

  public Actor {
    Objects.requireNonNull(name, "name");
    if (territory != null && country == null) {
      throw new IllegalArgumentException(name + ": a territory needs the actor's country");
    }
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** The category on a day, if a role covers it. */
  public Optional<String> categoryOn(LocalDate date) {
    return roles.stream().filter(r -> r.covers(date)).map(Role::category).findFirst();
  }
}
