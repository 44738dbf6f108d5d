package org.eventline.suggest.text;

/**
 * A sentence of an article: its text exactly as in the article, where it starts and ends (UTF-16
 * indices into {@link org.eventline.article.Article#text()}), and the paragraph it belongs to.
 */
public record Sentence(int start, int end, String text, int paragraph) {

  public Sentence {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
    }
  }
}
