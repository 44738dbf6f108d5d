package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    String alphabet = "AbCdÉé Lm\t\n.-'’,Ǆǅ\u0301\u20DD(x1İı\u2028\uD83D\uDE00";
    for (String s : org.eventline.testing.RandomTexts.of(11, alphabet, 24, 20_000)) {
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
