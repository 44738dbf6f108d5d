package org.eventline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  @Test
  void readsTheSeedArticleWhoseBodyFollowsOnTheDateLine() throws Exception {
    String text = Files.readString(Path.of("seeds/000_26d17594a1416e60.txt"));
    ArticleResult result = ArticleParser.parse("seed.txt", "000", text);
    Article article = result.article();
    assertEquals(LocalDate.of(2021, 8, 11), article.publicationDate());
    assertTrue(article.body().startsWith("A US peace envoy was yesterday back"), article.body());
    assertEquals(" date 2021-08-11 ".length(), article.bodyStart());
    assertEquals(text, article.text(), "the text is kept exactly");
    assertTrue(result.problems().isEmpty());
  }

  @Test
  void readsAWikinewsArticleWithTheDateLineAlone() {
    String text = "date 2019-01-28\nBombs kill at least 20\n\nOn Sunday, two bombs exploded.\n";
    Article article = ArticleParser.parse("w.txt", "w", text).article();
    assertEquals(LocalDate.of(2019, 1, 28), article.publicationDate());
    assertEquals("Bombs kill at least 20\n\nOn Sunday, two bombs exploded.\n", article.body());
    assertNull(article.title());
  }

  @Test
  void readsOptionalHeaderFields() {
    String text =
        "date 2020-06-05\ntitle: Journalist shot dead\nsource: Wikinews\nurl: https://example.org/a\nText.\n";
    Article article = ArticleParser.parse("h.txt", "h", text).article();
    assertEquals("Journalist shot dead", article.title());
    assertEquals("Wikinews", article.source());
    assertEquals("https://example.org/a", article.url());
    assertEquals("Text.\n", article.body());
  }

  @Test
  void reportsAnImpossibleDateAtItsPosition() {
    ArticleResult result = ArticleParser.parse("x.txt", "x", "date 2021-02-30\nText.\n");
    assertNull(result.article());
    assertEquals(
        "x.txt:1:6: error: the publication date '2021-02-30' does not exist (invalid date 'february 30')",
        result.problems().get(0).format());
  }

  @Test
  void reportsAMissingHeader() {
    ArticleResult result = ArticleParser.parse("x.txt", "x", "\nKabul, Monday. Text.\n");
    assertEquals(
        "x.txt:2:1: error: this .txt is not an article: its first line must be 'date YYYY-MM-DD'"
            + " (the publication date), found 'Kabul, Monday. Text.'; every .txt in the seeds"
            + " folder is read as an article",
        result.problems().get(0).format());
  }
}
