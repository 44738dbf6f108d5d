package org.eventline.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Adds suggested events to a curation file as text, at the end of its {@code events:} list, so that
 * every byte the curator wrote (comments, key order, quoting, line endings) stays as it was. An
 * empty flow list ({@code events: []}) or an empty value becomes a block list; a flow list with
 * items cannot be extended as text and is refused. When the file held anything, the result is read
 * back and checked: the old events unchanged, the new ones after them.
 */
public final class SuggestionAppender {

  private static final Pattern EVENTS_KEY =
      Pattern.compile("(?m)^(\"events\"|'events'|events)[ \\t]*:[ \\t]*([^\\r\\n]*)$");
  private static final Pattern ITEM = Pattern.compile("(?m)^([ ]*)- ");
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("(?m)^[^\\s#\\-][^\\r\\n]*:");
  private static final Pattern EMPTY_VALUE =
      Pattern.compile("^(\\[\\s*\\]|null|~|Null|NULL)?([ \\t]*(#.*)?)$");

  private SuggestionAppender() {}

  /** The new text, or why the file cannot be extended. */
  public record Result(String text, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Appends events.
   *
   * @param existing the curation file's text, or null when there is none yet
   * @param header comment lines (without {@code #}) that start a new file
   * @param events the events to add
   * @param required fields written even when empty
   */
  public static Result append(
      String existing, List<String> header, List<EventYaml.Entry> events, Set<String> required) {
    if (existing == null || existing.isEmpty()) {
      StringBuilder text = new StringBuilder();
      header.forEach(h -> text.append(h.isEmpty() ? "#" : "# " + h).append('\n'));
      text.append("events:\n");
      items(text, events, "  ", "\n", required);
      // nothing of a curator's to keep: not read back (a tenth of a whole suggest run on 2,100
      // new articles); EventYaml's round trip of every kind of string is tested instead
      return new Result(text.toString(), null);
    }
    String newline = existing.contains("\r\n") ? "\r\n" : existing.contains("\r") ? "\r" : "\n";
    Matcher key = EVENTS_KEY.matcher(existing);
    StringBuilder text = new StringBuilder(existing);
    if (!key.find()) {
      if (!onlyComments(existing)) {
        return new Result(null, "the file has no top-level 'events:' list to add suggestions to");
      }
      endWithNewline(text, newline);
      text.append("events:").append(newline);
      items(text, events, "  ", newline, required);
      return check(existing, text.toString(), events.size());
    }
    Matcher empty = EMPTY_VALUE.matcher(key.group(2));
    if (!empty.matches()) {
      return new Result(
          null,
          "'events:' is written as a flow list ("
              + key.group(2).strip()
              + "); write it as a block list, one '- ' item per event, to let suggest add to it");
    }
    String after = existing.substring(key.end());
    Matcher otherKey = TOP_LEVEL_KEY.matcher(after);
    if (otherKey.find() || after.lines().anyMatch(l -> l.equals("...") || l.equals("---"))) {
      return new Result(
          null, "'events:' is not the last part of the file; suggestions are added at its end");
    }
    if (empty.group(1) != null) {
      text.replace(key.start(2), key.start(2) + empty.group(1).length(), "");
    }
    Matcher item = ITEM.matcher(after);
    String indent = item.find() ? item.group(1) : "  ";
    endWithNewline(text, newline);
    items(text, events, indent, newline, required);
    return check(existing, text.toString(), events.size());
  }

  private static void items(
      StringBuilder text,
      List<EventYaml.Entry> events,
      String indent,
      String newline,
      Set<String> required) {
    for (EventYaml.Entry e : events) {
      for (String line : EventYaml.item(e, indent, required)) {
        text.append(line).append(newline);
      }
    }
  }

  private static void endWithNewline(StringBuilder text, String newline) {
    if (text.length() > 0
        && text.charAt(text.length() - 1) != '\n'
        && text.charAt(text.length() - 1) != '\r') {
      text.append(newline);
    }
  }

  private static boolean onlyComments(String text) {
    return text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
  }

  private static Result check(String before, String after, int added) {
    List<JsonNode> old = before == null ? List.of() : events(before).orElse(List.of());
    Optional<List<JsonNode>> now = events(after);
    if (now.isEmpty() || now.get().size() != old.size() + added) {
      return new Result(
          null,
          "adding suggestions as text did not give the expected YAML; the"
              + " file was left as it was (please report this as a bug)");
    }
    for (int i = 0; i < old.size(); i++) {
      if (!old.get(i).equals(now.get().get(i))) {
        return new Result(
            null,
            "adding suggestions would change event "
                + (i + 1)
                + "; the file was left as it was (please report this as a bug)");
      }
    }
    return new Result(after, null);
  }

  private static Optional<List<JsonNode>> events(String text) {
    try {
      JsonNode root = YamlTrees.read(text);
      List<JsonNode> out = new ArrayList<>();
      if (root != null && root.get(CurationDocument.EVENTS) != null) {
        root.get(CurationDocument.EVENTS).forEach(out::add);
      }
      return Optional.of(out);
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
