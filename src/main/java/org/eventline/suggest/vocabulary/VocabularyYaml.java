package org.eventline.suggest.vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.eventline.Problem;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads a dataset vocabulary file ({@code actors.yaml}, {@code places.yaml}) through the hardened
 * curation reader, reporting every problem at its line and column instead of throwing: lists of
 * entries (mappings) under known top-level keys, and typed fields of one entry.
 */
public final class VocabularyYaml {

  private VocabularyYaml() {}

  /** The lists of a file, read: the document (null when the YAML is broken) and its problems. */
  public record Lists(CurationDocument doc, List<Problem> problems) {

    /** The entries of a top-level list, each a mapping; empty when absent. */
    public List<JsonNode> entries(String key, String what) {
      List<JsonNode> out = new ArrayList<>();
      if (doc == null) {
        return out;
      }
      JsonNode list = doc.root().get(key);
      if (list == null || list.isNull()) {
        return out;
      }
      if (!list.isArray()) {
        problems.add(
            Problem.error(
                doc.positionOf(list),
                "'" + key + ":' must be a list of " + what + ", each starting with '- name:'"));
        return out;
      }
      for (JsonNode node : list) {
        if (node.isObject()) {
          out.add(node);
        } else {
          problems.add(
              Problem.error(
                  doc.positionOf(node),
                  "an entry of '"
                      + key
                      + ":' must be a mapping (name: ..., and so on); found "
                      + node.asString("")));
        }
      }
      return out;
    }
  }

  /**
   * Parses a file whose top level is a mapping of the given lists. An empty file (or one of
   * comments only) has no entries.
   */
  public static Lists read(String file, String text, List<String> listKeys) {
    List<Problem> problems = new ArrayList<>();
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return new Lists(null, problems);
    }
    CurationReader.Result read = CurationReader.read(file, "vocabulary", text);
    problems.addAll(read.problems());
    CurationDocument doc = read.document();
    if (doc == null) {
      return new Lists(null, problems);
    }
    String expected =
        "expected a mapping with "
            + String.join(" and ", listKeys.stream().map(k -> "'" + k + ":'").toList());
    if (!doc.root().isObject()) {
      problems.add(
          Problem.error(doc.positionOf(doc.root()), "the file is not a mapping; " + expected));
      return new Lists(null, problems);
    }
    for (String key : doc.root().propertyNames()) {
      if (!listKeys.contains(key)) {
        problems.add(
            Problem.error(
                doc.keyPosition(doc.root(), key), "unknown key '" + key + "'; " + expected));
      }
    }
    return new Lists(doc, problems);
  }

  /** Reads the fields of one entry, reporting problems at the field. */
  public static final class Entry {
    private final CurationDocument doc;
    public final JsonNode node;
    private final List<Problem> problems;
    private final String label;
    public boolean broken;

    public Entry(
        CurationDocument doc, JsonNode node, List<Problem> problems, String kind, int index) {
      this.doc = doc;
      this.node = node;
      this.problems = problems;
      JsonNode name = node.get("name");
      this.label =
          kind + (name != null && name.isString() ? " '" + name.asString() + "'" : " #" + index);
    }

    /** "actor 'Name'" or "actor #3": how messages name this entry. */
    public String label() {
      return label;
    }

    /** Where the value of one of this entry's keys stands in the file. */
    public org.eventline.SourcePosition positionOf(String key) {
      return doc.valuePosition(node, key);
    }

    /** True when a problem was found in this entry (it is then left out). */
    public boolean broken() {
      return broken;
    }

    public void error(JsonNode at, String message) {
      problems.add(Problem.error(doc.positionOf(at), label + ": " + message));
      broken = true;
    }

    private void errorAtKey(String key, String message) {
      problems.add(Problem.error(doc.valuePosition(node, key), label + ": " + message));
      broken = true;
    }

    public void allowOnly(List<String> keys) {
      for (String key : node.propertyNames()) {
        if (!keys.contains(key)) {
          problems.add(
              Problem.error(
                  doc.keyPosition(node, key),
                  label + ": unknown key '" + key + "'; allowed keys: " + String.join(", ", keys)));
          broken = true;
        }
      }
    }

    /** One error naming every required key the entry lacks. */
    public void require(List<String> keys, String needs) {
      List<String> missing =
          keys.stream()
              .filter(
                  k ->
                      !node.hasNonNull(k)
                          || (node.get(k).isString() && node.get(k).asString().isBlank()))
              .toList();
      if (!missing.isEmpty()) {
        problems.add(
            Problem.error(
                doc.positionOf(node),
                label + " has no " + String.join(", ", missing) + "; " + needs));
        broken = true;
      }
    }

    /** A text field; null when absent (an error when required). */
    public String text(String key, boolean required, String needs) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
        if (required) {
          problems.add(
              Problem.error(doc.positionOf(node), label + " has no '" + key + "'; " + needs));
          broken = true;
        }
        return null;
      }
      if (!v.isString() && !v.isNumber()) {
        errorAtKey(key, key + " must be text");
        return null;
      }
      return v.asString().strip();
    }

    /** A list of texts; empty when absent. */
    public List<String> texts(String key, String example) {
      JsonNode v = node.get(key);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        errorAtKey(key, key + " must be a list, for example " + example);
        return out;
      }
      for (JsonNode item : v) {
        if (item.isString() && !item.asString().isBlank()) {
          out.add(item.asString().strip());
        } else {
          error(item, key + " must hold names (text); found '" + item.asString("") + "'");
        }
      }
      return out;
    }

    /** A decimal number within bounds, kept as written; null when absent or wrong. */
    public BigDecimal number(String key, int min, int max, boolean required, String needs) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        text(key, required, needs);
        return null;
      }
      if (!v.isNumber()) {
        errorAtKey(
            key, key + " '" + v.asString("") + "' is not a number; expected decimal degrees");
        return null;
      }
      BigDecimal d = v.decimalValue();
      if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
        errorAtKey(
            key,
            String.format(
                Locale.ROOT,
                "%s %s is out of range; expected %d to %d",
                key,
                d.toPlainString(),
                min,
                max));
        return null;
      }
      return d;
    }

    /** A count (0 or more); 0 when absent. */
    public long count(String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return 0;
      }
      if (!v.isIntegralNumber() || v.longValue() < 0) {
        errorAtKey(key, key + " '" + v.asString("") + "' is not a whole number of 0 or more");
        return 0;
      }
      return v.longValue();
    }

    /** A value that must be one of a list. */
    public String oneOf(String key, JsonNode holder, Collection<String> allowed) {
      JsonNode v = holder.get(key);
      String value = v == null || v.isNull() ? "" : v.asString("");
      if (!allowed.contains(value)) {
        problems.add(
            Problem.error(
                v == null ? doc.positionOf(holder) : doc.positionOf(v),
                label
                    + ": "
                    + key
                    + " '"
                    + value
                    + "' is not allowed; expected one of: "
                    + String.join(", ", allowed)));
        broken = true;
        return null;
      }
      return value;
    }

    /** An optional date YYYY-MM-DD of a nested mapping. */
    public LocalDate date(JsonNode holder, String key) {
      JsonNode v = holder.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      try {
        return LocalDate.parse(v.asString(""));
      } catch (DateTimeParseException e) {
        error(v, key + " '" + v.asString("") + "' is not a date YYYY-MM-DD");
        return null;
      }
    }

    public JsonNode node() {
      return node;
    }
  }
}
