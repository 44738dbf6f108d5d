package org.eventline.suggest.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.eventline.suggest.SharedResources;
import org.eventline.suggest.places.PlaceFinder;
import org.eventline.suggest.places.PlaceMention;
import org.eventline.suggest.text.SentenceTokens;
import org.junit.jupiter.api.Test;

class ActorFinderTest {

  private static final ActorFinder FINDER =
      new ActorFinder(
          SharedResources.resources().actors(), SharedResources.resources().countries());

  /**
   * {@link ActorFinder#namedHomes} gives the homes of the named actors that the full reading gives
   * with no country and nothing named before, on every sentence of the shipped articles, the
   * fixtures and the coder reports, on two dates (an actor's category, and so which actor an alias
   * names, changes).
   */
  @Test
  void namedHomesAreTheHomesOfTheNamedActorsTheFullReadingFinds() throws Exception {
    PlaceFinder places = SharedResources.suggester().placeFinder();
    int sentences = 0;
    int homes = 0;
    for (String s : org.eventline.testing.Fixtures.shippedSentences()) {
      SentenceTokens words = new SentenceTokens(s);
      List<PlaceMention> found = places.find(places.names(words), List.of());
      for (LocalDate date : List.of(LocalDate.of(2014, 6, 1), LocalDate.of(2024, 5, 10))) {
        List<String> expected =
            FINDER.find(new SentenceTokens(s), found, null, date, List.of()).stream()
                .filter(a -> a.home() != null && a.kind() == ActorMention.Kind.NAMED)
                .map(ActorMention::home)
                .toList();
        assertEquals(expected, FINDER.namedHomes(words, found, date), s);
        homes += expected.size();
      }
      sentences++;
    }
    int read = sentences;
    int named = homes;
    assertTrue(read > 1_500 && named > 5_000, () -> read + " sentences, " + named + " homes");
  }

  @Test
  void anAliasWhoseFirstWordHoldsAHyphenIsFound() {
    String sentence = "A U.S.-led coalition airstrike killed five fighters in Hajin, Syria.";
    PlaceFinder places = SharedResources.suggester().placeFinder();
    List<ActorMention> found =
        new ActorFinder(SharedResources.resources().actors(), places.countries())
            .find(
                sentence,
                places.find(sentence, List.of("SY")),
                null,
                java.time.LocalDate.of(2019, 10, 15),
                List.of());
    assertTrue(
        found.stream().anyMatch(m -> m.phrase().equals("U.S.-led coalition")), found.toString());
  }
}
