package org.eventline.suggest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eventline.article.Article;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String body) {
    Article a = SharedResources.article("2021-08-20", body);
    List<Sentence> sentences = SharedResources.resources().sentences().split(a);
    for (Sentence s : sentences) {
      assertEquals(s.text(), a.text().substring(s.start(), s.end()));
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void titlesAndMonthAbbreviationsDoNotEndSentences() {
    assertEquals(
        List.of(
            "Gen. Sami Sadat said the fighting began on Aug. 15 near the airport.",
            "Lt. Col. Ahmad Ali disagreed."),
        split(
            "Gen. Sami Sadat said the fighting began on Aug. 15 near the airport. Lt. Col. Ahmad Ali disagreed.\n"));
  }

  @Test
  void linesAreParagraphsAndOffsetsAreExact() {
    Article a =
        SharedResources.article(
            "2021-08-20", "Headline here\n\nFirst one.  Second one.\r\nThird.\n");
    List<Sentence> s = SharedResources.resources().sentences().split(a);
    assertEquals(
        List.of("Headline here", "First one.", "Second one.", "Third."),
        s.stream().map(Sentence::text).toList());
    assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
  }
}
