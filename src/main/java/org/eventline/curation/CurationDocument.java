package org.eventline.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.SourcePosition;
import tools.jackson.databind.JsonNode;

/**
 * A curation file read into a location-aware tree, with its text kept so that keys (which the tree
 * does not locate) can be found too.
 *
 * @param file the path shown in messages
 * @param articleId the id of the article the file belongs to
 * @param text the file's text
 * @param root the YAML tree
 * @param lines the text split into lines, once (keys are looked up on them)
 */
public record CurationDocument(
    String file, String articleId, String text, JsonNode root, List<String> lines) {

  /** Name of the list of events in a curation file. */
  public static final String EVENTS = "events";

  public CurationDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(root, "root");
    lines = List.copyOf(lines);
  }

  public CurationDocument(String file, String articleId, String text, JsonNode root) {
    this(file, articleId, text, root, List.of(text.split("\r\n|\r|\n", -1)));
  }

  /** The event nodes, in file order (empty when the file has none or is malformed). */
  public List<JsonNode> eventNodes() {
    JsonNode events = root.get(EVENTS);
    List<JsonNode> nodes = new ArrayList<>();
    if (events != null && events.isArray()) {
      events.forEach(nodes::add);
    }
    return nodes;
  }

  /** Where a node starts. */
  public SourcePosition positionOf(JsonNode node) {
    return YamlTrees.positionOf(file, node);
  }

  /**
   * Where a key of a mapping is written: the key itself when it can be found on the lines from the
   * mapping's start to its value, else the value, else the mapping.
   */
  public SourcePosition keyPosition(JsonNode mapping, String key) {
    SourcePosition start = positionOf(mapping);
    JsonNode value = mapping.get(key);
    SourcePosition valueAt = value == null ? null : positionOf(value);
    int lastLine = valueAt != null ? valueAt.line() : start.line();
    Pattern keyPattern =
        Pattern.compile("^(?:[\\s-]*)(\"?)" + Pattern.quote(key) + "\\1\\s*:(?:\\s|$)");
    for (int line = lastLine; line >= start.line() && line >= 1; line--) {
      if (line > lines.size()) {
        continue;
      }
      Matcher m = keyPattern.matcher(lines.get(line - 1));
      if (m.find()) {
        int column = lines.get(line - 1).indexOf(key, m.start()) + 1;
        return new SourcePosition(file, line, column);
      }
      if (value == null) {
        break;
      }
    }
    return valueAt != null ? valueAt : start;
  }

  /** Where the value of a field is written, or the key if it has no value node. */
  public SourcePosition valuePosition(JsonNode mapping, String key) {
    JsonNode value = mapping.get(key);
    if (value == null || value.isNull()) {
      return keyPosition(mapping, key);
    }
    return positionOf(value);
  }
}
