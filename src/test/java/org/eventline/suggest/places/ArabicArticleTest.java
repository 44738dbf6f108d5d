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
}
