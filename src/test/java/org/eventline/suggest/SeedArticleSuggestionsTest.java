package org.eventline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.curation.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance test: the events a curator would code in the shipped seed article. */
class SeedArticleSuggestionsTest {

  static final String SEED = "000_26d17594a1416e60";
  static Article article;
  static List<Event> events;

  @BeforeAll
  static void suggest() {
    article = SharedResources.seedArticle(SEED);
    events = SharedResources.suggester().suggest(article).stream().map(Suggestion::event).toList();
  }

  private static List<Event> from(String quoteStartsWith) {
    return events.stream().filter(e -> e.sourceQuote().startsWith(quoteStartsWith)).toList();
  }

  @Test
  void yesterdayIsTheTenthOfAugust() {
    Event message = single(from("Meanwhile, the Taliban military chief yesterday"));
    assertEquals("yesterday", message.datePhrase());
    assertEquals(LocalDate.of(2021, 8, 10), message.eventDate());
    assertEquals(LocalDate.of(2021, 8, 10), message.eventDateEnd());
    assertEquals("day", message.datePrecision());
    assertEquals("Strategic developments", message.eventType());
    assertEquals("Change to group/activity", message.subEventType());
    assertEquals("Taliban", message.actor1());
    assertEquals("Rebel groups", message.actor1Category());
  }

  @Test
  void lashkarGahIsInHelmandAfghanistan() {
    Event lashkarGah =
        single(events.stream().filter(e -> e.location().equals("Lashkar Gah")).toList());
    assertEquals("Helmand", lashkarGah.admin1());
    assertEquals("Afghanistan", lashkarGah.country());
    assertEquals("AFG", lashkarGah.iso3());
    assertEquals(1, lashkarGah.geoPrecision());
    assertEquals(new BigDecimal("31.5938"), lashkarGah.latitude());
    assertEquals(new BigDecimal("64.3716"), lashkarGah.longitude());
    assertEquals("Battles", lashkarGah.eventType());
    assertEquals("Taliban", lashkarGah.actor1());
    assertTrue(lashkarGah.sourceQuote().startsWith("They are now battling"));
  }

  @Test
  void kandaharIsASecondEventFromTheSameSentence() {
    Event kandahar = single(events.stream().filter(e -> e.location().equals("Kandahar")).toList());
    assertEquals("Kandahar", kandahar.admin1());
    assertEquals("AFG", kandahar.iso3());
    assertEquals("Battles", kandahar.eventType());
  }

  @Test
  void capitalsCapturedGiveNoCasualtyCount() {
    Event captured =
        single(from("The insurgents have captured five out of 34 provincial capitals"));
    assertEquals("Non-state actor overtakes territory", captured.subEventType());
    assertEquals("Taliban", captured.actor1(), "'the insurgents' refers back to the Taliban");
    assertNull(captured.fatalities());
    assertNull(captured.fatalitiesLow());
    assertNull(captured.injured());
    assertNull(captured.casualtyPhrase());
    assertEquals("in less than a week", captured.datePhrase());
    assertEquals(LocalDate.of(2021, 8, 5), captured.eventDate());
    assertEquals("Afghanistan", captured.location());
    assertEquals(3, captured.geoPrecision());
    for (Event e : events) {
      if (e.sourceQuote().contains("five out of 34")) {
        assertNull(e.fatalities(), e.id());
      }
    }
  }

  @Test
  void everySuggestionQuotesTheArticleExactly() {
    for (Suggestion s : SharedResources.suggester().suggest(article)) {
      Event e = s.event();
      String text = article.text();
      int start = text.offsetByCodePoints(0, e.quoteStart());
      int end = text.offsetByCodePoints(0, e.quoteEnd());
      assertEquals(e.sourceQuote(), text.substring(start, end), e.id());
      assertEquals("suggested", e.status());
      double confidence = s.trace().confidence().doubleValue();
      assertTrue(confidence > 0 && confidence <= 1, e.id());
      String reasons = s.trace().reasons();
      assertTrue(reasons.contains("Type: ") && reasons.contains("Place: "), reasons);
      assertNull(e.notes(), "the curator's notes stay empty: " + e.id());
      assertEquals(e.id(), s.trace().id());
      assertEquals(e.quoteStart(), s.trace().quoteStart());
      assertEquals(e.eventType(), s.trace().proposed().get("event_type"));
      assertTrue(e.id().matches("s-[0-9a-f]{10}"), e.id());
    }
  }

  @Test
  void sameArticleSameSuggestions() {
    List<Event> again =
        SharedResources.suggester().suggest(article).stream().map(Suggestion::event).toList();
    assertEquals(events, again);
  }

  private static Event single(List<Event> list) {
    assertEquals(1, list.size(), () -> "expected one suggestion, found " + list);
    return list.get(0);
  }
}
