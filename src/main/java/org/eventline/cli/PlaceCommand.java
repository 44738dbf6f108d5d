package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventline.pipeline.CurationEdits;
import org.eventline.pipeline.DatasetVocabulary;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.PlaceLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "place",
    mixinStandardHelpOptions = true,
    description = {
      "Look a place up in the dataset's places.yaml and the gazetteer (ignoring case and accents,"
          + " alternate names included) and print the best matches, each with the lines to paste"
          + " into an event (location, admin1, admin2, country, iso3, latitude, longitude,"
          + " geo_precision).",
      "The dataset's places come first, then places whose own name it is, then the most populous."
    })
@ExitCode.InvalidData(
    "no place of that name, or the dataset's places.yaml or actors.yaml is invalid")
final class PlaceCommand implements Callable<Integer> {

  @CommandLine.Mixin SeedsOption seeds;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Only places in this country: ISO 3166-1 alpha-3 (AFG) or alpha-2 (AF) code.")
  String country;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Print at most N places (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--event",
      paramLabel = "ID",
      description =
          "Write the chosen place (the first match, or --pick N) into this event's location,"
              + " admin1, admin2, country, iso3, latitude, longitude and geo_precision; the curator"
              + " comes from --curator or EVENTLINE_CURATOR.")
  String event;

  @Option(
      names = "--pick",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "With --event: which of the matches listed to write (default: ${DEFAULT-VALUE}).")
  int pick;

  @Option(
      names = "--curator",
      paramLabel = "NAME",
      defaultValue = "${env:" + CuratorOption.ENV + "}",
      description =
          "With --event: who is curating (default: the environment variable "
              + CuratorOption.ENV
              + ").")
  String curator;

  @Parameters(paramLabel = "NAME", description = "The place name, as a text writes it.")
  String name;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = seeds.existing(spec);
    if (limit < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit: expected a number of 1 or more, found " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetVocabulary vocabulary = DatasetVocabulary.read(folder, EventSchema.load());
    if (!vocabulary.ok()) {
      vocabulary.problems().forEach(p -> err.println(p.format()));
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    PlaceLookup lookup = vocabulary.placeLookup();
    Country only = null;
    if (country != null) {
      only =
          lookup
              .country(country)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "--country: '"
                              + country
                              + "' is not an ISO 3166-1 alpha-3 or alpha-2 country code"));
    }
    PlaceLookup.Result result = lookup.find(name, only, limit);
    String placesFile = vocabulary.placesFile();
    if (result.matches().isEmpty()) {
      err.println(vocabulary.notFound(name, only, result));
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    if (event != null) {
      return writeInto(folder, result.matches());
    }
    for (int i = 0; i < result.matches().size(); i++) {
      PlaceLookup.Match m = result.matches().get(i);
      out.println(m.header(i + 1, placesFile));
      m.yaml().forEach(line -> out.println("    " + line));
    }
    if (result.total() > result.matches().size()) {
      out.println(
          "("
              + result.matches().size()
              + " of "
              + result.total()
              + " places; --limit N shows more, --country CODE narrows)");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Writes one match's fields into the event given by --event. */
  private int writeInto(Path folder, List<PlaceLookup.Match> matches) throws java.io.IOException {
    if (pick < 1 || pick > matches.size()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--pick: expected 1 to " + matches.size() + " (the matches listed), found " + pick);
    }
    CuratorOption who = new CuratorOption();
    who.name = curator;
    String name = who.required(spec);
    PlaceLookup.Match match = matches.get(pick - 1);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("admin2", null); // removed unless the place has one
    for (String line : match.yaml()) {
      int colon = line.indexOf(": ");
      values.put(line.substring(0, colon), line.substring(colon + 2));
    }
    spec.commandLine().getOut().println(match.header(pick, "places.yaml"));
    return CurationCommands.report(
        new CurationEdits(EventSchema.load()).set(folder, event, values, name), spec);
  }
}
