package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.Problem;
import org.eventline.curation.Event;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suggest over a seeds folder: files created, curators' work kept, suggestions valid. */
class SuggestRunTest {

  static final String SEED = "000_26d17594a1416e60";

  @TempDir Path seeds;
  Path curation;

  @BeforeEach
  void copySeed() throws IOException {
    Files.copy(Path.of("seeds", SEED + ".txt"), seeds.resolve(SEED + ".txt"));
    curation = seeds.resolve(SEED + ".events.yaml");
  }

  private SuggestRun.Result suggest() throws IOException {
    return new SuggestRun(SharedResources.schema(), SharedResources.suggester())
        .run(seeds, List.of());
  }

  private ValidationReport validate() throws IOException {
    return new DatasetValidation(SharedResources.schema()).run(seeds);
  }

  @Test
  void createsACurationFileWhoseSuggestionsValidate() throws IOException {
    SuggestRun.Result result = suggest();
    assertTrue(result.ok(), result.problems().toString());
    assertTrue(Files.exists(curation));
    assertTrue(result.added() >= 4, "suggestions added: " + result.added());
    String text = read();
    assertTrue(text.startsWith("# Curation of "), text);
    ValidationReport report = validate();
    assertEquals(0, report.errors(), report.summary());
    assertEquals(
        report.events().stream()
            .map(e -> "event " + e.id() + " is still suggested (not reviewed)")
            .sorted()
            .toList(),
        report.problems().stream()
            .map(p -> p.message().substring(0, p.message().indexOf(';')))
            .sorted()
            .toList(),
        "every unreviewed suggestion is warned, and nothing else");
    assertEquals(result.added(), report.events().size());
    assertEquals(result.added(), report.coverage().suggested());
    assertTrue(report.events().stream().allMatch(e -> e.status().equals("suggested")));
    assertEquals(0, report.confirmed().size(), "suggestions are not published");
  }

  @Test
  void runningTwiceChangesNothing() throws IOException {
    suggest();
    byte[] first = Files.readAllBytes(curation);
    SuggestRun.Result again = suggest();
    assertEquals(0, again.added());
    assertEquals(new String(first, StandardCharsets.UTF_8), read());
  }

  @Test
  void keepsEveryByteOfTheCuratorsWork() throws IOException {
    suggest();
    List<String> items = items(read());
    assertTrue(items.size() >= 4, "items: " + items.size());
    String confirmed =
        items
            .get(0)
            .replace("status: \"suggested\"", "status: \"confirmed\"  # checked against the map")
            .replace("\n    suggestion:\n", "\n    curator: \"test curator\"\n    suggestion:\n")
            .replace("geo_precision: 3", "geo_precision: 2");
    assertTrue(confirmed.contains("curator: \"test curator\""), confirmed);
    String rejected = items.get(1).replace("status: \"suggested\"", "status: \"rejected\"");
    String deletedId = id(items.get(2));
    String own =
        "  - id: \"own-1\"\n"
            + "    status: \"confirmed\"\n"
            + "    event_date: \"2021-08-10\"\n"
            + "    event_date_end: \"2021-08-10\"\n"
            + "    date_precision: \"day\"\n"
            + "    event_type: \"Strategic developments\"\n"
            + "    sub_event_type: \"Other\"\n"
            + "    actor1: \"Government of the United States (2021-2025)\"\n"
            + "    location: \"Doha\"\n"
            + "    admin1: \"Baladiyat ad Dawhah\"\n"
            + "    country: \"Qatar\"\n"
            + "    iso3: \"QAT\"\n"
            + "    geo_precision: 1\n"
            + "    source_quote: \"US special envoy Zalmay Khalilzad was in Doha, Qatar\"\n";
    StringBuilder edited = new StringBuilder("# my notes on this article\nevents:\n");
    edited.append(confirmed).append(rejected);
    for (int i = 3; i < items.size(); i++) {
      edited.append(items.get(i));
    }
    edited.append("  # the envoy's visit, coded by hand\n").append(own);
    Files.writeString(curation, edited.toString(), StandardCharsets.UTF_8);

    SuggestRun.Result rerun = suggest();

    String after = read();
    assertTrue(after.startsWith(edited.toString()), "the curator's text must stay byte for byte");
    List<String> added = items(after.substring(edited.length()));
    assertEquals(1, rerun.added(), "only the deleted suggestion comes back");
    assertEquals(List.of(deletedId), added.stream().map(SuggestRunTest::id).toList());
    assertEquals(
        1,
        count(after, "- id: \"" + id(items.get(1))),
        "a rejected suggestion is not proposed again");
    ValidationReport report = validate();
    assertTrue(report.ok(), report.problems().toString());
    assertEquals(
        List.of(id(items.get(0)), "own-1").stream().sorted().toList(),
        report.confirmed().stream().map(Event::id).sorted().toList());
  }

