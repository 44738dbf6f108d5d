package org.eventline.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.schema.EventSchema;

/** The suggester's resources, loaded once for all tests (the gazetteer takes seconds). */
public final class SharedResources {

  private static final class Holder {
    static final EventSchema SCHEMA = EventSchema.load();
    static final SuggestResources RESOURCES = load();

    private static SuggestResources load() {
      try {
        return SuggestResources.load(SCHEMA, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private SharedResources() {}

  public static EventSchema schema() {
    return Holder.SCHEMA;
  }

  public static SuggestResources resources() {
    return Holder.RESOURCES;
  }

  public static Suggester suggester() {
    return new Suggester(Holder.RESOURCES);
  }

  /** A shipped seed article. */
  public static Article seedArticle(String id) {
    try {
      Path file = Path.of("seeds", id + ".txt");
      String text = Files.readString(file);
      return ArticleParser.parse(file.toString(), id, text).article();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article from text. */
  public static Article article(String date, String body) {
    return ArticleParser.parse("test.txt", "test", "date " + date + "\n" + body).article();
  }
}
