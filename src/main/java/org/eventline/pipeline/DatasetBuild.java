package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eventline.curation.Event;
import org.eventline.output.Charts;
import org.eventline.output.DataPackageWriter;
import org.eventline.output.EventsCsv;
import org.eventline.output.EventsGeoJson;
import org.eventline.output.EventsYaml;
import org.eventline.output.Exports;
import org.eventline.output.OutputFile;
import org.eventline.output.Publisher;
import org.eventline.schema.EventSchema;

/**
 * The build: validate the seeds folder, and only when it has no error render every output and
 * publish them atomically. A failed build leaves the previous outputs untouched.
 */
public final class DatasetBuild {

  private final EventSchema schema;
  private final Consumer<Publisher.Phase> phases;
  private final boolean strict;

  public DatasetBuild(EventSchema schema, Consumer<Publisher.Phase> phases) {
    this(schema, phases, false);
  }

  /**
   * A build.
   *
   * @param strict whether suggestions left unreviewed fail the build (a strict release build)
   */
  public DatasetBuild(EventSchema schema, Consumer<Publisher.Phase> phases, boolean strict) {
    this.schema = schema;
    this.phases = phases;
    this.strict = strict;
  }

  public DatasetBuild(EventSchema schema) {
    this(schema, phase -> {});
  }

  /**
   * The outcome: the validation report, whether outputs were published, and what was repaired of an
   * earlier interrupted publish (null if nothing), and how many published events have no
   * coordinates (left out of events.geojson and the map).
   */
  public record Result(
      ValidationReport report,
      boolean published,
      List<String> files,
      String recovery,
      int withoutCoordinates) {}

  public Result run(Path seeds, Path out) throws IOException {
    return run(seeds, out, Progress.NONE);
  }

  /** Builds, telling {@code progress} of each article validated. */
  public Result run(Path seeds, Path out, Progress progress) throws IOException {
    Publisher publisher = new Publisher(out, phases);
    String recovery = publisher.recover();
    ValidationReport report = new DatasetValidation(schema, strict).run(seeds, progress);
    if (!report.ok()) {
      return new Result(report, false, List.of(), recovery, 0);
    }
    List<OutputFile> files = render(report.confirmed());
    publisher.publish(files);
    long unlocated = report.confirmed().stream().filter(e -> !EventsGeoJson.located(e)).count();
    return new Result(
        report, true, files.stream().map(OutputFile::path).toList(), recovery, (int) unlocated);
  }

  /**
   * Every output file of a dataset. The tables (CSV, YAML) are streamed into the staging folder
   * when published rather than held in memory whole; the data package describes the CSV by a
   * fingerprint computed the same way.
   */
  public List<OutputFile> render(List<Event> events) throws IOException {
    List<OutputFile> files = new ArrayList<>();
    EventsCsv csv = new EventsCsv(schema);
    files.add(OutputFile.ofWriter("events.csv", out -> csv.write(events, out)));
    EventsCsv safe = EventsCsv.spreadsheetSafe(schema);
    files.add(OutputFile.ofWriter("events-spreadsheet.csv", out -> safe.write(events, out)));
    EventsYaml yaml = new EventsYaml(schema);
    files.add(OutputFile.ofWriter("events.yaml", out -> yaml.write(events, out)));
    EventsGeoJson geoJson = new EventsGeoJson(schema);
    files.add(OutputFile.ofWriter(EventsGeoJson.FILE, out -> geoJson.write(events, out)));
    Exports exports = new Exports();
    files.addAll(exports.files(events));
    EventsCsv.Fingerprint fingerprint = csv.fingerprint(events);
    files.add(
        OutputFile.ofText(
            DataPackageWriter.FILE,
            new DataPackageWriter(schema)
                .write(
                    fingerprint.bytes(),
                    fingerprint.sha256(),
                    like -> exports.resources(events, like))));
    files.addAll(new Charts(schema).render(events));
    return files;
  }
}
