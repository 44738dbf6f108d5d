package org.eventline.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static Article article(String text) {
    return ArticleParser.parse("a.txt", "a", text).article();
  }

  @Test
  void countsOffsetsInCodePointsPastAnEmojiAndKeepsCrlf() {
    String text = "date 2021-08-11\r\nA crowd \uD83D\uDE00 gathered.\r\nPolice fired tear gas.\r\n";
    Article article = article(text);
    QuoteResult result = QuoteFinder.find(article, "Police fired tear gas.", null);
    // Python: open(p, encoding='utf-8-sig', newline='').read() counts the emoji as one character.
    int utf16 = text.indexOf("Police");
    assertEquals(utf16 - 1, result.match().start());
    assertEquals(utf16 - 1 + "Police fired tear gas.".length(), result.match().end());
  }

  @Test
  void explainsADashDifference() {
    Article article = article("date 2021-08-11\nThe 2019\u20132021 war ended.\n");
    QuoteResult result = QuoteFinder.find(article, "The 2019-2021 war ended.", null);
    assertFalse(result.found());
    assertEquals(
        "the quote is not verbatim: it differs from the article only by dashes; the article has:"
            + " \"The 2019\u20132021 war ended.\" (offset 16)",
        result.diagnosis());
  }

  @Test
  void explainsAnEllipsisDifference() {
    Article article = article("date 2021-08-11\nHe said\u2026 nothing.\n");
    QuoteResult result = QuoteFinder.find(article, "He said... nothing.", null);
    assertEquals(
        "the quote is not verbatim: it differs from the article only by the ellipsis; the article has:"
            + " \"He said\u2026 nothing.\" (offset 16)",
        result.diagnosis());
  }

  @Test
  void quoteStartChoosesAmongOccurrences() {
    Article article = article("date 2021-08-11\nShots were fired. Later: Shots were fired.\n");
    assertEquals(
        new QuoteMatch(41, 58), QuoteFinder.find(article, "Shots were fired.", 41).match());
    assertFalse(QuoteFinder.find(article, "Shots were fired.", null).found());
  }

  @Test
  void doesNotFindAQuoteInTheHeader() {
    Article article = article("date 2021-08-11\nText.\n");
    assertFalse(QuoteFinder.find(article, "date 2021", null).found());
  }
}
