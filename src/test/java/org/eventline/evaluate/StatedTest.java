package org.eventline.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatedTest {

  private static GoldEvent gold(String admin1, String location, Integer fatalities) {
    return new GoldEvent(
        "t1",
        -1,
        -1,
        LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 3, 1),
        "day",
        "UKR",
        admin1,
        location,
        null,
        null,
        false,
        fatalities,
        null,
        null,
        false,
        Set.of("Battles"));
  }

  @Test
  void aUnitOrPlaceIsNamedWhenItsWordsAreInTheTextSpelledAnyUsualWay() {
    assertTrue(Stated.names(gold("Donetsk oblast", "Horlivka town", null), "Shelling hit Donetsk"));
    assertTrue(Stated.names(gold("Hilmand province", null, null), "Clashes in Helmand kill 4"));
    assertTrue(
        Stated.names(gold("Donetsk oblast", "Horlivka town", null), "Two killed in Horlivka"));
    assertFalse(
        Stated.names(gold("Donetsk oblast", "Horlivka town", null), "Fighting in east Ukraine"));
    assertFalse(Stated.names(gold("Donetsk oblast", null, null), null));
  }

  @Test
  void aTollIsWrittenAsAFigureOrInWords() {
    assertTrue(Stated.writes("Fifteen civilians killed in Donetsk", 15));
    assertTrue(Stated.writes("1,200 killed since June", 1200));
    assertTrue(Stated.writes("Twenty-two dead", 22));
    assertFalse(Stated.writes("Over 20 civilians killed in latest shelling", 7));
    assertFalse(Stated.writes("Death toll rises in Ukraine", 3));
    assertFalse(Stated.writes(null, 3));
  }
}
