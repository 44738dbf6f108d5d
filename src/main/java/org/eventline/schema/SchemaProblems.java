package org.eventline.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eventline.Problem;
import org.eventline.curation.CurationDocument;
import tools.jackson.databind.JsonNode;

/**
 * Checks a curation file against the schema and words each violation for a curator, at the line and
 * column of the offending key or value.
 */
public final class SchemaProblems {

  /**
   * The problems, and which events (by index) broke the schema and so cannot be checked further.
   */
  public record Result(List<Problem> problems, Set<Integer> brokenEvents, boolean fileBroken) {
    public Result {
      problems = List.copyOf(problems);
      brokenEvents = Set.copyOf(brokenEvents);
    }
  }

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "dozen",
          "dozens",
          "several",
          "few",
          "many",
          "scores",
          "hundreds");

  private final EventSchema schema;

  public SchemaProblems(EventSchema schema) {
    this.schema = schema;
  }

  public Result check(CurationDocument doc) {
    Map<String, Problem> byPlace = new LinkedHashMap<>();
    Set<Integer> broken = new TreeSet<>();
    boolean fileBroken = false;
    CappedErrors found = schema.validateCurationFile(doc.root());
    List<Error> errors = new ArrayList<>(found);
    errors.sort(Comparator.comparing(e -> e.getInstanceLocation().toString()));
    for (Error error : errors) {
      NodePath path = error.getInstanceLocation();
      Integer eventIndex = eventIndex(path);
      if (inReview(path)) {
        Problem problem = reviewProblem(doc, error, path);
        byPlace.putIfAbsent(problem.position() + " " + field(path, error), problem);
        continue;
      } else if (eventIndex == null) {
        fileBroken = true;
      } else {
        broken.add(eventIndex);
      }
      Problem problem = describe(doc, error, path, eventIndex);
      // One problem per place and field: a bad date breaks both its pattern and its format.
      byPlace.putIfAbsent(problem.position() + " " + field(path, error), problem);
    }
    List<Problem> problems = new ArrayList<>(byPlace.values());
    if (found.dropped() > 0) {
      problems.add(
          Problem.error(
              org.eventline.SourcePosition.ofFile(doc.file()),
              "more than "
                  + EventSchema.MAX_ERRORS
                  + " schema problems in this file ("
                  + found.dropped()
                  + " more not shown); fix these and validate again"));
      fileBroken = true;
    }
    return new Result(problems, broken, fileBroken);
  }

  private static boolean inReview(NodePath path) {
    return path.getNameCount() >= 1 && "review".equals(path.getElement(0));
  }

  /**
   * A problem in the review block: it does not stop the events being checked, and the article
   * counts as not reviewed.
   */
  private static Problem reviewProblem(CurationDocument doc, Error error, NodePath path) {
    JsonNode node = error.getInstanceNode();
    String field = field(path, error);
    String what =
        switch (error.getKeyword()) {
          case "required" -> "the review block lacks '" + field + "'";
          case "additionalProperties" -> "unknown key '" + field + "' in the review block";
          case "type" -> "review." + field + " must be " + article(typeOf(error));
          default -> "review." + field + " " + show(node) + " is not valid";
        };
    return Problem.error(
        doc.positionOf(node == null ? doc.root() : node),
        what
            + "; a review block holds curator, reviewed_at (YYYY-MM-DDThh:mm:ssZ) and"
            + " article_sha256 (64 hex digits): let eventline review write it");
  }

  private static String typeOf(Error error) {
    JsonNode schema = error.getSchemaNode();
    return schema != null && schema.isString() ? schema.asString() : "object";
  }

  private static Integer eventIndex(NodePath path) {
    if (path.getNameCount() >= 2
        && CurationDocument.EVENTS.equals(path.getElement(0))
        && path.getElement(1) instanceof Integer index) {
      return index;
    }
    return null;
  }

  private static String field(NodePath path, Error error) {
    if (error.getProperty() != null) {
      return error.getProperty();
    }
    int n = path.getNameCount();
    return n == 0 ? "" : String.valueOf(path.getElement(n - 1));
  }

  private Problem describe(CurationDocument doc, Error error, NodePath path, Integer eventIndex) {
    JsonNode node = error.getInstanceNode();
    String field = field(path, error);
    String keyword = error.getKeyword();
    if (eventIndex == null) {
      return Problem.error(
          doc.positionOf(node == null ? doc.root() : node), fileMessage(error, keyword));
    }
    JsonNode event = doc.eventNodes().get(eventIndex);
    return switch (keyword) {
      case "required" ->
          Problem.error(
              doc.positionOf(event),
              "event "
                  + eventName(event, eventIndex)
                  + " is missing the required field '"
                  + field
                  + "'");
      case "additionalProperties" ->
          Problem.error(doc.keyPosition(event, field), unknownField(field));
      default ->
          Problem.error(doc.positionOf(node), valueMessage(error, keyword, field, node, event));
    };
  }

  private static String eventName(JsonNode event, int index) {
    JsonNode id = event.get("id");
    return id != null && id.isString() ? "'" + id.asString() + "'" : "#" + (index + 1);
  }

  private String unknownField(String field) {
    String closest = closest(field, schema.fieldNames());
    return "unknown field '"
        + field
        + "'"
        + (closest != null
            ? "; did you mean '" + closest + "'?"
            : "; allowed fields: " + String.join(", ", schema.fieldNames()));
  }

  private String valueMessage(
      Error error, String keyword, String field, JsonNode node, JsonNode event) {
    String found = show(node);
    FieldSpec spec = spec(field);
    return switch (keyword) {
      case "type" -> typeMessage(field, node, found, spec);
      case "enum", "const" -> enumMessage(error, field, node, found, event);
      case "format", "pattern" -> patternMessage(field, found, spec);
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          field + " " + found + " is out of range; expected " + range(spec);
      case "minLength" -> field + " is empty; expected some text";
      case "maxLength" ->
          field + " is too long; expected at most " + error.getArguments()[0] + " characters";
      default -> field + ": " + error.getMessage();
    };
  }

  private static String typeMessage(String field, JsonNode node, String found, FieldSpec spec) {
    if (node.isNull() && spec != null && spec.emptyUntilConfirmed()) {
      return field
          + " is empty; a confirmed event must have it (a suggestion may leave it empty when the"
          + " text does not say it): fill it in, or leave the event suggested";
    }
    String expected =
        spec == null
            ? "another type"
            : article(spec.type()) + (spec.nullable() ? " (or nothing)" : "");
    String message = field + " must be " + expected + "; found " + kind(node) + " " + found;
    if (node.isString()
        && spec != null
        && ("integer".equals(spec.type()) || "number".equals(spec.type()))) {
      String word = node.asString().strip().toLowerCase(java.util.Locale.ROOT);
      if (NUMBER_WORDS.stream().anyMatch(word::contains) || word.matches(".*\\d.*")) {
        message +=
            "; write the number in figures (for example "
                + field
                + ": 20) and keep the words in casualty_phrase";
      }
    }
    return message;
  }

  private String enumMessage(
      Error error, String field, JsonNode node, String found, JsonNode event) {
    List<String> allowed = new ArrayList<>();
    Object arg = error.getArguments().length > 0 ? error.getArguments()[0] : null;
    JsonNode schemaNode = error.getSchemaNode();
    if (schemaNode != null && schemaNode.isArray()) {
      schemaNode.forEach(
          v -> {
            if (!v.isNull()) allowed.add(v.asString());
          });
    } else if (arg != null) {
      allowed.add(String.valueOf(arg));
    }
    String allowedText = allowed.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    String closest = node.isString() ? closest(node.asString(), allowed) : null;
    String hint = closest != null ? "; did you mean '" + closest + "'?" : "";
    if (error.getEvaluationPath().toString().contains("/allOf/")) {
      JsonNode type = event.get("event_type");
      return field
          + " "
          + found
          + " does not belong to event_type "
          + (type == null ? "?" : show(type))
          + "; expected one of: "
          + allowedText
          + hint;
    }
    return field + " " + found + " is not allowed; expected one of: " + allowedText + hint;
  }

  private static String patternMessage(String field, String found, FieldSpec spec) {
    if (spec != null && "date".equals(spec.format())) {
      return field
          + " "
          + found
          + " is not a valid date; expected an ISO 8601 date YYYY-MM-DD, for example 2021-08-11";
    }
    return field
        + " "
        + found
        + " does not match the expected form "
        + (spec == null ? "" : "/" + spec.pattern() + "/");
  }

  private static String fileMessage(Error error, String keyword) {
    if ("required".equals(keyword)) {
      return "the curation file has no '"
          + error.getProperty()
          + ":' list; expected a mapping with a list 'events:'";
    }
    if ("additionalProperties".equals(keyword)) {
      return "unknown top-level key '"
          + error.getProperty()
          + "'; a curation file holds only 'review:' and 'events:'";
    }
    if ("type".equals(keyword)) {
      return "expected a mapping with a list 'events:' of events; found "
          + kind(error.getInstanceNode());
    }
    return error.getMessage();
  }

  private FieldSpec spec(String field) {
    for (FieldSpec f : schema.fields()) {
      if (f.name().equals(field)) {
        return f;
      }
    }
    return null;
  }

  private static String range(FieldSpec spec) {
    if (spec == null) {
      return "another value";
    }
    if (spec.minimum() != null && spec.maximum() != null) {
      return spec.minimum() + " to " + spec.maximum();
    }
    return spec.minimum() != null ? "at least " + spec.minimum() : "at most " + spec.maximum();
  }

  /** The candidate closest to a value (at most 3 edits, ignoring case), or null. */
  public static String closest(String value, List<String> candidates) {
    LevenshteinDistance distance = new LevenshteinDistance(3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d =
          distance.apply(
              value.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "array" -> "a list";
      case "object" -> "a mapping";
      default -> "a " + type;
    };
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) return "nothing";
    if (node.isString()) return "text";
    if (node.isIntegralNumber()) return "integer";
    if (node.isNumber()) return "number";
    if (node.isBoolean()) return "boolean";
    if (node.isArray()) return "a list";
    if (node.isObject()) return "a mapping";
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value as shown in messages: strings quoted, others as written. */
  public static String show(JsonNode node) {
    if (node == null || node.isNull()) {
      return "(empty)";
    }
    if (node.isString()) {
      String s = node.asString();
      return "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'";
    }
    if (node.isContainer()) {
      return node.isArray() ? "[...]" : "{...}";
    }
    return node.toString();
  }
}
