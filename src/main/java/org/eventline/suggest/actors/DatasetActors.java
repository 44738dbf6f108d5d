package org.eventline.suggest.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Gazetteer;
import org.eventline.suggest.vocabulary.VocabularyYaml;
import tools.jackson.databind.JsonNode;

/**
 * A dataset's own actor list ({@code seeds/actors.yaml}), in the shipped dictionary's format
 * ({@code actors:} and an optional {@code generic:} list), read with every problem located at its
 * line and column. Its entries are merged over the shipped dictionary ({@link
 * ActorDictionary#withDataset}).
 *
 * @param actors the named actors that were read without problems, in file order
 * @param generics the generic entries read without problems, in file order
 * @param problems what is wrong in the file (errors), in file order
 */
public record DatasetActors(
    List<Actor> actors,
    List<GenericActor> generics,
    List<Problem> problems,
    List<Territory> territories) {

  /**
   * An actor's {@code territory:} as written, for the check against the gazetteer that suggest
   * makes ({@link #territoryProblems}); validate reads the list without loading the gazetteer.
   */
  public record Territory(String label, String country, String unit, SourcePosition at) {}

  private static final List<String> ACTOR_KEYS =
      List.of("name", "aliases", "country", "stands_for", "territory", "roles");
  private static final List<String> ROLE_KEYS = List.of("category", "from", "until");
  private static final List<String> GENERIC_KEYS =
      List.of("name", "category", "stands_for", "words", "refers_to");
  private static final List<String> STANDS_FOR = List.of("military", "police", "government");

  public DatasetActors {
    actors = List.copyOf(actors);
    generics = List.copyOf(generics);
    problems = List.copyOf(problems);
    territories = List.copyOf(territories);
  }

  /** A list that could not be read at all: only its problems. */
  public DatasetActors(List<Problem> problems) {
    this(List.of(), List.of(), problems, List.of());
  }

  /** No file: nothing to add. */
  public static DatasetActors none() {
    return new DatasetActors(List.of());
  }

  /**
   * The territories that are not a first-level unit of their actor's country in the gazetteer, at
   * the line and column of the unit's name: a misspelt unit would otherwise be ignored without a
   * word.
   */
  public List<Problem> territoryProblems(Gazetteer gazetteer) {
    List<Problem> out = new ArrayList<>();
    for (Territory t : territories) {
      unknownTerritory(gazetteer, t.country(), t.unit())
          .ifPresent(
              why ->
                  out.add(
                      Problem.error(
                          t.at(),
                          t.label()
                              + ": "
                              + why
                              + " (`eventline place NAME --country ISO3` lists units)")));
    }
    return out;
  }

  /**
   * Why an actor's territory is refused, for the shipped dictionary and a dataset's list alike:
   * empty when the gazetteer knows it as a first-level unit of the actor's country.
   */
  public static java.util.Optional<String> unknownTerritory(
      Gazetteer gazetteer, String country, String unit) {
    return gazetteer.admin1Unit(country, unit).isPresent()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            "territory '"
                + unit
                + "' is not a first-level unit of "
                + country
                + " in the gazetteer");
  }

  /**
   * Reads an actor list.
   *
   * @param file the path shown in messages
   * @param categories the schema's actor categories
   */
  public static DatasetActors read(
      String file, String text, Collection<String> categories, Countries countries) {
    VocabularyYaml.Lists lists = VocabularyYaml.read(file, text, List.of("actors", "generic"));
    List<Problem> problems = new ArrayList<>(lists.problems());
    VocabularyYaml.Lists located = new VocabularyYaml.Lists(lists.doc(), problems);
    List<Actor> actors = new ArrayList<>();
    List<Territory> territories = new ArrayList<>();
    int index = 0;
    for (JsonNode node : located.entries("actors", "actors")) {
      index++;
      VocabularyYaml.Entry e =
          new VocabularyYaml.Entry(lists.doc(), node, problems, "actor", index);
      Actor actor = actor(e, categories, countries);
      if (!e.broken()) {
        actors.add(actor);
        if (actor.territory() != null) {
          territories.add(
              new Territory(
                  e.label(), actor.country(), actor.territory(), e.positionOf("territory")));
        }
      }
    }
    List<GenericActor> generics = new ArrayList<>();
    index = 0;
    for (JsonNode node : located.entries("generic", "generic actors")) {
      index++;
      VocabularyYaml.Entry e =
          new VocabularyYaml.Entry(lists.doc(), node, problems, "generic actor", index);
      GenericActor generic = generic(e, categories);
      if (!e.broken()) {
        generics.add(generic);
      }
    }
    return new DatasetActors(actors, generics, problems, territories);
  }

  private static Actor actor(
      VocabularyYaml.Entry e, Collection<String> categories, Countries countries) {
    e.allowOnly(ACTOR_KEYS);
    String needs =
        "every actor needs a name and at least one role, for example"
            + " roles: [{category: Rebel groups}]";
    e.require(List.of("name", "roles"), needs);
    String name = e.text("name", false, needs);
    List<String> aliases = e.texts("aliases", "[Taliban, Taleban]");
    String country = e.text("country", false, "");
    if (country != null && (country.length() != 2 || countries.byCode(country).isEmpty())) {
      e.error(
          e.node().get("country"),
          "country '" + country + "' is not an ISO 3166-1 alpha-2 code (AF, YE, PH...)");
    }
    String territory = e.text("territory", false, "");
    if (territory != null && country == null) {
      e.error(
          e.node().get("territory"),
          "territory '" + territory + "' needs the actor's country (country: UA)");
    }
    String standsFor = null;
    if (e.node().hasNonNull("stands_for")) {
      standsFor = e.oneOf("stands_for", e.node(), STANDS_FOR);
    }
    List<Actor.Role> roles = new ArrayList<>();
    JsonNode list = e.node().get("roles");
    if (list == null || list.isNull()) {
      return null;
    } else if (list.isArray() && list.isEmpty()) {
      e.error(list, "roles is empty; " + needs);
    } else if (!list.isArray()) {
      e.error(list, "roles must be a list, for example [{category: Rebel groups}]");
    } else {
      for (JsonNode r : list) {
        if (!r.isObject()) {
          e.error(r, "a role must be a mapping, for example {category: Rebel groups}");
          continue;
        }
        for (String key : r.propertyNames()) {
          if (!ROLE_KEYS.contains(key)) {
            e.error(r, "unknown key '" + key + "' in a role; allowed keys: category, from, until");
          }
        }
        String category = e.oneOf("category", r, categories);
        roles.add(
            new Actor.Role(
                category == null ? "" : category, e.date(r, "from"), e.date(r, "until")));
      }
    }
    return e.broken() ? null : new Actor(name, aliases, country, standsFor, territory, roles);
  }

  private static GenericActor generic(VocabularyYaml.Entry e, Collection<String> categories) {
    e.allowOnly(GENERIC_KEYS);
    String needs = "a generic actor needs name (with {country}), category and stands_for";
    e.require(List.of("name", "category", "stands_for"), needs);
    String template = e.text("name", false, needs);
    if (template != null && !template.contains("{country}")) {
      e.error(
          e.node().get("name"),
          "name '" + template + "' has no {country}; for example \"Militia ({country})\"");
    }
    String category =
        e.node().hasNonNull("category") ? e.oneOf("category", e.node(), categories) : null;
    String standsFor = e.text("stands_for", false, needs);
    List<String> words = e.texts("words", "[gunmen, armed men]");
    List<String> refersTo = e.texts("refers_to", "[Rebel groups]");
    for (String c : refersTo) {
      if (!categories.contains(c)) {
        e.error(
            e.node().get("refers_to"),
            "refers_to '"
                + c
                + "' is not an actor category; expected one of: "
                + String.join(", ", categories));
      }
    }
    return e.broken() ? null : new GenericActor(template, category, standsFor, words, refersTo);
  }
}
