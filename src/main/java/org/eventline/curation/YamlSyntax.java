package org.eventline.curation;

import java.util.Optional;
import org.eventline.Problem;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Words a YAML syntax error for a curator, at the place of its real cause: an unclosed quote or
 * bracket is reported where it opens (the parser only notices it lines later), a key without its
 * colon on its own line, anything else where the parser stopped.
 */
final class YamlSyntax {

  private YamlSyntax() {}

  /**
   * The problem of a syntax error.
   *
   * @param previous the last value read before the error, or null
   */
  static Problem describe(String file, MarkedYamlEngineException e, ScalarEvent previous) {
    String problem = text(e.getProblem());
    String context = text(e.getContext());
    Optional<Mark> opened = e.getContextMark();
    Optional<Mark> stopped = e.getProblemMark();
    String stoppedAt = stopped.map(YamlSyntax::lineColumn).orElse("the end of the file");
    if (swallowedLines(previous, stopped)) {
      return Problem.error(
          YamlSafety.at(file, previous.getStartMark()),
          "invalid YAML: the quoted text that starts here is not closed on its line: it runs on"
              + " to "
              + lineColumn(previous.getEndMark().get())
              + ", taking the lines between as its text; add the missing closing quote mark");
    }
    if (context.startsWith("while scanning a quoted scalar") && opened.isPresent()) {
      return Problem.error(
          YamlSafety.at(file, opened),
          "invalid YAML: the quoted text that starts here is not closed ("
              + (problem.contains("end of stream") ? "the file ends" : problem)
              + " at "
              + stoppedAt
              + "); add the closing quote mark, and write a quote mark inside the text as \\\" (or"
              + " use single quotes around a text with double quotes)");
    }
    if (context.startsWith("while parsing a flow") && opened.isPresent()) {
      boolean list = context.contains("sequence");
      String bracket = list ? "[" : "{";
      return Problem.error(
          YamlSafety.at(file, opened),
          "invalid YAML: the '"
              + bracket
              + "' here opens a "
              + (list ? "list" : "mapping")
              + " that is never closed (at "
              + stoppedAt
              + " the parser expected ',' or '"
              + (list ? "]" : "}")
              + "'); close it, or put the whole value in double quotes if the '"
              + bracket
              + "' is part of the text");
    }
    if (context.startsWith("while scanning a simple key") && opened.isPresent()) {
      return Problem.error(
          YamlSafety.at(file, opened),
          "invalid YAML: this line is not 'key: value' (no ':' followed by a space); write for"
              + " example 'fatalities: 12', not 'fatalities:12'");
    }
    if (problem.startsWith("mapping values are not allowed here")) {
      return Problem.error(
          YamlSafety.at(file, stopped),
          "invalid YAML: a ': ' inside a value; put the value in double quotes, for example"
              + " actor1: \"Taliban: the group\"");
    }
    if (context.startsWith("while parsing a block") && problem.contains("found '<scalar>'")) {
      return Problem.error(
          YamlSafety.at(file, stopped),
          "invalid YAML: text continues after a complete value; if the value contains quote"
              + " marks, write a double quote inside double quotes as \\\" (or put the value in"
              + " single quotes)");
    }
    if (context.startsWith("while parsing a block") && opened.isPresent()) {
      return Problem.error(
          YamlSafety.at(file, stopped),
          "invalid YAML: this line's indentation does not fit the block that starts at "
              + lineColumn(opened.get())
              + " ("
              + problem
              + "); indent the keys of one event by the same number of spaces");
    }
    String where = opened.map(m -> " (started at " + lineColumn(m) + ")").orElse("");
    return Problem.error(
        YamlSafety.at(file, stopped),
        "invalid YAML: " + (context.isEmpty() ? problem : problem + " " + context + where));
  }

  /**
   * Whether the error comes right after a quoted value that spans lines: then its closing quote is
   * missing and the value swallowed the lines up to the next quote mark.
   */
  private static boolean swallowedLines(ScalarEvent previous, Optional<Mark> stopped) {
    if (previous == null
        || previous.getScalarStyle() == ScalarStyle.PLAIN
        || previous.getScalarStyle() == ScalarStyle.LITERAL
        || previous.getScalarStyle() == ScalarStyle.FOLDED
        || previous.getStartMark().isEmpty()
        || previous.getEndMark().isEmpty()
        || stopped.isEmpty()) {
      return false;
    }
    int startLine = previous.getStartMark().get().getLine();
    int endLine = previous.getEndMark().get().getLine();
    return endLine > startLine && endLine == stopped.get().getLine();
  }

  private static String lineColumn(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
