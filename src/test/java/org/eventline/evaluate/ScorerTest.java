package org.eventline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eventline.curation.Event;
import org.eventline.suggest.SharedResources;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private final Scorer scorer = new Scorer(new ActorNames(SharedResources.resources().actors()));

  private static Event suggested(
      int start,
      int end,
      String location,
      String lat,
      String lon,
      String actor1,
      String actor2,
      Integer killed) {
    return SampleEvents.event("s-1")
        .actor1(actor1)
        .actor2(actor2)
        .location(location)
        .admin1("Helmand")
        .latitude(new BigDecimal(lat))
        .longitude(new BigDecimal(lon))
        .fatalities(killed)
        .articleId(null)
        .articleDate(null)
        .sourceQuote("q")
        .quoteStart(start)
        .quoteEnd(end)
        .status(Event.SUGGESTED)
        .curator(null)
        .build();
  }

  private static GoldEvent gold(int start, int end, boolean unordered) {
    return new GoldEvent(
        "t",
        start,
        end,
        LocalDate.of(2021, 8, 9),
        LocalDate.of(2021, 8, 11),
        "week",
        "AFG",
        "Helmand province",
        "Lashkar Gah town",
        31.60,
        64.37,
        true,
        3,
        "Government of Afghanistan",
        "Taleban",
        unordered,
        Set.of("Battles"));
  }

  @Test
  void aPairIsScoredFieldByField() {
    Scorecard card = new Scorecard();
    scorer.score(
        List.of(
            suggested(
                10,
                50,
                "Lashkar Gah",
                "31.5938",
                "64.3716",
                "Taliban",
                "Military Forces of Afghanistan (2004-2021)",
                3)),
        List.of(gold(0, 40, true)),
        card);
    assertEquals(new Count(1, 1, 1), card.get(Field.EVENT));
    assertEquals(new Count(1, 1, 1), card.get(Field.EVENT_DATE), "a day inside the gold span");
    assertEquals(new Count(1, 1, 0), card.get(Field.DATE_PRECISION));
    assertEquals(new Count(1, 1, 1), card.get(Field.ADMIN1));
    assertEquals(new Count(1, 1, 1), card.get(Field.LOCATION));
    assertEquals(new Count(1, 1, 1), card.get(Field.COORDINATES), "within 25 km");
    assertEquals(new Count(1, 1, 1), card.get(Field.FATALITIES));
    assertEquals(new Count(1, 1, 1), card.get(Field.ACTOR1), "unordered gold actors swap");
    assertEquals(new Count(1, 1, 1), card.get(Field.ACTOR2));
  }

  @Test
  void quotesThatDoNotOverlapDoNotPair() {
    Scorecard card = new Scorecard();
    scorer.score(
        List.of(suggested(100, 150, "Lashkar Gah", "35.0", "64.3716", "Taliban", null, null)),
        List.of(gold(0, 40, false)),
        card);
    assertEquals(new Count(1, 1, 0), card.get(Field.EVENT));
    assertEquals(new BigDecimal("0.000"), card.get(Field.EVENT).precision());
    assertEquals(
        new Count(1, 1, 0), card.get(Field.COORDINATES), "a wrong precise claim, a missed place");
  }

  @Test
  void ofTwoSuggestionsAtUnnamedVillagesTheOneInTheGoldsUnitPairs() {
    Event elsewhere =
        SampleEvents.event("s-1")
            .location("Kandahar")
            .admin1("Kandahar")
            .quoteStart(0)
            .quoteEnd(40)
            .build();
    Event there =
        SampleEvents.event("s-2")
            .location("Gereshk")
            .admin1("Helmand")
            .quoteStart(0)
            .quoteEnd(40)
            .build();
    Matching m = scorer.match(List.of(elsewhere, there), List.of(gold(0, 40, false)));
    assertEquals("s-2", m.suggestionFor(0).orElseThrow().id());
  }

  @Test
  void haversine() {
    assertEquals(0.0, Scorer.haversineKm(31.5938, 64.3716, 31.5938, 64.3716), 1e-9);
    assertEquals(111.2, Scorer.haversineKm(0, 0, 1, 0), 0.1);
  }
}
