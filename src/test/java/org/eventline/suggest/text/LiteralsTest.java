package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  private static final List<String> WORDS =
      List.of("he", "she", "his", "hers", "kill", "killed", "air strike", "ı", "né", "k");

  @Test
  void findsWhatContainsFinds() {
    Literals literals = Literals.of(WORDS);
    Random random = new Random(7);
    String alphabet = "heisrkldHEISRKLD ıİNnéÉ\u212A.";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(naive(text.toString()), literals.find(text), text::toString);
    }
  }

  @Test
  void findsWordsIgnoringCase() {
    BitSet found = Literals.of(WORDS).find("Ushers KILLED in an Air Strike");
    assertEquals("{0, 1, 3, 4, 5, 6, 9}", found.toString());
  }

  /** What the automaton should find: each literal in the text lower-cased char by char. */
  private static BitSet naive(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    String lower = new String(chars);
    BitSet out = new BitSet();
    for (int i = 0; i < WORDS.size(); i++) {
      if (lower.contains(WORDS.get(i).toLowerCase(Locale.ROOT))) {
        out.set(i);
      }
    }
    return out;
  }
}
