package org.eventline.suggest.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.eventline.EventlineException;
import org.eventline.suggest.SharedResources;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.places.Country;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  private final ActorDictionary dictionary = SharedResources.resources().actors();

  @Test
  void theTalibanBecameTheStatesForcesOnTheFifteenthOfAugust2021() {
    assertEquals(
        "Rebel groups",
        dictionary
            .named("Taliban", LocalDate.of(2021, 8, 14))
            .orElseThrow()
            .categoryOn(LocalDate.of(2021, 8, 14))
            .orElseThrow());
    assertEquals(
        "State forces",
        dictionary
            .named("the Taleban", LocalDate.of(2021, 8, 15))
            .orElseThrow()
            .categoryOn(LocalDate.of(2021, 8, 15))
            .orElseThrow());
  }

  @Test
  void aliasesAndDateBoundedNames() {
    assertEquals(
        "Military Forces of Afghanistan (2004-2021)",
        dictionary.named("ANDSF", LocalDate.of(2021, 7, 23)).orElseThrow().name());
    assertEquals(
        "Military Forces of the United States (2017-2021)",
        dictionary.named("US forces", LocalDate.of(2020, 1, 3)).orElseThrow().name());
    assertEquals(
        "Military Forces of the United States (2021-2025)",
        dictionary.named("US forces", LocalDate.of(2022, 1, 3)).orElseThrow().name());
    assertEquals(List.of(), dictionary.named("is"), "a capitals alias matches only in capitals");
    assertEquals("Islamic State (Syria)", dictionary.named("IS").get(0).name());
  }

  @Test
  void everyCategoryIsOneTheSchemaAllows() {
    List<String> allowed = SuggestResources.enumOf(SharedResources.schema(), "actor1_category");
    for (Actor a : dictionary.actors()) {
      a.roles().forEach(r -> assertTrue(allowed.contains(r.category()), a.name()));
    }
  }

  @Test
  void aWrongCategoryIsReportedWithTheActorsName() {
    String message = parseError("actors:\n  - name: X\n    roles: [{category: Bandits}]\n");
    assertTrue(
        message.startsWith(
            "mine.yaml: actor 'X' has category 'Bandits'; expected one of: State forces"),
        message);
  }

  @Test
  void territoriesAreUnitsOfTheActorsCountry() {
    assertEquals("Donetsk", dictionary.byName("DPR: Donetsk People's Republic").get().territory());
    assertEquals("Luhansk", dictionary.byName("LPR: Luhansk People's Republic").get().territory());
    for (Actor a : dictionary.actors()) {
      if (a.territory() != null) {
        assertTrue(
            SharedResources.resources()
                .gazetteer()
                .admin1Unit(a.country(), a.territory())
                .isPresent(),
            a.name());
      }
    }
    assertEquals(
        "mine.yaml: actor 'X': territory 'Donetsk' needs the actor's country",
        parseError(
            "actors:\n  - name: X\n    territory: Donetsk\n"
                + "    roles: [{category: Rebel groups}]\n"));
  }

  /** The message of the error a dictionary file 'mine.yaml' with this text is refused with. */
  private static String parseError(String yaml) {
    return assertThrows(
            EventlineException.class,
            () ->
                ActorDictionary.parse(
                    "mine.yaml",
                    yaml,
                    SuggestResources.enumOf(SharedResources.schema(), "actor1_category")))
        .getMessage();
  }

  @Test
  void insurgentsReferBackAndUnknownOrganisationsAreOffered() {
    ActorFinder finder = new ActorFinder(dictionary, SharedResources.resources().countries());
    Country af = SharedResources.resources().countries().byCode("AF").orElseThrow();
    LocalDate day = LocalDate.of(2021, 8, 10);
    List<ActorMention> before = finder.find("The Taliban advanced.", List.of(), af, day, List.of());
    List<ActorMention> now =
        finder.find(
            "The insurgents and the Hazara Liberation Front clashed with Afghan forces.",
            List.of(),
            af,
            day,
            before);
    assertEquals(
        List.of(
            "Taliban CONTEXT",
            "Hazara Liberation Front UNKNOWN",
            "Military Forces of Afghanistan (2004-2021) NAMED"),
        now.stream().map(m -> m.name() + " " + m.kind()).toList());
  }

  /**
   * The bound {@link ActorDictionary#wordsFrom} takes from the words that follow ({@link
   * ActorDictionary#lastReached}) never cuts off a span that names an actor or a generic word
   * (directly or after a leading "the"), so it changes nothing the finder reads: every such span of
   * words joined by one space or hyphen, in every sentence of the shipped articles, the fixtures
   * and the coder reports, up to 16 words, lies within the words it allows.
   */
  @Test
  void theWordsThatFollowNeverCutOffASpanThatNamesAnActor() throws Exception {
    int spans = 0;
    int longer = 0;
    for (String sentence : org.eventline.testing.Fixtures.shippedSentences()) {
      org.eventline.suggest.text.SentenceTokens words =
          new org.eventline.suggest.text.SentenceTokens(sentence);
      for (int i = 0; i < words.size(); i++) {
        int reached = dictionary.lastReached(words, i);
        for (int last = i; last < Math.min(words.size(), i + 16); last++) {
          if (last > i && !words.gapIs(last, " ") && !words.gapIs(last, "-")) {
            break; // the finder joins words only across one space or one hyphen
          }
          boolean names =
              !dictionary.named(words, i, last).isEmpty()
                  || dictionary.genericByKey(words.key(i, last)).isPresent();
          if (names) {
            spans++;
            longer += last > i ? 1 : 0;
            assertTrue(
                last <= reached,
                "'" + words.phrase(i, last) + "' beyond word " + reached + " in: " + sentence);
          }
        }
      }
    }
    int found = spans;
    int multi = longer;
    assertTrue(found > 5_000 && multi > 1_000, () -> found + " spans, " + multi + " of 2+ words");
  }
}
