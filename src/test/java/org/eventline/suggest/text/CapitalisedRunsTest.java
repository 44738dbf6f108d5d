package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CapitalisedRunsTest {

  @Test
  void findsRunsOfCapitalisedWords() {
    assertEquals(
        List.of(
            new CapitalisedRuns.Run(0, 10),
            new CapitalisedRuns.Run(15, 39),
            new CapitalisedRuns.Run(43, 53)),
        CapitalisedRuns.of("Carrie Lam met Ricardo Rosselló Nevares in San Juan's A Street."));
  }

  @Test
  void findsWhatTheExpressionFindsInShippedSentences() throws IOException {
    for (String sentence : org.eventline.testing.Fixtures.shippedSentences()) {
      assertEquals(expression(sentence), CapitalisedRuns.of(sentence), sentence);
    }
  }

  @Test
  void findsWhatTheExpressionFindsInRandomTexts() {
    Random random = new Random(11);
    String alphabet = "AbCdÉé Lm\t\n.-'’,Ǆǅ\u0301\u20DD(x1İı\u2028\uD83D\uDE00";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(expression(s), CapitalisedRuns.of(s), s);
    }
  }

  private static List<CapitalisedRuns.Run> expression(String sentence) {
    List<CapitalisedRuns.Run> runs = new ArrayList<>();
    Matcher m = CapitalisedRuns.PATTERN.matcher(sentence);
    while (m.find()) {
      runs.add(new CapitalisedRuns.Run(m.start(), m.end()));
    }
    return runs;
  }
}
