package org.eventline.suggest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicArticleTest {

  @Test
  void theInnerArticleIsSpeltEveryWayItIsWritten() {
    List<String> v = ArabicArticle.variants("Deir al-Zor");
    assertTrue(v.contains("Deir ez-Zor"), v::toString);
    assertTrue(v.contains("Deir az Zor"), v::toString);
    assertTrue(v.contains("Deir el-Zor"), v::toString);
    assertTrue(!v.contains("Deir al-Zor"), "the written form is not a variant");
    assertTrue(ArabicArticle.variants("Jisr al-Shughur").contains("Jisr ash-Shughur"));
    // before a moon letter the article does not assimilate
    assertEquals(List.of("Ras el-Ain", "Ras el Ain"), ArabicArticle.variants("Ras al-Ain"));
  }

  @Test
  void aNameWithoutAnInnerArticleHasNoVariants() {
    assertEquals(List.of(), ArabicArticle.variants("Aleppo"));
    assertEquals(List.of(), ArabicArticle.variants("al-Bab"));
    assertTrue(ArabicArticle.variants("Salah ad Din").contains("Salah al-Din"));
  }

  /** The cheap test before the expression holds wherever the expression finds an article. */
  @Test
  void theCheapTestHoldsWhereverTheExpressionFinds() {
    List<String> pieces =
        List.of("Deir", "al", "El", "AS", "ez", "an", "ash", "adh", "x", "Zor", "é", "Éz", "ıl");
    List<String> gaps = List.of(" ", "-", "", "'", "  ");
    // each piece followed by a gap, all pairs equally likely
    List<String> pairs = pieces.stream().flatMap(p -> gaps.stream().map(g -> p + g)).toList();
    int found = 0;
    for (String n : org.eventline.testing.RandomTexts.of(9, pairs, 5, 50_000)) {
      if (ArabicArticle.INNER.matcher(n).find()) {
        found++;
        assertTrue(ArabicArticle.mayHoldInner(n), n);
      }
    }
    assertTrue(found > 1_000, "too few to say anything: " + found);
  }
}
