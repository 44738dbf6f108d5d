package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.curation.CurationReader;
import org.eventline.curation.Event;
import org.eventline.curation.EventMapping;
import org.eventline.output.EventsCsv;
import org.eventline.output.EventsYaml;
import org.eventline.schema.EventSchema;
import org.eventline.schema.SchemaProblems;
import tools.jackson.databind.JsonNode;

/**
 * Generated events, valid per the schema, with texts full of what breaks naive writers (quote
 * marks, colons, '#', leading '-' or '=', line breaks, emoji, words YAML 1.1 reads as booleans or
 * dates), are written as YAML and CSV and read back unchanged.
 */
class RoundTripProperties {

  private static final EventSchema SCHEMA = EventSchema.load();

  @Property(tries = 200)
  void yamlReadsBackTheSameEvents(
      @ForAll @Size(min = 1, max = 4) List<@From("events") Event> drawn) {
    List<Event> events = withDistinctIds(drawn);
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

  @Property(tries = 200)
  void csvReadsBackTheSameCells(@ForAll @Size(min = 1, max = 4) List<@From("events") Event> drawn)
      throws IOException {
    List<Event> events = withDistinctIds(drawn);
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
    assertEquals(events.size(), rows.size());
    for (int i = 0; i < events.size(); i++) {
      JsonNode node = EventMapping.toNode(events.get(i));
      for (String column : writer.columns()) {
        assertEquals(cell(node.get(column)), rows.get(i).get(column), column);
      }
    }
  }

  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString();
  }

  private static List<Event> withDistinctIds(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      out.add(Texts.withId(e, e.id() + "-" + i));
    }
    return out;
  }

  @Provide
  Arbitrary<Event> events() {
    Arbitrary<String> text = Texts.text(1, 120);
    Arbitrary<String> optional = Texts.text(1, 120).injectNull(0.3);
    Arbitrary<LocalDate> date =
        Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1980, 1, 1).plusDays(d));
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 10_000_000).injectNull(0.3);
    Arbitrary<BigDecimal> latitude =
        Arbitraries.bigDecimals()
            .between(BigDecimal.valueOf(-90), BigDecimal.valueOf(90))
            .ofScale(4)
            .injectNull(0.2);
    Arbitrary<String> id =
        Arbitraries.strings()
            .withChars("abcXYZ019._-")
            .ofMinLength(1)
            .ofMaxLength(20)
            .map(s -> "e" + s);
    return Combinators.combine(id, date, text, optional, optional, count, latitude, text)
        .as(
            (i, d, actor1, actor2, notes, fatalities, lat, quote) ->
                Texts.event(i, d, actor1, actor2, notes, fatalities, lat, quote));
  }
}
