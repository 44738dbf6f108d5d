package org.eventline.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Where things are written in a curation file's text: the top-level keys, and for every event of
 * the {@code events:} list its keys and the extent of their values, as UTF-16 indexes into the
 * text. It is what lets {@link CurationEditor} change one value as text and keep every other byte
 * (comments, quoting, key order, line endings). Only block-style mappings can be edited so; flow
 * style ({@code {a: 1}}) is reported as such.
 */
final class YamlLayout {

  /**
   * One key of a mapping and its value.
   *
   * @param name the key
   * @param keyStart index of the key's first character
   * @param valueStart index of the value's first character
   * @param valueEnd index just past the value's last character (the last scalar of a nested value)
   * @param scalar whether the value is a scalar
   */
  record Entry(String name, int keyStart, int valueStart, int valueEnd, boolean scalar) {}

  /**
   * A block mapping: its keys in file order.
   *
   * @param block whether it is written in block style (editable as text)
   * @param start index of the mapping's first key
   */
  record Mapping(boolean block, int start, Map<String, Entry> entries) {
    Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    Optional<Entry> entry(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    Entry last() {
      Entry last = null;
      for (Entry e : entries.values()) {
        last = e;
      }
      return last;
    }
  }

  private final Mapping root;
  private final List<Mapping> events;

  private YamlLayout(Mapping root, List<Mapping> events) {
    this.root = root;
    this.events = List.copyOf(events);
  }

  Mapping root() {
    return root;
  }

  List<Mapping> events() {
    return events;
  }

  /**
   * The layout of a text that {@link CurationReader} read without problems.
   *
   * @throws IllegalArgumentException if the text is not YAML
   */
  static YamlLayout of(String text) {
    int[] utf16 = codePointIndexes(text);
    List<Event> stream = new ArrayList<>();
    try {
      new Parse(YamlSafety.SETTINGS).parseString(text).forEach(stream::add);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
    }
    Reader reader = new Reader(stream, utf16);
    reader.skipTo(MappingStartEvent.class);
    Mapping root = reader.mapping(true);
    return new YamlLayout(root, reader.events);
  }

  /** UTF-16 index of each code point index, and of the end. */
  private static int[] codePointIndexes(String text) {
    int[] out = new int[text.codePointCount(0, text.length()) + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      out[cp++] = i;
    }
    out[cp] = text.length();
    return out;
  }

  /** Walks the event stream, remembering the top-level mapping and the events list's items. */
  private static final class Reader {
    private final List<Event> stream;
    private final int[] utf16;
    private final List<Mapping> events = new ArrayList<>();
    private int next;

    Reader(List<Event> stream, int[] utf16) {
      this.stream = stream;
      this.utf16 = utf16;
    }

    void skipTo(Class<? extends Event> type) {
      while (next < stream.size() && !type.isInstance(stream.get(next))) {
        next++;
      }
    }

    /** Reads the mapping whose start event is next; at the top, reads the events list too. */
    Mapping mapping(boolean top) {
      MappingStartEvent start = (MappingStartEvent) stream.get(next++);
      boolean block = start.getFlowStyle() == FlowStyle.BLOCK;
      Map<String, Entry> entries = new LinkedHashMap<>();
      int first = -1;
      while (!(stream.get(next) instanceof CollectionEndEvent)) {
        ScalarEvent key = (ScalarEvent) stream.get(next++);
        int keyStart = index(key.getStartMark());
        first = first < 0 ? keyStart : first;
        Event value = stream.get(next);
        int valueStart = index(value.getStartMark());
        boolean scalar = value instanceof ScalarEvent;
        int valueEnd;
        if (top && CurationDocument.EVENTS.equals(key.getValue()) && !scalar) {
          valueEnd = eventsList();
        } else {
          valueEnd = skipNode();
        }
        entries.put(
            key.getValue(), new Entry(key.getValue(), keyStart, valueStart, valueEnd, scalar));
      }
      next++;
      return new Mapping(block, first, entries);
    }

    /** Reads the items of the events list; returns the end of its last scalar. */
    private int eventsList() {
      Event start = stream.get(next);
      if (!(start instanceof CollectionStartEvent) || start instanceof MappingStartEvent) {
        return skipNode();
      }
      next++;
      int end = index(start.getEndMark());
      while (!(stream.get(next) instanceof CollectionEndEvent)) {
        if (stream.get(next) instanceof MappingStartEvent) {
          Mapping item = mapping(false);
          events.add(item);
          end = item.entries().isEmpty() ? end : item.last().valueEnd();
        } else {
          end = skipNode();
          events.add(new Mapping(false, end, Map.of()));
        }
      }
      next++;
      return end;
    }

    /** Skips one node (scalar or collection); returns the end of its last scalar. */
    private int skipNode() {
      Event e = stream.get(next++);
      int end = index(e.getEndMark());
      if (e instanceof CollectionStartEvent) {
        int depth = 1;
        while (depth > 0) {
          Event inner = stream.get(next++);
          if (inner instanceof CollectionStartEvent) {
            depth++;
          } else if (inner instanceof CollectionEndEvent) {
            depth--;
            if (((CollectionStartEvent) e).getFlowStyle() == FlowStyle.FLOW && depth == 0) {
              end = index(inner.getEndMark());
            }
          } else if (inner instanceof NodeEvent) {
            end = index(inner.getEndMark());
          }
        }
      }
      return end;
    }

    private int index(Optional<Mark> mark) {
      return utf16[Math.min(mark.orElseThrow().getIndex(), utf16.length - 1)];
    }
  }
}
