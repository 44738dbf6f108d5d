package org.eventline.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.TextPositions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A streaming first pass over a curation file's YAML, before any tree is built, that refuses what a
 * curation file never needs and a hostile file uses: tags (which in other YAML libraries construct
 * Java objects), anchors and aliases (alias bombs; the tree reader would also silently turn {@code
 * *name} into the text "name"), several documents, nesting deeper than {@link #MAX_DEPTH} and
 * values longer than {@link #MAX_SCALAR} characters. Memory stays bounded by the size of the text:
 * nothing is expanded or constructed. Syntax errors found on the way are worded by {@link
 * YamlSyntax}.
 */
final class YamlSafety {

  /** Deepest nesting of lists and mappings accepted; a curation file needs 3. */
  static final int MAX_DEPTH = 50;

  /** Most keys in one mapping; an event has fewer than 40 fields. */
  static final int MAX_KEYS = 200;

  /** Most items in one list: events per curation file. */
  static final int MAX_ITEMS = 1000;

  /** Most keys and values (and lists and mappings) in one file. */
  static final int MAX_NODES = 100_000;

  /** Longest value accepted, in characters; the schema's longest text field allows 5,000. */
  static final int MAX_SCALAR = 100_000;

  /** How curation YAML is parsed for its events: with marks, comments skipped. */
  static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setUseMarks(true)
          .setCodePointLimit(YamlTrees.MAX_CODE_POINTS)
          .setParseComments(false)
          .build();

  private YamlSafety() {}

  /** The first syntax error or refused construct of the text, if any. */
  static Optional<Problem> check(String file, String text) {
    Shape shape = new Shape();
    ScalarEvent lastScalar = null;
    try {
      for (Event event : new Parse(SETTINGS).parseString(text)) {
        if (event instanceof ScalarEvent scalar) {
          lastScalar = scalar;
        }
        Optional<String> refused = refused(event).or(() -> shape.add(event));
        if (refused.isPresent()) {
          return Optional.of(Problem.error(at(file, event.getStartMark()), refused.get()));
        }
      }
    } catch (MarkedYamlEngineException e) {
      return Optional.of(YamlSyntax.describe(file, e, lastScalar));
    } catch (ReaderException e) {
      return Optional.of(Problem.error(position(file, text, e), readerMessage(e)));
    } catch (YamlEngineException e) {
      return Optional.of(
          Problem.error(
              SourcePosition.ofFile(file),
              "cannot read the YAML: " + CurationReader.firstLine(e.getMessage())));
    }
    return Optional.empty();
  }

  /**
   * The shape of the document so far: how deep, how many values, how many items in each open list
   * or mapping. Refuses what no curation file needs and what would make the tree or the schema
   * check grow without bound.
   */
  private static final class Shape {
    private final Deque<int[]> open = new ArrayDeque<>();
    private int documents;
    private int nodes;

    Optional<String> add(Event event) {
      if (event instanceof DocumentStartEvent && ++documents > 1) {
        return Optional.of(
            "a second YAML document starts here; a curation file is one document: remove"
                + " the '---' line or move the events into the first document");
      }
      if (event instanceof CollectionEndEvent) {
        open.pop();
        return Optional.empty();
      }
      if (!(event instanceof NodeEvent)) {
        return Optional.empty();
      }
      if (++nodes > MAX_NODES) {
        return Optional.of(
            "the file has more than " + MAX_NODES + " keys and values; the limit is " + MAX_NODES);
      }
      Optional<String> crowded = open.isEmpty() ? Optional.empty() : child(open.peek());
      if (event instanceof CollectionStartEvent) {
        open.push(new int[] {event instanceof MappingStartEvent ? 1 : 0, 0});
        if (open.size() > MAX_DEPTH) {
          return Optional.of(
              "the YAML is nested more than "
                  + MAX_DEPTH
                  + " levels deep here; a curation file needs 3 (a mapping with a list of"
                  + " events, each a mapping of fields)");
        }
      }
      return crowded;
    }

    private static Optional<String> child(int[] collection) {
      boolean mapping = collection[0] == 1;
      int children = ++collection[1];
      if (mapping && children > 2 * MAX_KEYS) {
        return Optional.of(
            "a mapping with more than "
                + MAX_KEYS
                + " keys; an event has at most "
                + MAX_KEYS
                + " fields (the schema has far fewer)");
      }
      if (!mapping && children > MAX_ITEMS) {
        return Optional.of(
            "a list with more than "
                + MAX_ITEMS
                + " items; a curation file holds at most "
                + MAX_ITEMS
                + " events: split the article");
      }
      return Optional.empty();
    }
  }

  private static Optional<String> refused(Event event) {
    if (event instanceof AliasEvent alias) {
      return Optional.of(
          "YAML aliases ('*"
              + alias.getAlias().getValue()
              + "') are not allowed in a curation file; write the value out in full");
    }
    if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
      return Optional.of(
          "YAML anchors ('&"
              + node.getAnchor().get().getValue()
              + "') are not allowed in a curation file; remove the anchor and write every value"
              + " out in full");
    }
    Optional<String> tag = Optional.empty();
    if (event instanceof ScalarEvent scalar) {
      tag = scalar.getTag();
      if (scalar.isPlain() && outOfRange(scalar.getValue())) {
        return Optional.of(
            "the number '"
                + scalar.getValue()
                + "' is out of range for every field of a curation file (counts, coordinates and"
                + " precisions are below 10^15); write the intended value, or quote it if it is"
                + " text");
      }
      if (scalar.getValue().length() > MAX_SCALAR) {
        return Optional.of(
            "a value of "
                + scalar.getValue().length()
                + " characters starts here; the limit is "
                + MAX_SCALAR
                + " characters per value");
      }
    } else if (event instanceof CollectionStartEvent collection) {
      tag = collection.getTag();
    }
    return tag.map(
        t ->
            "YAML tags such as '"
                + shortTag(t)
                + "' are not allowed in a curation file: values are plain text, numbers and"
                + " dates; remove the tag");
  }

  /** A plain YAML number no field can hold: infinite, not a number, or 10^15 and beyond. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private static final java.util.regex.Pattern SPECIAL =
      java.util.regex.Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  static boolean outOfRange(String value) {
    if (SPECIAL.matcher(value).matches()) {
      return true;
    }
    if (!NUMBER.matcher(value).matches()) {
      return false;
    }
    double d = Double.parseDouble(value);
    return Double.isInfinite(d) || Math.abs(d) >= 1e15;
  }

  private static String shortTag(String tag) {
    String standard = "tag:yaml.org,2002:";
    return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
  }

  private static String readerMessage(ReaderException e) {
    return "the character U+"
        + String.format("%04X", e.getCodePoint())
        + " is not allowed in YAML; remove it (control characters cannot appear in a curation"
        + " file, even inside quotes)";
  }

  private static SourcePosition position(String file, String text, ReaderException e) {
    int index;
    try {
      index = text.offsetByCodePoints(0, Math.max(0, e.getPosition()));
    } catch (IndexOutOfBoundsException outside) {
      index = text.length();
    }
    return TextPositions.of(file, text, index);
  }

  static SourcePosition at(String file, Optional<Mark> mark) {
    return mark.map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(SourcePosition.ofFile(file));
  }
}
