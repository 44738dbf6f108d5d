package org.eventline.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eventline.Problem;
import org.eventline.curation.CurationDocument;
import tools.jackson.databind.JsonNode;

/**
 * The actor names a dataset may use: exact names (the shipped dictionary's and the dataset's own
 * {@code actors.yaml}), and templates such as {@code Military Forces of {country}} filled with any
 * country name. Names are compared exactly; for an unknown name the closest known one is offered:
 * the same name in another case, the canonical name of an alias, or the nearest spelling.
 */
public final class KnownActors {

  /** The placeholder of a template. */
  public static final String COUNTRY = "{country}";

  private static final List<String> FIELDS = List.of("actor1", "actor2");

  private final Set<String> names;
  private final List<String> templates;
  private final Set<String> countries;
  private final Map<String, String> aliases;
  private final String actorsFile;
  private final List<String> candidates;

  /**
   * @param names exact actor names
   * @param templates names with {@value #COUNTRY} standing for a country's name
   * @param countries the country names a template may be filled with
   * @param aliases other names of actors (matched without case), to their canonical name
   * @param actorsFile the dataset's actor list as shown in messages ({@code seeds/actors.yaml})
   */
  public KnownActors(
      Collection<String> names,
      Collection<String> templates,
      Collection<String> countries,
      Map<String, String> aliases,
      String actorsFile) {
    this.names = Set.copyOf(names);
    this.templates = List.copyOf(new TreeSet<>(templates));
    this.countries = Set.copyOf(countries);
    Map<String, String> lower = new HashMap<>();
    aliases.forEach((alias, name) -> lower.putIfAbsent(lower(alias), name));
    this.aliases = Map.copyOf(lower);
    this.actorsFile = actorsFile;
    TreeSet<String> all = new TreeSet<>(names);
    for (String t : this.templates) {
      for (String c : countries) {
        all.add(t.replace(COUNTRY, c));
      }
    }
    this.candidates = List.copyOf(all);
  }

  /** No check at all (callers that know no actor list). */
  public static KnownActors none() {
    return new KnownActors(List.of(), List.of(), List.of(), Map.of(), null);
  }

  private boolean checks() {
    return !names.isEmpty() || !templates.isEmpty();
  }

  /** True when the name is a known name or a template filled with a known country name. */
  public boolean knows(String name) {
    if (names.contains(name)) {
      return true;
    }
    for (String t : templates) {
      int at = t.indexOf(COUNTRY);
      String before = t.substring(0, at);
      String after = t.substring(at + COUNTRY.length());
      if (name.length() > before.length() + after.length()
          && name.startsWith(before)
          && name.endsWith(after)
          && countries.contains(name.substring(before.length(), name.length() - after.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The known name closest to an unknown one: the same letters in another case, the actor an alias
   * names, else the nearest spelling within a few edits (ties: alphabetical order).
   */
  public Optional<String> closest(String name) {
    String key = lower(name);
    for (String c : candidates) {
      if (lower(c).equals(key)) {
        return Optional.of(c);
      }
    }
    if (aliases.containsKey(key)) {
      return Optional.of(aliases.get(key));
    }
    int limit = Math.max(1, Math.min(4, name.length() / 5));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (Math.abs(c.length() - name.length()) > limit) {
        continue;
      }
      int d = distance.apply(key, lower(c));
      if (d >= 0 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Warnings, at the value, for each actor1 or actor2 of an event that is not a known name. */
  public List<Problem> check(CurationDocument doc, JsonNode event) {
    List<Problem> out = new ArrayList<>();
    if (!checks()) {
      return out;
    }
    for (String field : FIELDS) {
      JsonNode value = event.get(field);
      if (value != null && value.isString() && !knows(value.asString())) {
        out.add(Problem.warning(doc.valuePosition(event, field), message(field, value.asString())));
      }
    }
    return out;
  }

  private String message(String field, String name) {
    String file = actorsFile == null ? "the dataset's actors.yaml" : actorsFile;
    return closest(name)
        .map(
            c ->
                field
                    + " '"
                    + name
                    + "' is not a known actor; did you mean '"
                    + c
                    + "'? If it is a new actor, add it to "
                    + file)
        .orElse(
            field
                + " '"
                + name
                + "' is not a known actor; if it is a new actor, add it to "
                + file);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
