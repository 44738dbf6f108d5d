package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventline.Problem;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.actors.Actor;
import org.eventline.suggest.actors.ActorDictionary;
import org.eventline.suggest.actors.DatasetActors;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.DatasetPlaces;
import org.eventline.suggest.places.Gazetteer;
import org.eventline.suggest.places.PlaceLookup;
import org.eventline.validate.KnownActors;

/**
 * A dataset's own vocabularies, beside its data: {@code actors.yaml} (named actors, in the shipped
 * dictionary's format) and {@code places.yaml} (places the gazetteer lacks), both optional, merged
 * over the shipped dictionary and gazetteer (the dataset's entries win on a name clash) for {@code
 * validate}, {@code suggest} and {@code place} alike.
 *
 * @param actorsFile the actor list's path as shown in messages
 * @param actors the dataset's actors (empty when there is no file)
 * @param places the dataset's places (empty when there is no file)
 * @param countries the countries the suggester knows
 * @param categories the schema's actor categories
 */
public record DatasetVocabulary(
    String actorsFile,
    DatasetActors actors,
    DatasetPlaces places,
    Countries countries,
    List<String> categories) {

  /** The dataset's actor list, in the seeds folder. */
  public static final String ACTORS_FILE = "actors.yaml";

  /** The dataset's place list, in the seeds folder. */
  public static final String PLACES_FILE = "places.yaml";

  public DatasetVocabulary {
    categories = List.copyOf(categories);
  }

  /** Reads the lists of a seeds folder (cheap: the gazetteer is not loaded). */
  public static DatasetVocabulary read(Path seeds, EventSchema schema) throws IOException {
    Countries countries = Countries.load();
    List<String> categories = SuggestResources.enumOf(schema, "actor1_category");
    Path actorsPath = seeds.resolve(ACTORS_FILE);
    String actorsShown = DatasetValidation.shown(actorsPath);
    DatasetActors actors = DatasetActors.none();
    if (Files.isRegularFile(actorsPath)) {
      TextFiles.Read text = TextFiles.readCuration(actorsPath, actorsShown);
      actors =
          text.problem() != null
              ? new DatasetActors(List.of(text.problem()))
              : DatasetActors.read(actorsShown, text.text(), categories, countries);
    }
    Path placesPath = seeds.resolve(PLACES_FILE);
    DatasetPlaces places = DatasetPlaces.none();
    if (Files.isRegularFile(placesPath)) {
      String shown = DatasetValidation.shown(placesPath);
      TextFiles.Read text = TextFiles.readCuration(placesPath, shown);
      places =
          text.problem() != null
              ? new DatasetPlaces(List.of(), List.of(text.problem()))
              : DatasetPlaces.read(shown, text.text(), countries);
    }
    return new DatasetVocabulary(actorsShown, actors, places, countries, categories);
  }

  /** What is wrong in the two files (errors), actors.yaml first. */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>(actors.problems());
    all.addAll(places.problems());
    return all;
  }

  public boolean ok() {
    return problems().stream().noneMatch(Problem::isError);
  }

  /**
   * The actor names {@code validate} accepts: the shipped dictionary's and the dataset's names, and
   * the generic templates filled with any country name the suggester knows. When actors.yaml is
   * broken, no check is made (its errors are reported instead).
   */
  public KnownActors knownActors() {
    if (!actors.problems().isEmpty()) {
      return KnownActors.none();
    }
    ActorDictionary dictionary = ActorDictionary.load(categories).withDataset(actors);
    Set<String> names = new TreeSet<>();
    Map<String, String> aliases = new HashMap<>();
    for (Actor a : dictionary.actors()) {
      names.add(a.name());
      a.aliases().forEach(alias -> aliases.putIfAbsent(alias, a.name()));
    }
    Set<String> templates = new TreeSet<>();
    dictionary.generics().forEach(g -> templates.add(g.template()));
    Set<String> countryNames = new TreeSet<>();
    for (Country c : countries.all()) {
      countryNames.add(c.localName());
      countryNames.add(c.name());
    }
    return new KnownActors(names, templates, countryNames, aliases, actorsFile);
  }

  /** An actor a curator can pick, with its categories over time (dates ISO, null when open). */
  public record ActorChoice(String name, List<String[]> roles) {}

  /** The named actors of the shipped dictionary and the dataset's list, by name. */
  public List<ActorChoice> actorChoices() {
    if (!actors.problems().isEmpty()) {
      return List.of();
    }
    List<ActorChoice> out = new java.util.ArrayList<>();
    for (Actor a : ActorDictionary.load(categories).withDataset(actors).actors()) {
      List<String[]> roles = new java.util.ArrayList<>();
      for (Actor.Role r : a.roles()) {
        roles.add(
            new String[] {
              r.category(),
              r.from() == null ? null : r.from().toString(),
              r.until() == null ? null : r.until().toString()
            });
      }
      out.add(new ActorChoice(a.name(), roles));
    }
    out.sort(java.util.Comparator.comparing(ActorChoice::name));
    return out;
  }

  /** The suggester's resources with this dataset's actors and places merged in. */
  public SuggestResources merge(SuggestResources shipped) {
    return shipped.withDataset(actors, places);
  }

  /** The place list's path as shown in messages. */
  public String placesFile() {
    return actorsFile.substring(0, actorsFile.length() - ACTORS_FILE.length()) + PLACES_FILE;
  }

  /**
   * What {@code place NAME} says when nothing matched: the closest names known, and how to add the
   * place to the dataset's list.
   */
  public String notFound(String name, Country country, PlaceLookup.Result result) {
    StringBuilder s =
        new StringBuilder("no place named '")
            .append(name)
            .append("'")
            .append(country == null ? "" : " in " + country.name())
            .append(" in the gazetteer or ")
            .append(placesFile());
    if (!result.closest().isEmpty()) {
      s.append("; did you mean ").append(String.join(", ", result.closest())).append("?");
    }
    return s.append("\nIf it is a village or site the gazetteer lacks, add it to ")
        .append(placesFile())
        .append(" (see docs/vocabularies.md):\n")
        .append("places:\n")
        .append("  - name: ")
        .append(org.eventline.curation.EventYaml.quoted(name))
        .append("\n    admin1: ...\n    country: ...\n    iso3: ...\n")
        .append("    latitude: ...\n    longitude: ...")
        .toString();
  }

  /** A place lookup over the shipped gazetteer (loaded here: seconds) and the dataset's places. */
  public PlaceLookup placeLookup() {
    return new PlaceLookup(Gazetteer.load().withPlaces(places.places()), countries);
  }
}
