package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextScanTest {

  @Test
  void endsWithAWordBeforeWhiteSpace() {
    assertTrue(TextScan.endsWithAny("three police officers and ", "and"));
    assertTrue(TextScan.endsWithAny("the University of the\n", "of", "the"));
    assertTrue(TextScan.endsWithAny("soldiers AND\u2028", "and"));
    assertFalse(TextScan.endsWithAny("three police officers and two", "and"));
    assertFalse(TextScan.endsWithAny("an", "and"));
  }

  /**
   * Wherever an expression ending in a word, white space and {@code $} matches, the text ends with
   * the word: the test is a necessary condition for the expressions it guards.
   */
  @Test
  void holdsWhereverTheExpressionsEndMatch() {
    List<String> pieces =
        List.of(
            "and", "AND", "also", "of", "the", "x", ",", " ", "  ", "\n", "\r\n", "\t", "\u0085",
            "\u2028", "\u2029", "\u000B", "\u00A0");
    Pattern andAlso = Pattern.compile("\\s+and\\s+(?:also\\s+)?$", Pattern.CASE_INSENSITIVE);
    Pattern ofThe = Pattern.compile("\\s+of\\s+(?:the\\s+)?$");
    int matched = 0;
    for (String t : org.eventline.testing.RandomTexts.of(3, pieces, 7, 50_000)) {
      if (andAlso.matcher(t).find()) {
        matched++;
        assertTrue(TextScan.endsWithAny(t, "and", "also"), t);
      }
      if (ofThe.matcher(t).find()) {
        matched++;
        assertTrue(TextScan.endsWithAny(t, "of", "the"), t);
      }
    }
    assertTrue(matched > 500, "too few matches to say anything: " + matched);
  }
}
