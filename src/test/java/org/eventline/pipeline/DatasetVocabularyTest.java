package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventline.Problem;
import org.eventline.suggest.SharedResources;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A curator adds an actor or a village once, in the seeds folder, and every tool knows it. */
class DatasetVocabularyTest {

  @TempDir Path seeds;

  static final String VILLAGE =
      "places:\n"
          + "  - name: Zarghun Kalay\n"
          + "    aliases: [Zarghoon Kalay]\n"
          + "    admin1: Helmand\n"
          + "    admin2: Nad Ali\n"
          + "    country: Afghanistan\n"
          + "    iso3: AFG\n"
          + "    latitude: 31.6012\n"
          + "    longitude: 64.1234\n";

  @Test
  void suggestFindsAVillageListedOnlyInPlacesYaml() throws IOException {
    Files.writeString(seeds.resolve("places.yaml"), VILLAGE);
    DatasetVocabulary vocabulary = DatasetVocabulary.read(seeds, SharedResources.schema());
    assertEquals(List.of(), vocabulary.problems());
    var article =
        SharedResources.article(
            "2021-08-10",
            "Taliban fighters attacked a police checkpoint in Zarghoon Kalay in Helmand Province"
                + " on Monday, killing three policemen, officials said.");
    List<Suggestion> without = SharedResources.suggester().suggest(article);
    assertTrue(
        without.stream().noneMatch(s -> "Zarghun Kalay".equals(s.event().location())),
        "the gazetteer alone does not know the village");
    List<Suggestion> with =
        new Suggester(vocabulary.merge(SharedResources.resources())).suggest(article);
    assertTrue(
        with.stream()
            .anyMatch(
                s ->
                    "Zarghun Kalay".equals(s.event().location())
                        && "Helmand".equals(s.event().admin1())
                        && "Nad Ali".equals(s.event().admin2())
                        && "AFG".equals(s.event().iso3())
                        && s.event().latitude().toPlainString().equals("31.6012")),
        with.toString());
  }

  @Test
  void validateAcceptsAnActorListedOnlyInActorsYaml() throws IOException {
    Files.writeString(
        seeds.resolve("actors.yaml"),
        "actors:\n  - name: Helmand Tribal Militia\n    roles: [{category: Identity militias}]\n");
    var known = DatasetVocabulary.read(seeds, SharedResources.schema()).knownActors();
    assertTrue(known.knows("Helmand Tribal Militia"));
    assertTrue(known.knows("Taliban"), "the shipped dictionary still counts");
    assertTrue(known.knows("Civilians (Afghanistan)"), "generic templates with a country");
    assertTrue(known.knows("Protesters (Hong Kong)"));
    assertEquals(
        java.util.Optional.of("Helmand Tribal Militia"), known.closest("Helmand Tribal Milita"));
  }

  @Test
  void theListsAreNeitherArticlesNorCurationFiles() throws IOException {
    Files.writeString(seeds.resolve("places.yaml"), VILLAGE);
    Files.writeString(seeds.resolve("actors.yaml"), "actors: []\n");
    Corpus corpus = Corpus.scan(seeds);
    assertEquals(List.of(), corpus.articleIds());
    assertEquals(List.of(), corpus.curationIds());
  }

  @Test
  void aBrokenListIsReportedAtItsLineAndColumn() throws IOException {
    Files.writeString(seeds.resolve("actors.yaml"), "actors:\n  - name: [x\n");
    Files.writeString(seeds.resolve("places.yaml"), "places: Kabul\n");
    List<String> problems =
        DatasetVocabulary.read(seeds, SharedResources.schema()).problems().stream()
            .map(Problem::format)
            .map(p -> p.replace(seeds.toString().replace('\\', '/') + "/", ""))
            .toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("actors.yaml:"), problems.get(0));
    assertEquals(
        "places.yaml:1:9: error: 'places:' must be a list of places, each starting with '- name:'",
        problems.get(1));
  }
}
