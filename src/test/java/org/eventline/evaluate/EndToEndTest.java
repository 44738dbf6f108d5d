package org.eventline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eventline.curation.Event;
import org.eventline.suggest.SharedResources;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;

/** The end-to-end arithmetic on hand-built gold events and suggestions. */
class EndToEndTest {

  private final Scorer scorer = new Scorer(new ActorNames(SharedResources.resources().actors()));

  /** A suggestion from a headline: 10 August 2021 (or the span given), Helmand, 3 killed. */
  private static Event suggestion(String from, String to, Integer killed) {
    return SampleEvents.event("s")
        .eventDate(LocalDate.parse(from))
        .eventDateEnd(LocalDate.parse(to))
        .admin1("Helmand")
        .fatalities(killed)
        .status(Event.SUGGESTED)
        .curator(null)
        .build();
  }

  /** A gold event of a whole headline: 10 August 2021 in Helmand, Battles. */
  private static GoldEvent gold(Integer killed, String admin1) {
    return gold(-1, -1, killed, admin1);
  }

  private static GoldEvent gold(int start, int end, Integer killed, String admin1) {
    LocalDate day = LocalDate.of(2021, 8, 10);
    return new GoldEvent(
        "t",
        start,
        end,
        day,
        day,
        "day",
        "AFG",
        admin1,
        null,
        null,
        null,
        false,
        killed,
        null,
        null,
        true,
        Set.of("Battles"));
  }

  private EndToEnd of(List<List<Event>> suggestions, List<GoldEvent> golds) {
    EndToEnd e2e = new EndToEnd();
    for (int i = 0; i < golds.size(); i++) {
      e2e.add(scorer.match(suggestions.get(i), List.of(golds.get(i))));
    }
    return e2e;
  }

  @Test
  void aTextWithNoSuggestionIsWrongOnEveryField() {
    EndToEnd e2e =
        of(
            List.of(List.of(suggestion("2021-08-10", "2021-08-10", 3)), List.of()),
            List.of(gold(3, "Helmand province"), gold(3, "Helmand province")));
    assertEquals(new Share(1, 2), e2e.get(Measure.WITH_SUGGESTION));
    assertEquals(new Share(1, 2), e2e.get(Measure.EVENT_DATE));
    assertEquals(new Share(1, 2), e2e.get(Measure.COUNTRY));
    assertEquals(new Share(1, 2), e2e.get(Measure.ADMIN1));
    assertEquals(new Share(1, 2), e2e.get(Measure.FATALITIES));
    assertEquals(new Share(1, 2), e2e.get(Measure.EVENT_TYPE));
    assertEquals(new Share(1, 2), e2e.get(Measure.EVENTS_FOUND));
    assertEquals(new Share(1, 1), e2e.get(Measure.REAL_DISTINCT));
    assertEquals("0.500", e2e.get(Measure.COUNTRY).value().toPlainString());
  }

  @Test
  void aSpanOfEightDaysIsWrongOneOfSevenHoldingTheDayIsRight() {
    GoldEvent g = gold(3, "Helmand");
    assertTrue(EndToEnd.dateRight(suggestion("2021-08-04", "2021-08-10", 3), g), "7 days");
    assertFalse(EndToEnd.dateRight(suggestion("2021-08-03", "2021-08-10", 3), g), "8 days");
    assertFalse(EndToEnd.dateRight(suggestion("2021-08-11", "2021-08-12", 3), g), "after it");
    assertTrue(EndToEnd.dateRight(suggestion("2021-08-10", "2021-08-10", 3), g), "the day");
    EndToEnd e2e =
        of(
            List.of(
                List.of(suggestion("2021-08-03", "2021-08-10", 3)),
                List.of(suggestion("2021-08-04", "2021-08-10", 3))),
            List.of(g, g));
    assertEquals(new Share(1, 2), e2e.get(Measure.EVENT_DATE));
    assertEquals(new Share(2, 2), e2e.get(Measure.COUNTRY), "the pair is made all the same");
  }

  @Test
  void aSuggestedDayInsideAGoldSpanIsRight() {
    GoldEvent span = goldSpan(LocalDate.of(2021, 8, 9), LocalDate.of(2021, 8, 11), "week");
    assertTrue(EndToEnd.dateRight(suggestion("2021-08-11", "2021-08-11", 3), span));
    assertTrue(EndToEnd.dateRight(suggestion("2021-08-05", "2021-08-09", 3), span));
    assertFalse(EndToEnd.dateRight(suggestion("2021-08-02", "2021-08-08", 3), span));
  }

