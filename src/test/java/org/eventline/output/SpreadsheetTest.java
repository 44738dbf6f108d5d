package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.curation.Event;
import org.eventline.schema.EventSchema;
import org.eventline.schema.FieldSpec;
import org.eventline.testing.ExternalTool;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * events.csv opened in LibreOffice Calc: converted headless from CSV (UTF-8, comma, double quote)
 * to CSV again, every cell must come back in its column with its text intact.
 */
class SpreadsheetTest {

  /** Accents, curly quotes, an apostrophe, a dash, an emoji, Arabic, and a two-line quote. */
  static final String QUOTE =
      "Caf\u00e9 \u201cKābul\u201d: the Taliban\u2019s \u2014 \u00ab\u00e0 l\u2019\u00e9cole\u00bb"
          + " \uD83D\uDE00 \u0643\u0627\u0628\u0644\nsecond line, \"in straight quotes\", too";

  @TempDir Path dir;

  @Test
  void calcReadsEveryCellOfEventsCsvIntact() throws Exception {
    Path soffice = ExternalTool.onPath("soffice");
    ExternalTool.require(soffice != null, "LibreOffice (soffice, Debian libreoffice-calc-nogui)");

    EventSchema schema = EventSchema.load();
    List<Event> events = new ArrayList<>(SampleEvents.small());
    events.add(
        SampleEvents.event("q1", "Protests", "2021-08-12", "2021-08-12", "day", "a4", QUOTE)
            .actor1("Protesters (Afghanistan)")
            .location("Kābul")
            .admin1("Kābul")
            .latitude(BigDecimal.valueOf(34.5553))
            .longitude(BigDecimal.valueOf(69.2075))
            .build());
    StringBuilder csv = new StringBuilder();
    new EventsCsv(schema).write(events, csv);
    Path in = dir.resolve("events.csv");
    Files.writeString(in, csv, StandardCharsets.UTF_8);

    Path out = Files.createDirectories(dir.resolve("out"));
    ExternalTool.Run run =
        ExternalTool.run(
            List.of(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                // Import: comma, double quote, UTF-8 (76), from line 1.
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                "--outdir",
                out.toString(),
                in.toString()),
            dir,
            240,
            "HOME",
            dir.toString());
    Path back = out.resolve("events.csv");
    assertTrue(Files.exists(back), "LibreOffice wrote nothing: " + run.output());

    List<CSVRecord> original = records(csv.toString());
    List<CSVRecord> roundTrip = records(Files.readString(back, StandardCharsets.UTF_8));
    assertEquals(original.size(), roundTrip.size(), "rows");
    List<FieldSpec> fields = schema.fields();
    for (int r = 0; r < original.size(); r++) {
      assertEquals(fields.size(), roundTrip.get(r).size(), "columns in row " + r);
      for (int c = 0; c < fields.size(); c++) {
        String expected = original.get(r).get(c);
        String actual = roundTrip.get(r).get(c);
        String where = "row " + r + ", column " + fields.get(c).name();
        if (r > 0 && isNumber(fields.get(c)) && !expected.isEmpty()) {
          // Calc keeps numbers as numbers: 0.90 may come back as 0.9, the same value.
          assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), where);
        } else {
          assertEquals(expected, actual, where);
        }
      }
    }
    CSVRecord special = roundTrip.get(roundTrip.size() - 1);
    assertEquals(QUOTE, special.get("source_quote"));
    assertEquals("Kābul", special.get("location"));
  }

  private static boolean isNumber(FieldSpec field) {
    return field.type().equals("integer") || field.type().equals("number");
  }

  private static List<CSVRecord> records(String text) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get();
    List<CSVRecord> records = new ArrayList<>();
    format.parse(new StringReader(text)).forEach(records::add);
    return records;
  }
}
