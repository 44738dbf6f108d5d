package org.eventline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventline.pipeline.FieldValues;
import org.eventline.schema.EventSchema;
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
    FieldValues fields = new FieldValues(schema);
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw usage("'" + assignment + "' is not FIELD=VALUE (for example location=Reading)");
      }
      FieldValues.Value value =
          fields.of(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
      if (!value.ok()) {
        throw usage(value.problem());
      }
      values.put(assignment.substring(0, eq).strip(), value.scalar());
    }
    return values;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
