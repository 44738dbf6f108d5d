package org.eventline.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eventline.EventlineException;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.suggest.actors.Actor;
import org.eventline.suggest.actors.ActorDictionary;
import org.eventline.suggest.actors.DatasetActors;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.DatasetPlaces;
import org.eventline.suggest.places.Gazetteer;
import org.eventline.suggest.text.Sentences;

/**
 * Everything the suggester reads once and shares: the sentence model, the gazetteer, the country
 * names, the actor dictionary and the event-type rules, checked against the schema's lists.
 */
public record SuggestResources(
    Sentences sentences,
    Gazetteer gazetteer,
    Countries countries,
    ActorDictionary actors,
    EventTypeClassifier classifier,
    List<String> datePrecisions) {

  /**
   * Loads the shipped resources; {@code actorsFile} replaces the shipped dictionary when given. The
   * gazetteer and the shipped actor dictionary, the largest, are read on other threads meanwhile.
   */
  public static SuggestResources load(EventSchema schema, Path actorsFile) throws IOException {
    CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load);
    List<String> categories = enumOf(schema, "actor1_category");
    CompletableFuture<ActorDictionary> actors =
        actorsFile == null
            ? CompletableFuture.supplyAsync(() -> ActorDictionary.load(categories))
            : CompletableFuture.completedFuture(ActorDictionary.load(actorsFile, categories));
    Sentences sentences = Sentences.load();
    Countries countries = Countries.load();
    EventTypeClassifier classifier =
        EventTypeClassifier.load(enumOf(schema, "event_type"), enumOf(schema, "sub_event_type"));
    Gazetteer places = join(gazetteer);
    ActorDictionary dictionary = join(actors);
    checkTerritories(
        dictionary, places, actorsFile == null ? ActorDictionary.RESOURCE : actorsFile.toString());
    return new SuggestResources(
        sentences, places, countries, dictionary, classifier, enumOf(schema, "date_precision"));
  }

  /**
   * Fails naming the file and actor when an actor's territory is not a first-level unit of its
   * country in the gazetteer: a misspelt unit would otherwise be ignored without a word.
   */
  static void checkTerritories(ActorDictionary dictionary, Gazetteer gazetteer, String file) {
    List<String> problems = new ArrayList<>();
    for (Actor a : dictionary.actors()) {
      if (a.territory() != null) {
        DatasetActors.unknownTerritory(gazetteer, a.country(), a.territory())
            .ifPresent(why -> problems.add(file + ": actor '" + a.name() + "': " + why));
      }
    }
    if (!problems.isEmpty()) {
      throw new EventlineException(String.join("\n", problems));
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * These resources with a dataset's own actors and places merged in (dataset entries win on a name
   * clash).
   */
  public SuggestResources withDataset(DatasetActors datasetActors, DatasetPlaces datasetPlaces) {
    return new SuggestResources(
        sentences,
        gazetteer.withPlaces(datasetPlaces.places()),
        countries,
        actors.withDataset(datasetActors),
        classifier,
        datePrecisions);
  }

  /** The allowed values of a field of the schema. */
  public static List<String> enumOf(EventSchema schema, String field) {
    return schema.fields().stream()
        .filter(f -> f.name().equals(field))
        .findFirst()
        .map(FieldSpec::enumValues)
        .orElseThrow(() -> new IllegalStateException("the schema has no field " + field));
  }
}
