package org.eventline.suggest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnaphoricDatesTest {

  private static final LocalDate PUBLISHED = LocalDate.parse("2019-03-20");
  private static final DateMention FRIDAY =
      new DateMention(
          0,
          9,
          "on Friday",
          LocalDate.parse("2019-03-15"),
          LocalDate.parse("2019-03-15"),
          "day",
          "weekday");

  private static LocalDate day(String sentence) {
    return AnaphoricDates.find(sentence, FRIDAY, PUBLISHED).orElseThrow().from();
  }

  @Test
  void aPhraseThatPointsBackIsCountedFromTheLastDay() {
    assertEquals(LocalDate.parse("2019-03-15"), day("A second attack took place on the same day."));
    assertEquals(LocalDate.parse("2019-03-15"), day("Later that night police arrested a man."));
    assertEquals(LocalDate.parse("2019-03-16"), day("The next day, protesters marched."));
    assertEquals(LocalDate.parse("2019-03-14"), day("A warning had come the day before."));
    assertEquals(LocalDate.parse("2019-03-18"), day("Three days later the suspect appeared."));
    assertEquals(LocalDate.parse("2019-03-13"), day("Two days earlier a bomb was found."));
    DateMention m =
        AnaphoricDates.find("It happened on the same day.", FRIDAY, PUBLISHED).orElseThrow();
    assertEquals("on the same day", m.phrase());
    assertTrue(m.rule().contains("counted from 'on Friday' (2019-03-15)"), m.rule());
  }

  @Test
  void nothingWithoutASingleDayBeforeOrAfterPublication() {
    assertTrue(AnaphoricDates.find("On the same day, ...", null, PUBLISHED).isEmpty());
    DateMention week =
        new DateMention(
            0,
            9,
            "last week",
            LocalDate.parse("2019-03-11"),
            LocalDate.parse("2019-03-17"),
            "week",
            "week");
    assertTrue(AnaphoricDates.find("On the same day, ...", week, PUBLISHED).isEmpty());
    assertTrue(
        AnaphoricDates.find("Ten days later it ended.", FRIDAY, PUBLISHED).isEmpty(),
        "a day after publication is not read");
    assertTrue(AnaphoricDates.find("Police said so.", FRIDAY, PUBLISHED).isEmpty());
    assertTrue(
        AnaphoricDates.find("Gunmen killed six the day before the elections.", FRIDAY, PUBLISHED)
            .isEmpty(),
        "a noun phrase after it says what it counts from");
    assertTrue(
        AnaphoricDates.find("Two days after the attack, police arrived.", FRIDAY, PUBLISHED)
            .isEmpty());
  }

  @Test
  void hoursBeforeOrAfterTheAttackAreItsDayOrTheOneBeforeOrAfter() {
    String before = "A protest had taken place a few hours before the attack.";
    DateMention d =
        AnaphoricDates.hoursFromTheEvent(before, FRIDAY.from(), FRIDAY.phrase(), PUBLISHED)
            .orElseThrow();
    assertEquals(LocalDate.parse("2019-03-14"), d.from());
    assertEquals(LocalDate.parse("2019-03-15"), d.to());
    String after = "Police arrested him hours after the shooting.";
    DateMention a =
        AnaphoricDates.hoursFromTheEvent(after, FRIDAY.from(), FRIDAY.phrase(), PUBLISHED)
            .orElseThrow();
    assertEquals(LocalDate.parse("2019-03-16"), a.to());
    String other = "Talks lasted two hours before the vote.";
    assertTrue(
        AnaphoricDates.hoursFromTheEvent(other, FRIDAY.from(), FRIDAY.phrase(), PUBLISHED)
            .isEmpty());
  }
}
