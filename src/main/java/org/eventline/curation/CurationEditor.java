package org.eventline.curation;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a curation file as text: sets or removes one field of one event, writes or removes the
 * review block. Every byte not edited stays as the curator wrote it (comments, key order, quoting,
 * line endings). Each edit is checked by reading the result back: the tree must be the old tree
 * with exactly that change, or the edit is refused and the text is left as it was. This is the one
 * editing core of the commands ({@code confirm}, {@code reject}, {@code review}) and of {@code
 * suggest}'s {@link SuggestionAppender}.
 */
public final class CurationEditor {

  private final String text;
  private final String newline;

  private CurationEditor(String text) {
    this.text = text;
    this.newline = text.contains("\r\n") ? "\r\n" : text.contains("\r") ? "\r" : "\n";
  }

  /** An editor of a curation file's text (one that {@link CurationReader} reads). */
  public static CurationEditor of(String text) {
    return new CurationEditor(text);
  }

  /** The text as it is now. */
  public String text() {
    return text;
  }

  /** The outcome of an edit: the editor with the new text, or why it could not be made. */
  public record Result(CurationEditor editor, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Sets a field of an event to a value given as a YAML scalar ({@code "confirmed"}, {@code 12}),
   * replacing its value where the key is written, else adding a line for it after the last field
   * that comes before it in {@code order} (the schema's order).
   */
  public Result setField(int event, String key, String scalar, List<String> order) {
    YamlLayout layout = YamlLayout.of(text);
    Optional<YamlLayout.Mapping> item = item(layout, event);
    if (item.isEmpty()) {
      return refused("event " + (event + 1) + " is not a block mapping of fields");
    }
    Optional<YamlLayout.Entry> entry = item.get().entry(key);
    String edited;
    if (entry.isPresent()) {
      if (!entry.get().scalar()) {
        return refused(key + " is not a single value");
      }
      edited =
          text.substring(0, entry.get().valueStart())
              + scalar
              + text.substring(entry.get().valueEnd());
    } else {
      String indent = " ".repeat(column(item.get().start()));
      String line = indent + key + ": " + scalar + newline;
      Optional<YamlLayout.Entry> next = next(item.get(), key, order);
      if (next.isPresent()) {
        int at = lineStart(next.get().keyStart());
        edited = text.substring(0, at) + line + text.substring(at);
      } else {
        int lineEnd = lineEnd(item.get().last().valueEnd());
        edited =
            lineEnd >= text.length() && !endsWithNewline()
                ? text + newline + line.substring(0, line.length() - newline.length())
                : text.substring(0, lineEnd) + line + text.substring(lineEnd);
      }
    }
    JsonNode value = scalarNode(scalar);
    return checked(
        edited,
        tree -> ((ObjectNode) tree.get(CurationDocument.EVENTS).get(event)).set(key, value));
  }

  /** Removes a field of an event (its line, and the lines of a value that spans several). */
  public Result removeField(int event, String key) {
    YamlLayout layout = YamlLayout.of(text);
    Optional<YamlLayout.Mapping> item = item(layout, event);
    if (item.isEmpty()) {
      return refused("event " + (event + 1) + " is not a block mapping of fields");
    }
    Optional<YamlLayout.Entry> entry = item.get().entry(key);
    if (entry.isEmpty()) {
      return new Result(this, null);
    }
    if (entry.get().keyStart() == item.get().start()) {
      return refused(key + " is the event's first key; it cannot be removed as text");
    }
    String edited =
        text.substring(0, lineStart(entry.get().keyStart()))
            + text.substring(lineEnd(entry.get().valueEnd()));
    return checked(
        edited, tree -> ((ObjectNode) tree.get(CurationDocument.EVENTS).get(event)).remove(key));
  }

  /** Writes the review block before the events list, replacing the one there is. */
  public Result setReview(Review review) {
    Result removed = removeReview();
    if (!removed.ok()) {
      return removed;
    }
    String current = removed.editor().text;
    YamlLayout.Mapping root = YamlLayout.of(current).root();
    Optional<YamlLayout.Entry> events = root.entry(CurationDocument.EVENTS);
    if (!root.block() || events.isEmpty() || column(current, events.get().keyStart()) != 0) {
      return refused("the file has no top-level 'events:' key to put the review before");
    }
    int at = lineStart(current, events.get().keyStart());
    StringBuilder block = new StringBuilder();
    review.lines().forEach(l -> block.append(l).append(newline));
    String edited = current.substring(0, at) + block + current.substring(at);
    JsonNode value = YamlTrees.read(String.join("\n", review.lines()) + "\n").get(Review.KEY);
    return removed.editor().checked(edited, tree -> ((ObjectNode) tree).set(Review.KEY, value));
  }

  /** Removes the review block, if there is one. */
  public Result removeReview() {
    YamlLayout.Mapping root = YamlLayout.of(text).root();
    Optional<YamlLayout.Entry> review = root.entry(Review.KEY);
    if (review.isEmpty()) {
      return new Result(this, null);
    }
    if (!root.block() || column(review.get().keyStart()) != 0) {
      return refused("the review block is not a top-level block key; remove it by hand");
    }
    String edited =
        text.substring(0, lineStart(review.get().keyStart()))
            + text.substring(lineEnd(review.get().valueEnd()));
    return checked(edited, tree -> ((ObjectNode) tree).remove(Review.KEY));
  }

  private Optional<YamlLayout.Mapping> item(YamlLayout layout, int event) {
    if (event < 0 || event >= layout.events().size()) {
      return Optional.empty();
    }
    YamlLayout.Mapping item = layout.events().get(event);
    return item.block() && !item.entries().isEmpty() ? Optional.of(item) : Optional.empty();
  }

  /**
   * The entry a new key goes before: the first, in file order, that comes after it in the schema's
   * order. {@code id} and {@code status}, which files write first, are not counted; nor is an
   * unknown key. Empty when the new key goes at the end of the event.
   */
  private static Optional<YamlLayout.Entry> next(
      YamlLayout.Mapping item, String key, List<String> order) {
    int rank = order.indexOf(key);
    if (rank < 0) {
      return Optional.empty();
    }
    for (YamlLayout.Entry e : item.entries().values()) {
      int r = order.indexOf(e.name());
      if (e.keyStart() != item.start() && !e.name().equals("status") && r > rank) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private interface TreeEdit {
    void apply(JsonNode tree);
  }

  /** The edited text if its tree is the old tree with the change, else a refusal. */
  private Result checked(String edited, TreeEdit change) {
    try {
      JsonNode expected = YamlTrees.read(text).deepCopy();
      change.apply(expected);
      JsonNode actual = YamlTrees.read(edited);
      if (!expected.equals(actual)) {
        return refused(
            "editing the file as text did not give the expected YAML (please report this as a"
                + " bug)");
      }
    } catch (JacksonException | IllegalArgumentException e) {
      return refused(
          "editing the file as text gave invalid YAML (please report this as a bug): "
              + CurationReader.firstLine(e.getMessage()));
    }
    return new Result(new CurationEditor(edited), null);
  }

  private Result refused(String why) {
    return new Result(null, why + "; the file was left as it was");
  }

  private static JsonNode scalarNode(String scalar) {
    return YamlTrees.read("v: " + scalar + "\n").get("v");
  }

  private boolean endsWithNewline() {
    return text.endsWith("\n") || text.endsWith("\r");
  }

  private int lineStart(int index) {
    return lineStart(text, index);
  }

  private static int lineStart(String text, int index) {
    int i = index;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  /** Index just past the line break that ends the line holding {@code index}. */
  private int lineEnd(int index) {
    if (index > 0 && text.charAt(index - 1) == '\n') {
      return index; // the value (a block scalar) ends with its line break
    }
    int i = index;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  private int column(int index) {
    return column(text, index);
  }

  private static int column(String text, int index) {
    return index - lineStart(text, index);
  }
}
