package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eventline.SpreadsheetText;
import org.eventline.schema.EventSchema;
import org.eventline.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the built dataset of an article whose quote and names begin with {@code =} and {@code @} in
 * real LibreOffice (headless, formulas evaluated on import) and checks that no formula runs from
 * events-spreadsheet.csv, nor from events.csv imported as docs/spreadsheets-safety.md says (every
 * column as text), while events.csv opened carelessly does run one: the attack is real, the
 * defences hold. Skips without LibreOffice, except under CI=true.
 */
class SpreadsheetSafetyTest {

  private static final Path SEEDS =
      Path.of("src/test/resources/fixtures/validate/formula-injection/seeds");
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  /** LibreOffice's CSV import options: comma, double quote, UTF-8, from line 1. */
  private static final String IMPORT = "CSV:44,34,76,1";

  /** The same, with "Evaluate formulas" explicitly on (token 13). */
  private static final String IMPORT_EVALUATING =
      IMPORT + ",,,false,false,false,false,false,false,true";

  @TempDir Path tmp;

  @Test
  void noFormulaRunsFromTheFilesAsDocumented() throws Exception {
    ExternalTool.require(
        Files.isExecutable(SOFFICE), "LibreOffice Calc (apt package libreoffice-calc-nogui)");
    Path out = tmp.resolve("output");
    assertTrue(new DatasetBuild(EventSchema.load()).run(SEEDS, out).published());
    List<List<String>> exact = read(Files.readString(out.resolve("events.csv")));
    List<List<String>> safe = read(Files.readString(out.resolve("events-spreadsheet.csv")));
    List<String> columns = exact.get(0);
    int actor1 = columns.indexOf("actor1");
    int quote = columns.indexOf("source_quote");
    int notes = columns.indexOf("notes");
    for (int column : List.of(actor1, quote, notes)) {
      String text = exact.get(1).get(column);
      assertTrue(SpreadsheetText.isRisky(text), text);
      assertEquals("'" + text, safe.get(1).get(column), "the spreadsheet copy defuses " + text);
    }

    // Careless: events.csv opened with formulas evaluated runs the HYPERLINK formula.
    List<List<String>> careless = calc(out.resolve("events.csv"), IMPORT_EVALUATING, "careless");
    assertEquals("click", careless.get(1).get(actor1), "the attack must be real for this test");

    // Defence 1: events-spreadsheet.csv, by default and with formulas evaluated: text as written.
    for (String options : List.of(IMPORT, IMPORT_EVALUATING)) {
      List<List<String>> opened = calc(out.resolve("events-spreadsheet.csv"), options, "safe");
      for (int column : List.of(actor1, quote, notes)) {
        assertEquals(safe.get(1).get(column), opened.get(1).get(column), options);
      }
    }

    // Defence 2: events.csv imported with every column as text: every cell exactly as written.
    StringJoiner asText = new StringJoiner("/");
    for (int i = 1; i <= columns.size(); i++) {
      asText.add(i + "/2");
    }
    String textImport = IMPORT + "," + asText + ",,false,false,false,false,false,false,true";
    assertEquals(exact, calc(out.resolve("events.csv"), textImport, "as-text"));
  }

  /** Opens a CSV file in LibreOffice Calc with import options and saves what it shows as CSV. */
  private List<List<String>> calc(Path csv, String importOptions, String name) throws Exception {
    Path dir = tmp.resolve(name + Integer.toHexString(importOptions.hashCode()));
    Files.createDirectories(dir);
    List<String> command =
        List.of(
            SOFFICE.toString(),
            "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
            "--headless",
            "--norestore",
            "--infilter=" + importOptions,
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true",
            "--outdir",
            dir.toString(),
            csv.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 3 minutes: " + log);
    }
    Path converted = dir.resolve(csv.getFileName());
    assertTrue(Files.exists(converted), "LibreOffice wrote nothing: " + log);
    return read(Files.readString(converted, StandardCharsets.UTF_8));
  }

  private static List<List<String>> read(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
      rows.add(r.toList());
    }
    return rows;
  }
}