  @Test
  void anEditedConfirmedEventIsNotProposedAgainEvenWithANewId() throws IOException {
    suggest();
    String text = read();
    String first = items(text).get(0);
    String renamed =
        first.replace(id(first), "afg-curated-1").replace("\"suggested\"", "\"confirmed\"");
    String rest = text.substring(text.indexOf(first) + first.length());
    Files.writeString(curation, "events:\n" + renamed + rest, StandardCharsets.UTF_8);
    assertEquals(0, suggest().added());
  }

  @Test
  void aHandledSuggestionRenamedReplacedAndRedatedIsNotProposedAgain() throws IOException {
    suggest();
    String text = read();
    List<String> items = items(text);
    StringBuilder edited = new StringBuilder("events:\n");
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String before = item;
      // What a curator does: a new id, a refined place and date, a longer quote; the suggestion
      // block stays as suggest wrote it.
      item =
          item.replace("- id: \"" + id(item) + "\"", "- id: \"afg-curated-" + i + "\"")
              .replace("status: \"suggested\"", "status: \"confirmed\"")
              .replaceFirst(
                  "(?m)^    location: \"[^\"]*\"", "    location: \"Refined place " + i + "\"")
              .replaceFirst("(?m)^    event_date: \"[^\"]*\"", "    event_date: \"2021-08-01\"")
              .replaceFirst("(?m)^    date_precision: \"[^\"]*\"", "    date_precision: \"month\"");
      assertTrue(item.contains("Refined place " + i) && !item.equals(before), item);
      edited.append(item);
    }
    Files.writeString(curation, edited.toString(), StandardCharsets.UTF_8);
    assertEquals(0, suggest().added(), "handled suggestions are recognised by their block");
    assertEquals(edited.toString(), read());
  }

  @Test
  void reviewedArticlesAreSkippedUnlessIncluded() throws IOException {
    Files.writeString(
        curation,
        "review:\n  curator: \"c\"\n  reviewed_at: \"2026-12-01T00:00:00Z\"\n"
            + "  article_sha256: \""
            + "0".repeat(64)
            + "\"\nevents: []\n",
        StandardCharsets.UTF_8);
    String before = read();
    SuggestRun.Result skipped = suggest();
    assertEquals(0, skipped.added());
    assertTrue(skipped.files().get(0).skipped());
    assertEquals(before, read(), "a reviewed article is not touched");

    SuggestRun.Result included =
        new SuggestRun(SharedResources.schema(), SharedResources.suggester())
            .run(seeds, List.of(), true);
    assertTrue(included.added() > 0);
    assertTrue(included.files().get(0).reviewCleared());
    assertFalse(read().contains("review:"), "the article's review mark is cleared");
    assertTrue(read().startsWith("events: \n  - id: \"s-"), read());
  }

  @Test
  void anEmptyFlowListBecomesABlockList() throws IOException {
    Files.writeString(curation, "# nothing yet\nevents: []  # to do\n", StandardCharsets.UTF_8);
    SuggestRun.Result result = suggest();
    assertTrue(result.added() > 0);
    assertTrue(read().startsWith("# nothing yet\nevents:   # to do\n  - id: \"s-"), read());
    assertTrue(validate().ok());
  }

  @Test
  void windowsLineEndingsAreKept() throws IOException {
    Files.writeString(curation, "# notes\r\nevents:\r\n", StandardCharsets.UTF_8);
    suggest();
    String text = read();
    assertTrue(text.startsWith("# notes\r\nevents:\r\n  - id: "), text);
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    assertTrue(validate().ok());
  }

  @Test
  void aFileThatCannotBeExtendedIsLeftAlone() throws IOException {
    String flow =
        "events: [{id: x, status: rejected, event_date: 2021-08-10, event_date_end: 2021-08-10,"
            + " date_precision: day, event_type: Battles, sub_event_type: Armed clash, actor1: A,"
            + " location: L, admin1: null, country: Afghanistan, iso3: AFG, geo_precision: 3,"
            + " source_quote: \"The insurgents have captured\"}]\n";
    Files.writeString(curation, flow, StandardCharsets.UTF_8);
    SuggestRun.Result result = suggest();
    assertFalse(result.ok());
    assertEquals(flow, read());
    Problem p = result.problems().get(0);
    assertTrue(p.format().contains("flow list"), p.format());

    String broken = "events:\n  - id: [unclosed\n";
    Files.writeString(curation, broken, StandardCharsets.UTF_8);
    assertFalse(suggest().ok());
    assertEquals(broken, read());
  }

  private String read() throws IOException {
    return Files.readString(curation, StandardCharsets.UTF_8);
  }

  /** The list items of a curation text, each with its lines and final newline. */
  static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  - ").matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      items.add(text.substring(starts.get(i), end));
    }
    return items;
  }

  static String id(String item) {
    Matcher m = Pattern.compile("- id: \"([^\"]+)\"").matcher(item);
    assertTrue(m.find(), item);
    return m.group(1);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
