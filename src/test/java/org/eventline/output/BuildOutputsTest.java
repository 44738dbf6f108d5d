package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.pipeline.DatasetBuild;
import org.eventline.schema.EventSchema;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the build publishes: every file, the data package agreeing with the CSV, same bytes. */
class BuildOutputsTest {

  private static Map<String, byte[]> render() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (OutputFile file : new DatasetBuild(EventSchema.load()).render(SampleEvents.small())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      file.write(out);
      files.put(file.path(), out.toByteArray());
    }
    return files;
  }

  @Test
  void theBuildWritesTheTablesThePackageAndEveryChart() throws IOException {
    Map<String, byte[]> files = render();
    assertEquals(
        List.of(
            "events.csv",
            "events-spreadsheet.csv",
            "events.yaml",
            "events.geojson",
            "exports/acled.csv",
            "exports/ucdp-ged.csv",
            "datapackage.json",
            "charts/timeline.png",
            "charts/fatalities.png",
            "charts/by-location.png",
            "charts/by-actor.png",
            "charts/map.png"),
        List.copyOf(files.keySet()));
    JsonNode resource =
        JsonMapper.builder()
            .build()
            .readTree(files.get("datapackage.json"))
            .path("resources")
            .get(0);
    byte[] csv = files.get("events.csv");
    assertEquals(csv.length, resource.path("bytes").asInt());
    assertEquals("sha256:" + DataPackageWriter.sha256(csv), resource.path("hash").asString());
  }

  @Test
  void twoBuildsGiveTheSameBytes() throws IOException {
    Map<String, byte[]> first = render();
    Map<String, byte[]> second = render();
    for (String path : first.keySet()) {
      assertArrayEquals(first.get(path), second.get(path), path);
    }
  }
}
