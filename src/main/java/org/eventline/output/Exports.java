package org.eventline.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eventline.curation.Event;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files in other datasets' shapes under {@code exports/}: ACLED ({@link AcledExport}) and UCDP
 * GED ({@link UcdpExport}), and their data package resources.
 */
public final class Exports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<ExportTable> tables;

  public Exports() {
    this.tables = List.of(AcledExport.table(IsoNumeric.load()), UcdpExport.table());
  }

  List<ExportTable> tables() {
    return tables;
  }

  /** The export files of these events. */
  public List<OutputFile> files(List<Event> events) {
    return tables.stream().map(t -> t.file(events)).toList();
  }

  /**
   * The data package resources of the exports, each with its size and hash and a Table Schema whose
   * fields are the table's columns, with the CSV dialect, encoding and licences of {@code like}
   * (the events resource).
   */
  public List<ObjectNode> resources(List<Event> events, ObjectNode like) {
    List<ObjectNode> resources = new ArrayList<>();
    for (ExportTable table : tables) {
      EventsCsv.Fingerprint print;
      try {
        print = EventsCsv.fingerprint(out -> table.write(events, out));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ObjectNode resource = JSON.createObjectNode();
      resource.put("profile", "tabular-data-resource");
      resource.put("name", table.name());
      resource.put("path", table.path());
      resource.put("title", table.title());
      resource.put(
          "description",
          table.title()
              + "; the mapping of every column and what is lost is in docs/exports.md. An empty"
              + " cell means no value.");
      for (String key : List.of("format", "mediatype", "encoding", "dialect", "licenses")) {
        resource.set(key, like.get(key));
      }
      resource.put("bytes", print.bytes());
      resource.put("hash", "sha256:" + print.sha256());
      ObjectNode schema = resource.putObject("schema");
      ArrayNode fields = schema.putArray("fields");
      for (ExportTable.Column column : table.columns()) {
        ObjectNode field = fields.addObject();
        field.put("name", column.name());
        field.put("type", column.type());
        if (column.type().equals("date")) {
          field.put("format", "default");
        }
        field.put("description", column.description());
      }
      schema.putArray("missingValues").add("");
      resources.add(resource);
    }
    return resources;
  }
}
