package org.eventline.article;

import java.util.List;
import java.util.Optional;
import org.eventline.Problem;

/** The outcome of reading an article: the article when it could be read, and the problems found. */
public record ArticleResult(Article article, List<Problem> problems) {

  public ArticleResult {
    problems = List.copyOf(problems);
  }

  public Optional<Article> optionalArticle() {
    return Optional.ofNullable(article);
  }
}
