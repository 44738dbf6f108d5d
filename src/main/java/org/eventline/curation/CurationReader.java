package org.eventline.curation;

import java.util.List;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Reads a curation file's YAML text, turning malformed YAML into a located problem. */
public final class CurationReader {

  private CurationReader() {}

  /** The result: a document when the YAML is well formed, and problems otherwise. */
  public record Result(CurationDocument document, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  public static Result read(String file, String articleId, String text) {
    int tab = tabInIndentation(text);
    if (tab >= 0) {
      SourcePosition at = org.eventline.article.TextPositions.of(file, text, tab);
      return new Result(
          null,
          List.of(
              Problem.error(
                  at, "a tab character is used for indentation; YAML allows only spaces there")));
    }
    JsonNode root;
    try {
      root = YamlTrees.read(text);
    } catch (JacksonException e) {
      return new Result(null, List.of(syntaxProblem(file, e)));
    } catch (RuntimeException e) {
      return new Result(
          null,
          List.of(
              Problem.error(
                  SourcePosition.ofFile(file),
                  "cannot read the YAML: " + firstLine(e.getMessage()))));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new Result(
          null,
          List.of(
              Problem.error(
                  SourcePosition.ofFile(file),
                  "the curation file is empty; expected a mapping with a list 'events:'")));
    }
    return new Result(new CurationDocument(file, articleId, text, root), List.of());
  }

  private static int tabInIndentation(String text) {
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStart = true;
      } else if (lineStart && c == '\t') {
        return i;
      } else if (c != ' ' && !(lineStart && c == '-')) {
        lineStart = false;
      }
    }
    return -1;
  }

  private static Problem syntaxProblem(String file, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    SourcePosition at =
        loc != null && loc.getLineNr() > 0
            ? new SourcePosition(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()))
            : SourcePosition.ofFile(file);
    return Problem.error(at, "invalid YAML: " + describe(e));
  }

  static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    if (message.contains("Duplicate field") || message.contains("Duplicate key")) {
      return firstLine(message).replaceFirst("(?i)^duplicate (field|key) ", "duplicate key ")
          + "; each key may appear once per event";
    }
    return firstLine(message);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = message.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
  }
}
