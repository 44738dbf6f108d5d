package org.eventline.curation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
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

  /** The longest scalar a curation file may hold, in characters. */
  public static final int MAX_SCALAR = YamlSafety.MAX_SCALAR;

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
    Optional<Problem> unsafe = YamlSafety.check(file, text);
    if (unsafe.isPresent()) {
      return new Result(null, List.of(unsafe.get()));
    }
    JsonNode root;
    try {
      root = YamlTrees.read(text);
    } catch (JacksonException e) {
      return new Result(null, List.of(syntaxProblem(file, text, e)));
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

  private static Problem syntaxProblem(String file, String text, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    SourcePosition at =
        loc != null && loc.getLineNr() > 0
            ? new SourcePosition(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()))
            : SourcePosition.ofFile(file);
    if (e.getCause() instanceof MarkedYamlEngineException yaml) {
      return YamlSyntax.describe(file, yaml, null);
    }
    if (e instanceof StreamConstraintsException) {
      return Problem.error(
          at, "the YAML breaks a safety limit: " + firstLine(e.getOriginalMessage()));
    }
    String message = firstLine(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      String key = duplicate.group(1);
      return Problem.error(
          keyOnLine(file, text, at, key),
          "duplicate key '" + key + "'; each key may appear only once in an event");
    }
    return Problem.error(at, "invalid YAML: " + message);
  }

  private static final Pattern DUPLICATE =
      Pattern.compile("(?i)duplicate (?:object property|field|key) \"([^\"]*)\"");

  private static SourcePosition keyOnLine(String file, String text, SourcePosition at, String key) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (at.line() >= 1 && at.line() <= lines.length) {
      int column = lines[at.line() - 1].indexOf(key);
      if (column >= 0) {
        return new SourcePosition(file, at.line(), column + 1);
      }
    }
    return at;
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
