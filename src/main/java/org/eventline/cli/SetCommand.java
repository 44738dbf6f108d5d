package org.eventline.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventline.curation.EventYaml;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.schema.SchemaProblems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code eventline set ID FIELD=VALUE...}: corrects fields of one event without opening the YAML,
 * each value typed by the schema, every other byte of the file kept.
 */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = {
      "Set fields of one event: eventline set ID event_date=2019-08-03 fatalities=10"
          + " date_phrase=\"less than thirteen hours later\". FIELD= with nothing after it removes"
          + " the field. Values are typed by the schema (numbers as numbers, dates as YYYY-MM-DD)."
          + " The curator is recorded; the status is left as it is (use confirm or reject). A"
          + " confirmed event must still validate, or nothing is written."
    })
final class SetCommand implements Callable<Integer> {

  /** Fields a curator does not set: the build fills them, or another command owns them. */
  private static final Map<String, String> NOT_SET =
      Map.of(
          "id", "rename an event by hand in its curation file (ids are never reused)",
          "status", "use eventline confirm or eventline reject",
          "article_id", "the build fills it in",
          "article_date", "the build fills it in",
          "origin", "the build fills it in",
          "quote_end", "the build fills it in",
          "curator", "it is recorded from --curator or EVENTLINE_CURATOR");

  @CommandLine.Mixin CurationCommands.Common common;

  @Parameters(index = "0", paramLabel = "ID", description = "The event's id.")
  String id;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FIELD=VALUE",
      description = "The fields to set.")
  List<String> assignments = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> values = values(EventSchema.load());
    return common.run(spec, (edits, seeds, curator) -> edits.set(seeds, id, values, curator));
  }

  /** The assignments as YAML scalars, null to remove a field; a usage error for a bad one. */
  Map<String, String> values(EventSchema schema) {
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    schema.fields().forEach(f -> fields.put(f.name(), f));
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw usage("'" + assignment + "' is not FIELD=VALUE (for example location=Reading)");
      }
      String name = assignment.substring(0, eq).strip();
      String value = assignment.substring(eq + 1);
      FieldSpec field = fields.get(name);
      if (field == null) {
        String closest = SchemaProblems.closest(name, List.copyOf(fields.keySet()));
        throw usage(
            "unknown field '"
                + name
                + "'"
                + (closest == null ? "" : "; did you mean '" + closest + "'?"));
      }
      if (NOT_SET.containsKey(name)) {
        throw usage(name + " is not set with this command: " + NOT_SET.get(name));
      }
      values.put(name, scalar(field, value.strip()));
    }
    return values;
  }

  private String scalar(FieldSpec field, String value) {
    if (value.isEmpty() || value.equals("null")) {
      if (field.required() && !field.nullable()) {
        throw usage(field.name() + " is required; give it a value");
      }
      return field.required() ? "null" : null;
    }
    if (!field.enumValues().isEmpty() && !field.enumValues().contains(value)) {
      String closest = SchemaProblems.closest(value, field.enumValues());
      throw usage(
          field.name()
              + " '"
              + value
              + "' is not allowed; expected one of: "
              + String.join(", ", field.enumValues())
              + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }
    switch (field.type()) {
      case "integer" -> {
        if (!value.matches("-?[0-9]{1,9}")) {
          throw usage(field.name() + " must be a whole number; found '" + value + "'");
        }
        return String.valueOf(Integer.parseInt(value));
      }
      case "number" -> {
        try {
          return new BigDecimal(value).toPlainString();
        } catch (NumberFormatException e) {
          throw usage(field.name() + " must be a number; found '" + value + "'");
        }
      }
      default -> {
        if ("date".equals(field.format()) && !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          throw usage(field.name() + " must be a date YYYY-MM-DD; found '" + value + "'");
        }
        return EventYaml.quoted(value);
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
