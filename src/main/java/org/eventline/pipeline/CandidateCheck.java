package org.eventline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.curation.CurationReader;
import org.eventline.curation.EventMapping;
import org.eventline.curation.EventYaml;
import org.eventline.curation.SuggestionTrace;
import org.eventline.schema.EventSchema;
import org.eventline.schema.ValueConstraints;
import org.eventline.validate.CurationValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a suggestion as {@code validate} would, alone in a file beside its article, without
 * writing and fully validating every one. The first candidate of each shape (the values of the
 * fields the schema's {@code allOf} conditions tie together: event type and sub-type) is written,
 * read back and fully validated, as before. A later candidate of a shape already seen valid is
 * accepted when each value it writes is one the schema allows for its field ({@link
 * ValueConstraints}: type, null, length, pattern, range, enumeration) and the event passes the
 * validator's rules against its article ({@link CurationValidator#passesRules}); otherwise it too
 * is fully validated, so that a candidate is dropped exactly when {@code validate} reports an
 * error, with validate's message. When the schema uses a keyword {@link ValueConstraints} does not
 * read, every candidate is fully validated.
 */
final class CandidateCheck {

  private static final Pattern PLAIN_COUNT = Pattern.compile("0|[1-9][0-9]{0,8}");

  private final CurationValidator validator;
  private final ValueConstraints constraints;
  private final Set<String> required;
  private final List<String> conditional;
  private final Set<String> validShapes = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger fullChecks =
      new java.util.concurrent.atomic.AtomicInteger();

  CandidateCheck(EventSchema schema, CurationValidator validator, Set<String> required) {
    this.validator = validator;
    this.constraints = ValueConstraints.of(schema);
    this.required = required;
    this.conditional = List.copyOf(constraints.conditionalFields());
  }

  /** The check of the schema's candidates, as {@code suggest} writes them. */
  static CandidateCheck of(EventSchema schema) {
    return new CandidateCheck(schema, new CurationValidator(schema), schema.requiredFieldNames());
  }

  /** The errors validate would report for the candidate; empty when it passes. */
  List<Problem> errors(EventYaml.Entry entry, Article article, String shown) {
    ObjectNode node = EventMapping.toNode(entry.event());
    String shape = shape(node, entry.suggestion());
    if (constraints.complete()
        && validShapes.contains(shape)
        && valuesAllowed(node, entry.suggestion())
        && validator.passesRules(entry.event(), article)) {
      return List.of();
    }
    List<Problem> errors = fully(entry, article, shown);
    if (errors.isEmpty()) {
      validShapes.add(shape);
    }
    return errors;
  }

  /** How many candidates were written, read back and fully validated. */
  int fullChecks() {
    return fullChecks.get();
  }

  private List<Problem> fully(EventYaml.Entry entry, Article article, String shown) {
    fullChecks.incrementAndGet();
    String text = "events:\n" + String.join("\n", EventYaml.item(entry, "  ", required)) + "\n";
    CurationReader.Result doc = CurationReader.read(shown, article.id(), text);
    List<Problem> found = new ArrayList<>(doc.problems());
    if (doc.document() != null) {
      found.addAll(validator.validate(doc.document(), article).problems());
    }
    return found.stream().filter(Problem::isError).toList();
  }

  private String shape(ObjectNode node, SuggestionTrace trace) {
    StringBuilder s = new StringBuilder(trace == null ? "event" : "suggested");
    for (String field : conditional) {
      JsonNode v = node.get(field);
      s.append(';').append(field).append('=').append(constraints.shapeOf(field, v));
    }
    return s.toString();
  }

  private boolean valuesAllowed(ObjectNode node, SuggestionTrace trace) {
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      boolean written = !p.getValue().isNull() || required.contains(p.getKey());
      if (written && !allowed(p.getKey(), p.getValue())) {
        return false;
      }
    }
    if (trace == null) {
      return true;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (!allowed("suggestion.id", f.stringNode(trace.id()))
        || !allowed("suggestion.confidence", f.numberNode(trace.confidence()))
        || !allowed("suggestion.quote_start", f.numberNode(trace.quoteStart()))
        || !allowed("suggestion.quote_end", f.numberNode(trace.quoteEnd()))
        || (trace.reasons() != null
            && !allowed("suggestion.reasons", f.stringNode(trace.reasons())))
        || (!trace.missing().isEmpty()
            && !allowed("suggestion.missing", f.stringNode(String.join(", ", trace.missing()))))) {
      return false;
    }
    for (Map.Entry<String, String> p : trace.proposed().entrySet()) {
      JsonNode value;
      if (p.getKey().equals("fatalities") || p.getKey().equals("injured")) {
        if (!PLAIN_COUNT.matcher(p.getValue()).matches()) {
          return false;
        }
        value = f.numberNode(Integer.parseInt(p.getValue()));
      } else {
        value = f.stringNode(p.getValue());
      }
      if (!allowed("suggestion." + p.getKey(), value)) {
        return false;
      }
    }
    return true;
  }

  private boolean allowed(String field, JsonNode value) {
    if (value != null
        && value.isString()
        && value.asString().length() > CurationReader.MAX_SCALAR) {
      return false;
    }
    return constraints.allows(field, value);
  }
}
