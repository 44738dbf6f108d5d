package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SentenceTokensTest {

  @Test
  void keepsNumbersPerWordForTheReaderThatAsked() {
    SentenceTokens words = new SentenceTokens("Troops of the army entered Kabul.");
    Object reader = new Object();
    int[] numbers = words.perWord(reader);
    assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1}, numbers);
    numbers[2] = 7;
    assertSame(numbers, words.perWord(reader));
    int[] other = words.perWord(new Object());
    assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1}, other);
  }
}
