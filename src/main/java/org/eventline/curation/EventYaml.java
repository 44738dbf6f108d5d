package org.eventline.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an event as a YAML list item, as text: {@code id} and {@code status} first, then the other
 * fields in the schema's order, then its {@link SuggestionTrace suggestion block} if it has one;
 * strings double-quoted with escapes, so that any text (quotes, colons, line breaks, non-ASCII
 * letters) reads back exactly; empty fields left out unless the schema requires them.
 */
public final class EventYaml {

  private static final List<String> FIRST = List.of("id", "status");

  /**
   * The record's components in snake_case: the fields (derived methods such as {@code published()}
   * are not components, so they are not fields).
   */
  private static final Set<String> FIELDS =
      java.util.Arrays.stream(Event.class.getRecordComponents())
          .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private EventYaml() {}

  /** The item's lines of an event without a suggestion block. */
  public static List<String> item(Event event, String indent, Set<String> required) {
    return item(new Entry(event, null), indent, required);
  }

  /**
   * An event to write and, when it comes from the suggester, what the suggester proposed.
   *
   * @param event the event
   * @param suggestion the suggester's record, or null for an event a curator adds
   */
  public record Entry(Event event, SuggestionTrace suggestion) {
    public Entry {
      java.util.Objects.requireNonNull(event, "event");
    }
  }

  /**
   * The item's lines.
   *
   * @param indent the spaces before the item's dash
   * @param required fields written even when empty ({@code admin1: null})
   */
  public static List<String> item(Entry entry, String indent, Set<String> required) {
    Event event = entry.event();
    ObjectNode node = EventMapping.toNode(event);
    List<String> names = new ArrayList<>(FIRST);
    node.propertyNames()
        .forEach(
            n -> {
              if (!FIRST.contains(n) && FIELDS.contains(n)) {
                names.add(n);
              }
            });
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        if (!required.contains(name)) {
          continue;
        }
      }
      String prefix = lines.isEmpty() ? indent + "- " : indent + "  ";
      lines.add(prefix + name + ": " + scalar(value));
    }
    if (entry.suggestion() != null) {
      lines.addAll(entry.suggestion().lines(indent + "  "));
    }
    return lines;
  }

  static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isNumber()) {
      return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString();
    }
    if (value.isBoolean()) {
      return value.asString();
    }
    return quoted(value.asString());
  }

  /** A YAML double-quoted scalar that reads back as exactly the given text. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF'
              || Character.isSurrogate(c) && !validPair(text, i)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
