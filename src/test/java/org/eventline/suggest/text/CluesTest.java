package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CluesTest {

  /** Words the rules ask about, with spaces, and short ones. */
  private static final List<String> WORDS =
      List.of(
          "yesterday",
          "today",
          "tonight",
          "this ",
          " of ",
          "no ",
          " ago",
          "less than",
          "week",
          "left",
          "leav",
          "toll",
          "hour",
          "day",
          "he ",
          "a",
          "of",
          "killed",
          "ıs",
          "é",
          "’s");

  @Test
  void hasWhatContainsFinds() throws IOException {
    Random random = new Random(5);
    for (String sentence : org.eventline.testing.Fixtures.shippedSentences()) {
      Clues clues = new Clues(sentence);
      String lower = lower(sentence);
      for (String w : WORDS) {
        assertEquals(lower.contains(w), clues.has(w), () -> w + " in " + sentence);
      }
      for (int k = 0; k < 5 && lower.length() > 1; k++) {
        int from = random.nextInt(lower.length() - 1);
        String piece =
            lower.substring(from, Math.min(lower.length(), from + 2 + random.nextInt(8)));
        assertEquals(true, clues.has(piece), () -> piece + " in " + sentence);
        String changed = piece.substring(0, piece.length() - 1) + "q";
        assertEquals(
            lower.contains(changed), clues.has(changed), () -> changed + " in " + sentence);
      }
    }
  }

  @Test
  void hasAnyOfSeveralWords() {
    Clues clues = new Clues("Three people were killed Yesterday in Kabul.");
    assertEquals(true, clues.has("tonight", "yesterday"));
    assertEquals(false, clues.has("tonight", "week"));
  }

  private static String lower(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
