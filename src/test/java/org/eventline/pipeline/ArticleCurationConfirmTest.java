package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's operations refuse to confirm a suggestion whose place or actor the suggester left
 * empty, naming what to fill in; once filled in, it confirms, and the file validates.
 */
class ArticleCurationConfirmTest {

  @TempDir Path seeds;

  @Test
  void aSuggestionWithEmptyFieldsIsConfirmedOnlyOnceTheyAreFilledIn() throws IOException {
    String suggestedOnly = suggestedOnly();
    ArticleCuration pages = pages();
    ArticleCuration.Read read = pages.read("a");

    ArticleCuration.Applied refused =
        pages.apply(read.article(), suggestedOnly, List.of(status("confirmed")), "tester");
    assertNull(refused.text());
    assertEquals(
        List.of(
            "cannot confirm t-02: actor1, location, country, iso3, geo_precision are empty (the"
                + " text does not say them, or the suggester did not find them); fill them in"
                + " first"),
        refused.refused());

    List<ArticleCuration.Op> ops = new ArrayList<>();
    ops.add(set("actor1", "Taliban"));
    ops.add(set("location", "Lashkar Gah"));
    ops.add(set("country", "Afghanistan"));
    ops.add(set("iso3", "AFG"));
    ops.add(set("geo_precision", "1"));
    ops.add(status("confirmed"));
    ArticleCuration.Applied filled = pages.apply(read.article(), suggestedOnly, ops, "tester");
    assertTrue(filled.ok(), filled.refused().toString());
    ValidationReport report = pages.check("a", filled.text());
    assertTrue(report.ok(), report.problems().toString());
    assertEquals(1, report.confirmed().size());
  }

  @Test
  void aFigureTypedInThePageReplacesTheSuggestersRangeThatNoLongerHoldsIt() throws IOException {
    String suggestedOnly = suggestedOnly();
    ArticleCuration pages = pages();
    ArticleCuration.Read read = pages.read("a");
    List<ArticleCuration.Op> ranged =
        List.of(set("fatalities", "2"), set("fatalities_low", "2"), set("fatalities_high", "2"));
    ArticleCuration.Applied two = pages.apply(read.article(), suggestedOnly, ranged, "tester");
    assertTrue(two.ok(), two.refused().toString());
    assertTrue(two.text().contains("fatalities_high: 2"), two.text());
    ArticleCuration.Applied zero =
        pages.apply(read.article(), two.text(), List.of(set("fatalities", "0")), "tester");
    assertTrue(zero.ok(), zero.refused().toString());
    assertTrue(zero.text().contains("    fatalities: 0\n"), zero.text());
    assertFalse(zero.text().contains("fatalities_low"), zero.text());
    assertFalse(zero.text().contains("fatalities_high"), zero.text());
  }

  /** The fixture's article and its suggested event only, written to the seeds folder. */
  private String suggestedOnly() throws IOException {
    Path fixture = Path.of("src/test/resources/fixtures/validate/confirmed-with-empty-place/seeds");
    Files.copy(fixture.resolve("a.txt"), seeds.resolve("a.txt"));
    String curation = Files.readString(fixture.resolve("a.events.yaml"), StandardCharsets.UTF_8);
    String suggested = "events:\n" + curation.substring(curation.indexOf("  - id: t-02"));
    Files.writeString(seeds.resolve("a.events.yaml"), suggested, StandardCharsets.UTF_8);
    return suggested;
  }

  private ArticleCuration pages() {
    return new ArticleCuration(
        EventSchema.load(),
        seeds,
        Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC));
  }

  private static ArticleCuration.Op status(String value) {
    return new ArticleCuration.Op("status", "t-02", null, value, null, null);
  }

  private static ArticleCuration.Op set(String field, String value) {
    return new ArticleCuration.Op("set", "t-02", field, value, null, null);
  }
}