  @Test
  void aMonthCodedToTheMonthIsRightAndNoWiderOrOutsideSpan() {
    GoldEvent month = goldSpan(LocalDate.of(2018, 8, 1), LocalDate.of(2018, 8, 31), "month");
    assertTrue(EndToEnd.dateRight(suggestion("2018-08-01", "2018-08-31", 3), month), "the month");
    assertTrue(EndToEnd.dateRight(suggestion("2018-08-10", "2018-08-20", 3), month), "inside");
    assertFalse(
        EndToEnd.dateRight(suggestion("2018-07-25", "2018-08-31", 3), month), "wider than it");
    assertFalse(EndToEnd.dateRight(suggestion("2018-07-01", "2018-08-31", 3), month), "two months");
    assertTrue(EndToEnd.dateRight(suggestion("2018-07-28", "2018-08-03", 3), month), "a week");
  }

  @Test
  void deathsCountOnlyWhereTheGoldTollIsAboveZero() {
    EndToEnd e2e =
        of(
            List.of(
                List.of(suggestion("2021-08-10", "2021-08-10", 0)),
                List.of(suggestion("2021-08-10", "2021-08-10", 2)),
                List.of(suggestion("2021-08-10", "2021-08-10", 4)),
                List.of(suggestion("2021-08-10", "2021-08-10", 4)),
                List.of()),
            List.of(
                gold(0, "Helmand"),
                gold(null, "Helmand"),
                gold(4, "Helmand"),
                gold(5, "Helmand"),
                gold(2, "Helmand")));
    assertEquals(new Share(1, 3), e2e.get(Measure.FATALITIES), "4 of 4; not 4 for 5; none for 2");
    assertEquals(new Share(4, 5), e2e.get(Measure.WITH_SUGGESTION));
  }

  @Test
  void fieldsTheGoldDoesNotGiveAreNotCounted() {
    EndToEnd e2e =
        of(List.of(List.of(suggestion("2021-08-10", "2021-08-10", 3))), List.of(gold(3, null)));
    assertEquals(new Share(0, 0), e2e.get(Measure.ADMIN1));
    assertEquals("-", e2e.get(Measure.ADMIN1).format());
    assertEquals(new Share(1, 1), e2e.get(Measure.COUNTRY));
  }

  @Test
  void onAWholeArticleARetellingIsNotADistinctEvent() {
    EndToEnd e2e = new EndToEnd();
    Event first = quoted(suggestion("2021-08-10", "2021-08-10", 3), 0, 40);
    Event retelling = quoted(suggestion("2021-08-10", "2021-08-10", 3), 10, 30);
    Event other = quoted(suggestion("2021-08-10", "2021-08-10", 3), 200, 240);
    e2e.add(
        scorer.match(
            List.of(first, retelling, other),
            List.of(gold(0, 50, 3, "Helmand"), gold(300, 340, 1, "Helmand"))));
    assertEquals(new Share(1, 2), e2e.get(Measure.EVENTS_FOUND));
    assertEquals(new Share(1, 3), e2e.get(Measure.REAL_DISTINCT));
    assertEquals(new Share(1, 1), e2e.get(Measure.WITH_SUGGESTION), "one article");
    assertEquals(new Share(1, 2), e2e.get(Measure.COUNTRY), "per gold event");
  }

  private static Event quoted(Event e, int start, int end) {
    return e.toBuilder().quoteStart(start).quoteEnd(end).build();
  }

  @Test
  void addingUpAddsCounts() {
    EndToEnd a =
        of(List.of(List.of(suggestion("2021-08-10", "2021-08-10", 3))), List.of(gold(3, null)));
    EndToEnd b = of(List.of(List.<Event>of()), List.of(gold(3, null)));
    a.addAll(b);
    assertEquals(new Share(1, 2), a.get(Measure.FATALITIES));
    assertEquals("0.500 (1/2)", a.get(Measure.FATALITIES).format());
  }

  @Test
  void aSuggestionThatLeavesFieldsEmptyIsWrongOnThemAndClaimsNothing() {
    Event empty =
        Event.builder("s")
            .status(Event.SUGGESTED)
            .sourceQuote("q")
            .quoteStart(0)
            .quoteEnd(1)
            .build();
    Matching m = scorer.match(List.of(empty), List.of(gold(3, "Helmand")));
    EndToEnd e2e = new EndToEnd();
    e2e.add(m);
    assertEquals(new Share(1, 1), e2e.get(Measure.WITH_SUGGESTION));
    assertEquals(new Share(0, 1), e2e.get(Measure.EVENT_DATE));
    assertEquals(new Share(0, 1), e2e.get(Measure.COUNTRY));
    assertEquals(new Share(0, 1), e2e.get(Measure.EVENT_TYPE));
    Scorecard card = new Scorecard();
    scorer.score(m, card);
    assertEquals(new Count(0, 1, 0), card.get(Field.COUNTRY));
    assertEquals(new Count(0, 1, 0), card.get(Field.EVENT_DATE));
    assertEquals(new Count(0, 1, 0), card.get(Field.EVENT_TYPE));
  }

  /** A gold event that gives only a date span (no quote, place, toll or type). */
  private static GoldEvent goldSpan(LocalDate from, LocalDate to, String precision) {
    return new GoldEvent(
        "t", -1, -1, from, to, precision, "AFG", null, null, null, null, false, null, null, null,
        true, Set.of());
  }
}
