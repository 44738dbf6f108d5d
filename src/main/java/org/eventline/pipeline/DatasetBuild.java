package org.eventline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eventline.curation.Event;
import org.eventline.output.Charts;
import org.eventline.output.DataPackageWriter;
import org.eventline.output.EventsCsv;
import org.eventline.output.EventsYaml;
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

  public DatasetBuild(EventSchema schema, Consumer<Publisher.Phase> phases) {
    this.schema = schema;
    this.phases = phases;
  }

  public DatasetBuild(EventSchema schema) {
    this(schema, phase -> {});
  }

  /**
   * The outcome: the validation report, whether outputs were published, and what was repaired of an
   * earlier interrupted publish (null if nothing).
   */
  public record Result(
      ValidationReport report, boolean published, List<String> files, String recovery) {}

  public Result run(Path seeds, Path out) throws IOException {
    Publisher publisher = new Publisher(out, phases);
    String recovery = publisher.recover();
    ValidationReport report = new DatasetValidation(schema).run(seeds);
    if (!report.ok()) {
      return new Result(report, false, List.of(), recovery);
    }
    List<OutputFile> files = render(report.confirmed());
    publisher.publish(files);
    return new Result(report, true, files.stream().map(OutputFile::path).toList(), recovery);
  }

  /** Every output file of a dataset, rendered in memory before anything is published. */
  public List<OutputFile> render(List<Event> events) throws IOException {
    List<OutputFile> files = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    new EventsCsv(schema).write(events, csv);
    byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    files.add(OutputFile.ofBytes("events.csv", csvBytes));
    StringBuilder safe = new StringBuilder();
    EventsCsv.spreadsheetSafe(schema).write(events, safe);
    files.add(OutputFile.ofText("events-spreadsheet.csv", safe.toString()));
    files.add(OutputFile.ofText("events.yaml", new EventsYaml(schema).write(events)));
    files.add(
        OutputFile.ofText(DataPackageWriter.FILE, new DataPackageWriter(schema).write(csvBytes)));
    files.addAll(new Charts(schema).render(events));
    return files;
  }
}
