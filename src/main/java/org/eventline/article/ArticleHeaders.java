package org.eventline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.Problem;

/**
 * Says precisely what is wrong with a text that has no valid date header (a misspelt header, a
 * header without its date, an HTML page, a file that is no article at all), and warns about
 * characters a scraper or converter left in an article's text.
 */
final class ArticleHeaders {

  private static final Pattern NEAR_HEADER =
      Pattern.compile(
          "\\A[\\s\\x{FEFF}]*((?i:date|dated|published|publication date)\\b[^\\r\\n]*)");
  private static final Pattern DATE_ONLY = Pattern.compile("\\A(?i:date)[ \\t]*\\z");
  private static final Pattern HTML =
      Pattern.compile("\\A[\\s\\x{FEFF}]*<(?i:!doctype|html|\\?xml)");

  private ArticleHeaders() {}

  /** The problem of a text whose first line is not {@code date YYYY-MM-DD}. */
  static Problem missing(String file, String text) {
    int start = firstNonBlank(text);
    Matcher near = NEAR_HEADER.matcher(text);
    if (near.lookingAt()) {
      String found = near.group(1).strip();
      String message =
          DATE_ONLY.matcher(found).matches()
              ? "the date header has no date on its line; expected 'date YYYY-MM-DD' on one line,"
                  + " for example 'date 2021-08-11'"
              : "the date header must be written 'date YYYY-MM-DD' (the word date in lower case,"
                  + " a space, the date; no colon), found "
                  + shown(found);
      return Problem.error(TextPositions.of(file, text, near.start(1)), message);
    }
    if (HTML.matcher(text).lookingAt()) {
      return Problem.error(
          TextPositions.of(file, text, start),
          "this .txt is an HTML page, not an article text; save the article's text in a file whose"
              + " first line is 'date YYYY-MM-DD'");
    }
    return Problem.error(
        TextPositions.of(file, text, start),
        "this .txt is not an article: its first line must be 'date YYYY-MM-DD' (the publication"
            + " date), found "
            + shown(firstLine(text, start))
            + "; every .txt in the seeds folder is read as an article");
  }

  /**
   * Warnings for control characters and the replacement character U+FFFD in a text: both are kept
   * (quotes must match the text exactly) but usually come from a broken conversion.
   */
  static List<Problem> strayCharacters(String file, String text) {
    List<Problem> problems = new ArrayList<>();
    int controls = 0;
    int firstControl = -1;
    int replacements = 0;
    int firstReplacement = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacements++;
        firstReplacement = firstReplacement < 0 ? i : firstReplacement;
      } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        controls++;
        firstControl = firstControl < 0 ? i : firstControl;
      }
    }
    if (controls > 0) {
      problems.add(
          Problem.warning(
              TextPositions.of(file, text, firstControl),
              "the article contains "
                  + count(controls, "control character")
                  + ", the first U+"
                  + String.format(Locale.ROOT, "%04X", (int) text.charAt(firstControl))
                  + " here; they are kept (a quote must include them to match) but are most"
                  + " likely left over from a conversion: remove them from the article"));
    }
    if (replacements > 0) {
      problems.add(
          Problem.warning(
              TextPositions.of(file, text, firstReplacement),
              "the article contains "
                  + count(replacements, "replacement character")
                  + " (U+FFFD), the first here: characters were lost when the text was converted"
                  + " from another encoding; take the text again from its source"));
    }
    return problems;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static String firstLine(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(from, end);
  }

  private static String shown(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(40)
        .forEach(
            cp -> {
              if (Character.getType(cp) == Character.CONTROL) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return "'" + out + (s.codePointCount(0, s.length()) > 40 ? "...'" : "'");
  }
}
