package org.eventline.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.SourcePosition;

/** Remembers every event id of the dataset with where it was first used, to keep ids unique. */
public final class IdRegistry {
  private final Map<String, SourcePosition> seen = new HashMap<>();
  private final java.util.Set<String> duplicated = new java.util.TreeSet<>();

  /** The ids used more than once: none of their events is valid. */
  public java.util.Set<String> duplicated() {
    return java.util.Collections.unmodifiableSet(duplicated);
  }

  /** Registers an id; a problem when it was used before. */
  public Optional<Problem> register(String id, SourcePosition at) {
    SourcePosition first = seen.putIfAbsent(id, at);
    if (first == null) {
      return Optional.empty();
    }
    duplicated.add(id);
    return Optional.of(
        Problem.error(
            at,
            "id '"
                + id
                + "' is already used at "
                + first
                + "; ids must be unique across the whole dataset"));
  }
}
