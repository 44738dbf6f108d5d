package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.curation.Event;
import org.eventline.pipeline.DatasetBuild;
import org.eventline.schema.EventSchema;
import org.eventline.testing.ExternalTool;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoJSON and the ACLED- and UCDP-shaped exports: exact columns, mappings, determinism, and
 * real readers (GDAL's ogrinfo, Debian's pandas).
 */
class ExportsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  static final List<String> ACLED =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");
  static final List<String> UCDP =
      List.of(
          "id",
          "year",
          "type_of_violence",
          "side_a",
          "side_b",
          "source_article",
          "source_date",
          "where_prec",
          "where_coordinates",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "country",
          "region",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low");

  /** The small events with their categories set, as published events have them. */
  static List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (Event e : SampleEvents.small()) {
      String c1 =
          e.actor1().startsWith("Protesters")
              ? "Protesters"
              : e.actor1().equals("Taliban") ? "Rebel groups" : "Political militias";
      String c2 = e.actor2() == null ? null : "State forces";
      events.add(e.toBuilder().actor1Category(c1).actor2Category(c2).build());
    }
    return events;
  }

  private static List<CSVRecord> read(ExportTable table, List<Event> events) throws IOException {
    StringBuilder text = new StringBuilder();
    table.write(events, text);
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(text.toString()))
        .getRecords();
  }

  private static ExportTable table(String name) {
    return new Exports().tables().stream().filter(t -> t.name().equals(name)).findFirst().get();
  }

  @Test
  void theAcledFileHasAcledsColumnsAndOneRowPerEventInOrder() throws IOException {
    ExportTable acled = table("acled");
    assertEquals(ACLED, acled.columns().stream().map(ExportTable.Column::name).toList());
    List<CSVRecord> rows = read(acled, events());
    assertEquals(List.of("b1", "b2", "p1", "e1"), rows.stream().map(r -> r.get(0)).toList());
    CSVRecord b1 = rows.get(0);
    assertEquals("2021-08-10", b1.get("event_date"));
    assertEquals("1", b1.get("time_precision"));
    assertEquals("Political violence", b1.get("disorder_type"));
    assertEquals("2", b1.get("inter1"));
    assertEquals("1", b1.get("inter2"));
    assertEquals("12", b1.get("interaction"));
    assertEquals("4", b1.get("iso"));
    assertEquals("", b1.get("timestamp"));
    assertEquals("", b1.get("region"));
    CSVRecord p1 = rows.get(2);
    // A month-precision event is coded to the middle of its month, precision 3, as ACLED does.
    assertEquals("2021-08-16", p1.get("event_date"));
    assertEquals("3", p1.get("time_precision"));
    assertEquals("Demonstrations", p1.get("disorder_type"));
    assertEquals("60", p1.get("interaction"));
    assertEquals("", rows.get(3).get("fatalities"), "no figure stays empty, never 0");
  }

  @Test
  void theUcdpFileHoldsOrganisedViolenceWithADeathOnly() throws IOException {
    ExportTable ucdp = table("ucdp-ged");
    assertEquals(UCDP, ucdp.columns().stream().map(ExportTable.Column::name).toList());
    List<CSVRecord> rows = read(ucdp, events());
    // p1 is a protest, e1 gives no figure: left out.
    assertEquals(List.of("b1", "b2"), rows.stream().map(r -> r.get(0)).toList());
    CSVRecord b2 = rows.get(1);
    assertEquals("", b2.get("type_of_violence"), "one actor: no dyad to code");
    assertEquals("1", rows.get(0).get("type_of_violence"));
    assertEquals("", b2.get("side_b"), "b2 names one actor");
    assertEquals("2", b2.get("date_prec"));
    assertEquals("10", b2.get("best"));
    assertEquals("10", b2.get("low"));
    assertEquals("30", b2.get("high"));
    CSVRecord b1 = rows.get(0);
    assertEquals("Military Forces of Afghanistan (2004-2021)", b1.get("side_a"));
    assertEquals("Taliban", b1.get("side_b"));
    assertEquals("4", b1.get("low"));
    assertEquals("", b1.get("deaths_civilians"));
  }

  @Test
  void theGeoJsonHasOnePointPerLocatedEventAtLongitudeLatitude() throws IOException {
    StringBuilder text = new StringBuilder();
    new EventsGeoJson(EventSchema.load()).write(events(), text);
    JsonNode root = JSON.readTree(text.toString());
    assertEquals("FeatureCollection", root.path("type").asString());
    assertFalse(root.has("crs"));
    JsonNode features = root.path("features");
    assertEquals(3, features.size(), "e1 has no coordinates");
    JsonNode first = features.get(0);
    assertEquals("Point", first.path("geometry").path("type").asString());
    assertEquals(69.2075, first.path("geometry").path("coordinates").get(0).asDouble());
    assertEquals(34.5553, first.path("geometry").path("coordinates").get(1).asDouble());
    assertEquals(
        EventSchema.load().fieldNames(), List.copyOf(first.path("properties").propertyNames()));
    assertTrue(first.path("properties").path("injured").isNull());
  }

  @Test
  void ogrinfoReadsTheGeoJsonWithItsFeatureCountAndTypes() throws Exception {
    Path ogrinfo = ExternalTool.onPath("ogrinfo");
    ExternalTool.require(ogrinfo != null, "GDAL's ogrinfo (Debian gdal-bin, see .ci/run)");
    Path out = render(events());
    ExternalTool.Run run =
        ExternalTool.run(
            List.of(ogrinfo.toString(), "-ro", "-al", "-so", "events.geojson"), out, 120);
    assertEquals(0, run.exitCode(), run.output());
    String info = run.output();
    assertTrue(info.contains("Geometry: Point"), info);
    assertTrue(info.contains("Feature Count: 3"), info);
    assertTrue(info.contains("ID[\"EPSG\",4326]"), info);
    for (String field :
        List.of(
            "id: String",
            "event_date: Date",
            "article_date: Date",
            "latitude: Real",
            "longitude: Real",
            "fatalities: Integer",
            "geo_precision: Integer",
            "quote_start: Integer",
            "source_quote: String")) {
      assertTrue(info.contains(field + " "), field + " in:\n" + info);
    }
  }

  @Test
  void theReadmesPandasLoadGivesNullableCountsAndDates() throws Exception {
    ExternalTool.requirePython("pandas");
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- pandas-load[^>]*-->\\s*```python\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertTrue(block.find(), "README.md has the pandas-load block");
    String docs = Files.readString(Path.of("docs", "dataset.md"), StandardCharsets.UTF_8);
    assertTrue(docs.contains(block.group(1)), "docs/dataset.md shows the same load");
    Path out = render(events());
    Files.move(out, dir.resolve("output"));
    String script =
        block.group(1)
            + "\nimport json\n"
            + "print('dtypes', {c: str(t) for c, t in events.dtypes.items()})\n"
            + "print('e1 fatalities', events.set_index('id').loc['e1', 'fatalities'])\n"
            + "acled = pd.read_csv('output/exports/acled.csv', keep_default_na=False,"
            + " na_values=[''])\n"
            + "ucdp = pd.read_csv('output/exports/ucdp-ged.csv', keep_default_na=False,"
            + " na_values=[''])\n"
            + "geo = pd.json_normalize(json.load(open('output/events.geojson'))['features'])\n"
            + "print('shapes', acled.shape, ucdp.shape, geo.shape)\n";
    Path file = dir.resolve("load.py");
    Files.writeString(file, script);
    ExternalTool.Run run =
        ExternalTool.run(List.of(ExternalTool.PYTHON.toString(), file.toString()), dir, 120);
    assertEquals(0, run.exitCode(), run.output());
    String text = run.output();
    assertTrue(text.contains("'fatalities': 'Int64'"), text);
    assertTrue(text.contains("'injured_high': 'Int64'"), text);
    assertTrue(text.contains("'event_date': 'datetime64[ns]'"), text);
    assertTrue(text.contains("'article_date': 'datetime64[ns]'"), text);
    assertTrue(text.contains("e1 fatalities <NA>"), text);
    assertTrue(text.contains("shapes (4, 31) (2, 25) (3, 39)"), text);
  }

  @Test
  void twoRendersGiveTheSameBytes() throws IOException {
    for (ExportTable table : new Exports().tables()) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      table.write(events(), a);
      table.write(events(), b);
      assertEquals(a.toString(), b.toString(), table.name());
    }
  }

  private Path render(List<Event> events) throws IOException {
    Path out = Files.createDirectories(dir.resolve("rendered"));
    for (OutputFile file : new DatasetBuild(EventSchema.load()).render(events)) {
      Path target = out.resolve(file.path());
      Files.createDirectories(target.getParent());
      try (OutputStream stream = Files.newOutputStream(target)) {
        file.write(stream);
      }
    }
    return out;
  }
}
