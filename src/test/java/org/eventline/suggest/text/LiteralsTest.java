package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  private static final List<String> WORDS =
      List.of("he", "she", "his", "hers", "kill", "killed", "air strike", "ı", "né", "k");

  @Test
  void findsWhatContainsFinds() {
    Literals literals = Literals.of(WORDS);
    String alphabet = "heisrkldHEISRKLD ıİNnéÉ\u212A.";
    for (String text : org.eventline.testing.RandomTexts.of(7, alphabet, 30, 2_000)) {
      assertEquals(
          Arrays.deepToString(naive(text)), Arrays.deepToString(literals.starts(text)), text);
    }
  }

  /**
   * The compact table of moves (a class per ASCII character the literals hold, one shared class for
   * the rest) finds what the naive search finds in real sentences, digits, punctuation and letters
   * no literal holds included.
   */
  @Test
  void findsWhatContainsFindsInShippedSentences() throws java.io.IOException {
    Literals literals = Literals.of(WORDS);
    for (String sentence : org.eventline.testing.Fixtures.shippedSentences()) {
      assertEquals(
          Arrays.deepToString(naive(sentence)),
          Arrays.deepToString(literals.starts(sentence)),
          sentence);
      assertEquals(
          Arrays.stream(naive(sentence)).anyMatch(a -> a != null),
          literals.occursIn(sentence),
          sentence);
    }
  }

  @Test
  void findsWordsIgnoringCase() {
    int[][] starts = Literals.of(WORDS).starts("Ushers KILLED in an Air Strike");
    BitSet found = new BitSet();
    IntStream.range(0, starts.length).filter(k -> starts[k] != null).forEach(found::set);
    assertEquals("{0, 1, 3, 4, 5, 6, 9}", found.toString());
  }

  /**
   * What the automaton should find: the start of every occurrence of each literal in the text
   * lower-cased char by char (null for a literal that does not occur).
   */
  private static int[][] naive(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    String lower = new String(chars);
    int[][] out = new int[WORDS.size()][];
    for (int i = 0; i < WORDS.size(); i++) {
      String word = WORDS.get(i).toLowerCase(Locale.ROOT);
      int[] at =
          IntStream.range(0, lower.length()).filter(k -> lower.startsWith(word, k)).toArray();
      out[i] = at.length == 0 ? null : at;
    }
    return out;
  }
}
