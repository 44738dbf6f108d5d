package org.eventline.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.Problem;
import org.eventline.SourcePosition;

/**
 * Reads an article's header from its text. The format, as shipped: optional white space, the word
 * {@code date}, white space, the publication date {@code YYYY-MM-DD}; then either the end of the
 * line (the body follows, optionally after header fields {@code title: }, {@code source: }, {@code
 * url: }, one a line) or white space and the body on the same line.
 */
public final class ArticleParser {

  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A[\\s\\x{FEFF}]*date[ \\t]+(\\S+)([ \\t]*(?:\\r\\n|\\n|\\r|\\z)|[ \\t]+)");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern FIELD =
      Pattern.compile("\\G(title|source|url):[ \\t]*([^\\r\\n]*?)[ \\t]*(?:\\r\\n|\\n|\\r|\\z)");

  private ArticleParser() {}

  /**
   * Parses an article.
   *
   * @param file the path shown in messages
   * @param id the article id
   * @param text the file's text, byte-order mark already removed
   */
  public static ArticleResult parse(String file, String id, String text) {
    List<Problem> problems = new ArrayList<>();
    if (text.isBlank()) {
      problems.add(
          Problem.error(
              new SourcePosition(file, 1, 1),
              "the article is empty; expected a first line 'date YYYY-MM-DD' followed by the text"));
      return new ArticleResult(null, problems);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      problems.add(
          Problem.error(
              TextPositions.of(file, text, nul),
              "the file contains a NUL character here: it is a binary file, not an article text;"
                  + " move it out of the seeds folder"));
      return new ArticleResult(null, problems);
    }
    Matcher header = DATE_HEADER.matcher(text);
    if (!header.lookingAt()) {
      problems.add(ArticleHeaders.missing(file, text));
      return new ArticleResult(null, problems);
    }
    String rawDate = header.group(1);
    SourcePosition dateAt = TextPositions.of(file, text, header.start(1));
    LocalDate date = parseDate(rawDate, dateAt, problems);
    if (date == null) {
      return new ArticleResult(null, problems);
    }
    int bodyStart = header.end();
    String title = null;
    String source = null;
    String url = null;
    boolean lineEnded =
        header.group(2).contains("\n")
            || header.group(2).contains("\r")
            || header.end() == text.length();
    if (lineEnded) {
      Matcher field = FIELD.matcher(text);
      field.region(bodyStart, text.length());
      while (field.find() && field.start() == bodyStart) {
        String value = field.group(2);
        switch (field.group(1)) {
          case "title" -> title = value;
          case "source" -> source = value;
          default -> url = value;
        }
        bodyStart = field.end();
        field.region(bodyStart, text.length());
      }
    }
    if (text.substring(bodyStart).isBlank()) {
      problems.add(
          Problem.error(
              TextPositions.of(file, text, bodyStart),
              "the article has a date header but no text after it"));
      return new ArticleResult(null, problems);
    }
    ArticleHeaders.strayCharacters(file, text).forEach(problems::add);
    return new ArticleResult(new Article(id, date, text, bodyStart, title, source, url), problems);
  }

  private static LocalDate parseDate(String raw, SourcePosition at, List<Problem> problems) {
    Matcher m = ISO_DATE.matcher(raw);
    if (!m.matches()) {
      problems.add(
          Problem.error(
              at,
              "the publication date '"
                  + raw
                  + "' is not an ISO 8601 date; expected YYYY-MM-DD, for example 2021-08-11"));
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      problems.add(
          Problem.error(
              at,
              "the publication date '"
                  + raw
                  + "' does not exist ("
                  + e.getMessage().toLowerCase(Locale.ROOT)
                  + ")"));
      return null;
    }
  }
}
