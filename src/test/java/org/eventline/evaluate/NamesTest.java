package org.eventline.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the evaluation compares place names: the same place however it is written, no other. */
class NamesTest {

  @Test
  void unitWordsArticlesAndTransliterationsDoNotMatter() {
    assertTrue(Names.agree("Helmand", "Hilmand province"));
    assertTrue(Names.agree("Raqqa", "Ar Raqqah governorate"));
    assertTrue(Names.agree("Maidan Wardak Province", "Wardak"));
  }

  @Test
  void aCompassAdjectiveIsItsDirection() {
    assertTrue(Names.agree("Northern Darfur", "North Darfur state"));
    assertTrue(Names.agree("Southern Kordofan", "South Kordofan"));
    assertFalse(Names.agree("Northern Darfur", "South Darfur state"));
    assertFalse(Names.agree("North Darfur", "Central Darfur"));
    assertTrue(Names.agree("North Kivu", "Nord Kivu province"));
    assertTrue(Names.agree("South Kivu", "Sud-Kivu"));
    assertFalse(Names.agree("North Kivu", "Sud Kivu province"));
  }

  @Test
  void differentPlacesDoNotAgree() {
    assertFalse(Names.agree("Donetsk", "Luhansk oblast"));
    assertFalse(Names.agree(null, "Luhansk oblast"));
  }
}
