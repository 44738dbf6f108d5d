package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.output.EventsCsv;
import org.eventline.output.EventsYaml;
import org.eventline.schema.EventSchema;
import org.eventline.schema.SchemaProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Generated events, valid per the schema, with texts full of what breaks naive writers (quote
 * marks, colons, '#', leading '-' or '=', line breaks, emoji, words YAML 1.1 reads as booleans or
 * dates), are written as YAML and CSV and read back unchanged. Each case is drawn from a {@link
 * Random} with a fixed seed, named in the test's display name, so a failure reproduces.
 */
class RoundTripPropertiesTest {

  private static final EventSchema SCHEMA = EventSchema.load();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yamlReadsBackTheSameEvents(long seed) {
    List<Event> events = events(new Random(seed));
    String yaml = new EventsYaml(SCHEMA).write(events);
    CurationReader.Result read = CurationReader.read("events.yaml", "a", yaml);
    assertEquals(List.of(), read.problems(), yaml);
    assertEquals(List.of(), new SchemaProblems(SCHEMA).check(read.document()).problems(), yaml);
    List<Event> back = new ArrayList<>();
    for (JsonNode node : read.document().eventNodes()) {
      back.add(EventMapping.fromNode(node));
    }
    assertEquals(events, back, yaml);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void csvReadsBackTheSameCells(long seed) throws IOException {
    List<Event> events = events(new Random(seed));
    EventsCsv writer = new EventsCsv(SCHEMA);
    StringBuilder csv = new StringBuilder();
    writer.write(events, csv);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv.toString()))
            .getRecords();
    assertEquals(events.size(), rows.size(), csv::toString);
    for (int i = 0; i < events.size(); i++) {
      JsonNode node = EventMapping.toNode(events.get(i));
      for (String column : writer.columns()) {
        assertEquals(cell(node.get(column)), rows.get(i).get(column), column + " in\n" + csv);
      }
    }
  }

  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString();
  }

  /** One to four events with distinct ids. */
  private static List<Event> events(Random random) {
    int n = 1 + random.nextInt(4);
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Event e = event(random);
      out.add(Texts.withId(e, e.id() + "-" + i));
    }
    return out;
  }

  /** Edge values drawn now and then, as a property-test library would. */
  private static final int[] EDGE_COUNTS = {0, 1, 10_000_000};

  private static final String[] EDGE_LATITUDES = {
    "-90.0000", "90.0000", "0.0000", "0.0002", "-0.0001", "44.8040"
  };

  private static Event event(Random random) {
    String id = "e" + Texts.chars(random, 1 + random.nextInt(20), "abcXYZ019._-");
    LocalDate date =
        LocalDate.of(1980, 1, 1)
            .plusDays(
                random.nextInt(10) == 0 ? 20_000 * random.nextInt(2) : random.nextInt(20_001));
    String actor1 = Texts.text(random, 1, 120);
    String actor2 = Texts.textOrNull(random, 1, 120, 0.3);
    String notes = Texts.textOrNull(random, 1, 120, 0.3);
    Integer fatalities =
        random.nextDouble() < 0.3
            ? null
            : random.nextInt(10) == 0
                ? EDGE_COUNTS[random.nextInt(EDGE_COUNTS.length)]
                : random.nextInt(10_000_001);
    BigDecimal latitude =
        random.nextDouble() < 0.2
            ? null
            : random.nextInt(10) == 0
                ? new BigDecimal(EDGE_LATITUDES[random.nextInt(EDGE_LATITUDES.length)])
                : BigDecimal.valueOf(random.nextInt(1_800_001) - 900_000L, 4);
    String quote = Texts.text(random, 1, 120);
    return Texts.event(id, date, actor1, actor2, notes, fatalities, latitude, quote);
  }
}
