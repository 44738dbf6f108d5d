package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventline.pipeline.CurationEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code confirm}, {@code reject} and {@code review} as a curator runs them, on real files: what
 * they change, and every refusal with its message and exit code, the files left byte for byte.
 */
class CurationCommandsTest {

  @TempDir Path seeds;

  static final Path ARTICLE = Path.of("src/test/resources/fixtures/validate/ok/seeds/a.txt");

  /** A suggestion as suggest writes it: quote offsets, and its suggestion block. */
  static final String SUGGESTED =
      """
      # Curation of a.txt
      events:
        - id: "s-0000000001"
          status: "suggested"
          event_date: "2021-08-10"
          event_date_end: "2021-08-10"
          date_precision: "day"
          event_type: "Battles"
          sub_event_type: "Armed clash"
          actor1: "Taliban"
          actor1_category: "Rebel groups"
          location: "Lashkar Gah"
          admin1: "Helmand"
          country: "Afghanistan"
          iso3: "AFG"
          geo_precision: 1
          source_quote: "Taliban fighters attacked government positions in Lashkar Gah yesterday, killing at least 12 soldiers, officials said."
          quote_start: 43
          quote_end: 161
          date_phrase: "yesterday"
          suggestion:
            id: "s-0000000001"
            confidence: 0.80
            quote_start: 43
            quote_end: 161
            event_date: "2021-08-10"
            event_date_end: "2021-08-10"
            event_type: "Battles"
            sub_event_type: "Armed clash"
            actor1: "Taliban"
            location: "Lashkar Gah"
            admin1: "Helmand"
            country: "Afghanistan"
            reasons: "Type: 'attacked' -> Battles / Armed clash."
        - id: "s-0000000002"  # the capitals
          status: "suggested"
          event_date: "2021-08-05"
          event_date_end: "2021-08-11"
          date_precision: "week"
          event_type: "Battles"
          sub_event_type: "Non-state actor overtakes territory"
          actor1: "Taliban"
          location: "Afghanistan"
          admin1: null
          country: "Afghanistan"
          iso3: "AFG"
          geo_precision: 3
          source_quote: "The insurgents have captured five out of 34 provincial capitals in the country in less than a week."
          suggestion:
            id: "s-0000000002"
            confidence: 0.55
            quote_start: 215
            quote_end: 315
            event_type: "Battles"
            location: "Afghanistan"
      """;

  Path curation;

  @BeforeEach
  void setUp() throws IOException {
    Files.copy(ARTICLE, seeds.resolve("a.txt"));
    curation = seeds.resolve("a.events.yaml");
    Files.writeString(curation, SUGGESTED, StandardCharsets.UTF_8);
  }

  record Outcome(int exit, String out, String err) {}

  Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--seeds=" + seeds;
    System.arraycopy(args, 1, all, 2, args.length - 1);
    int exit = Main.execute(all, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(
        exit, out.toString().replace(seeds + "/", ""), err.toString().replace(seeds + "/", ""));
  }

  String text() throws IOException {
    return Files.readString(curation, StandardCharsets.UTF_8);
  }

  @Test
  void confirmSetsStatusAndCuratorAndKeepsEveryOtherByte() throws IOException {
    Outcome o = run("confirm", "--curator", "ana", "s-0000000001");
    assertEquals(0, o.exit(), o.err());
    assertEquals("a.events.yaml:4:13: s-0000000001 confirmed by ana\n", o.out());
    String expected =
        SUGGESTED
            .replaceFirst("status: \"suggested\"\n", "status: \"confirmed\"\n")
            .replaceFirst(
                "    date_phrase: \"yesterday\"\n",
                "    date_phrase: \"yesterday\"\n    curator: \"ana\"\n");
    assertEquals(expected, text());
    Outcome validate = run("validate");
    assertTrue(
        validate.err().contains("(1 confirmed, 1 suggested); 0 errors in 0 files, 1 warning"),
        validate.err());
  }

  @Test
  void confirmBringsStaleOffsetsOfAnExtendedQuoteUpToDate() throws IOException {
    String longer =
        "killing at least 12 soldiers, officials said. “We will not surrender,” a commander said"
            + " 🙂 on Tuesday.\"";
    Files.writeString(
        curation, SUGGESTED.replace("killing at least 12 soldiers, officials said.\"", longer));
    Outcome warned = run("validate");
    assertEquals(0, warned.exit(), warned.err());
    assertTrue(warned.err().contains("warning: quote_end 161 is stale"), warned.err());

    Outcome o = run("confirm", "--curator", "ana", "s-0000000001");
    assertEquals(0, o.exit(), o.err());
    assertTrue(text().contains("    quote_start: 43\n    quote_end: 217\n"), text());
    Outcome clean = run("validate");
    assertFalse(clean.err().contains("stale"), clean.err());
  }

  @Test
  void rejectKeepsTheEventSoThatSuggestNeverProposesItAgain() throws IOException {
    Outcome o = run("reject", "--curator", "ana", "s-0000000002", "s-0000000001");
    assertEquals(0, o.exit(), o.err());
    assertTrue(text().contains("- id: \"s-0000000002\"  # the capitals\n    status: \"rejected\""));
    assertEquals(2, text().split("status: \"rejected\"", -1).length - 1);
  }

  @Test
  void reviewIsRefusedWhileSuggestionsAreLeftThenRecordsWhoWhenAndTheArticleHash()
      throws Exception {
    byte[] before = Files.readAllBytes(curation);
    Outcome refused = run("review", "--curator", "ana", "a");
    assertEquals(1, refused.exit());
    assertEquals(
        "a.events.yaml:4:13: error: event s-0000000001 is still suggested; confirm or reject it"
            + " before marking the article reviewed\n"
            + "a.events.yaml:36:13: error: event s-0000000002 is still suggested; confirm or reject"
            + " it before marking the article reviewed\n"
            + "nothing was written\n",
        refused.err());
    assertArrayEquals(before, Files.readAllBytes(curation));

    assertEquals(0, run("confirm", "--curator", "ana", "s-0000000001").exit());
    assertEquals(0, run("reject", "--curator", "ana", "s-0000000002").exit());
    Outcome o = run("review", "--curator", "ana", "a");
    assertEquals(0, o.exit(), o.err());
    String sha =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(seeds.resolve("a.txt"))));
    assertTrue(
        text()
            .matches(
                "(?s)# Curation of a.txt\nreview:\n  curator: \"ana\"\n  reviewed_at:"
                    + " \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"\n  article_sha256: \""
                    + sha
                    + "\"\nevents:\n.*"),
        text());
    Outcome validate = run("validate");
    assertTrue(
        validate
            .err()
            .endsWith("coverage: 1 of 1 article reviewed; 0 suggestions awaiting review\n"),
        validate.err());

    // Confirming or rejecting in a reviewed article is refused: it would change reviewed work.
    byte[] reviewed = Files.readAllBytes(curation);
    Outcome inReviewed = run("reject", "--curator", "ana", "s-0000000001");
    assertEquals(1, inReviewed.exit());
    assertTrue(
        inReviewed
            .err()
            .startsWith(
                "a.events.yaml:8:13: error: event s-0000000001 is in an article"
                    + " marked reviewed (by ana at "),
        inReviewed.err());
    assertArrayEquals(reviewed, Files.readAllBytes(curation));

    // Reopened, its events can change again; reviewing it again is allowed.
    Outcome reopened = run("review", "--curator", "ana", "--reopen", "a");
    assertEquals(0, reopened.exit(), reopened.err());
    assertFalse(text().contains("\nreview:"), text());
    assertEquals(0, run("reject", "--curator", "ana", "s-0000000001").exit());
    assertEquals(0, run("review", "--curator", "ana", "a").exit());

    // The article's text changes: validate says it needs review again.
    Files.writeString(seeds.resolve("a.txt"), Files.readString(seeds.resolve("a.txt")) + "More.\n");
    Outcome changed = run("validate");
    assertTrue(
        changed.err().contains("warning: the article changed since ana reviewed it"),
        changed.err());
    assertTrue(
        changed.err().contains("0 of 1 article reviewed (1 changed since review"), changed.err());
  }

  @Test
  void reviewingAnArticleWithoutACurationFileCreatesOneWithNoEvents() throws IOException {
    Files.copy(ARTICLE, seeds.resolve("b.txt"));
    Outcome o = run("review", "--curator", "ana", "b");
    assertEquals(0, o.exit(), o.err());
    assertEquals("b.events.yaml: reviewed by ana (no events)\n", o.out());
    Outcome validate = run("validate");
    assertTrue(validate.err().contains("coverage: 1 of 2 articles reviewed"), validate.err());
  }

  @Test
  void anUnknownIdIsAUsageErrorWithTheClosestOne() throws IOException {
    byte[] before = Files.readAllBytes(curation);
    Outcome o = run("confirm", "--curator", "ana", "s-0000000001", "s-000000003");
    assertEquals(2, o.exit());
    assertEquals(
        "eventline: error: no event with id 's-000000003' in "
            + seeds
            + "; did you mean 's-0000000001'?\nnothing was written\n",
        o.err().replace(seeds + "/", ""));
    assertArrayEquals(
        before, Files.readAllBytes(curation), "the known id was not confirmed either");
    Outcome article = run("review", "--curator", "ana", "nope");
    assertEquals(2, article.exit());
    assertTrue(article.err().startsWith("eventline: error: no article 'nope' in "), article.err());
  }

  @Test
  void noCuratorIsAUsageError() throws IOException {
    Outcome o = run("confirm", "s-0000000001");
    if (System.getenv(CuratorOption.ENV) == null) {
      assertEquals(2, o.exit());
      assertTrue(o.err().contains("give --curator NAME, or set it once"), o.err());
      assertEquals(SUGGESTED, text());
    }
    Outcome multiline = run("confirm", "--curator", "a\nb", "s-0000000001");
    assertEquals(2, multiline.exit());
    assertEquals(SUGGESTED, text());
  }

  @Test
  void anIdInTwoFilesIsInvalidData() throws IOException {
    Files.copy(ARTICLE, seeds.resolve("b.txt"));
    Files.writeString(seeds.resolve("b.events.yaml"), SUGGESTED);
    Outcome o = run("confirm", "--curator", "ana", "s-0000000002");
    assertEquals(1, o.exit());
    assertEquals(
        "b.events.yaml:35:9: error: id 's-0000000002' is used in 2 places (a.events.yaml:35:9,"
            + " b.events.yaml:35:9); ids must be unique across the dataset: rename one, then run"
            + " the command again\nnothing was written\n",
        o.err());
    assertEquals(SUGGESTED, text());
  }

  @Test
  void aMalformedFileIsInvalidDataAndLeftAlone() throws IOException {
    String broken =
        SUGGESTED.replace(
            "status: \"suggested\"\n    event_date: \"2021-08-10\"",
            "status: \"suggested\n    event_date: \"2021-08-10\"");
    assertFalse(broken.equals(SUGGESTED));
    Files.writeString(curation, broken);
    Outcome o = run("confirm", "--curator", "ana", "s-0000000001");
    assertEquals(1, o.exit());
    assertTrue(o.err().startsWith("a.events.yaml:"), o.err());
    assertTrue(o.err().contains("error: invalid YAML"), o.err());
    assertTrue(
        o.err()
            .contains("no event with id 's-0000000001' in the curation files that could be read"),
        o.err());
    assertEquals(broken, text());
  }

  @Test
  void anEventThatDoesNotValidateIsNotConfirmed() throws IOException {
    String wrong =
        SUGGESTED.replace("killing at least 12 soldiers,", "killing at least 13 soldiers,");
    Files.writeString(curation, wrong);
    Outcome o = run("confirm", "--curator", "ana", "s-0000000001");
    assertEquals(1, o.exit());
    assertTrue(o.err().contains("(fix it first; nothing was written)"), o.err());
    assertEquals(wrong, text());
  }

  @Test
  void aFileChangedOnDiskBetweenReadAndWriteIsNotWritten() throws IOException {
    String theirs = SUGGESTED.replace("# the capitals", "# edited in another window");
    CurationEdits edits =
        new CurationEdits(
            org.eventline.schema.EventSchema.load(),
            java.time.Clock.systemUTC(),
            file -> Files.writeString(file, theirs));
    CurationEdits.Result r = edits.confirm(seeds, List.of("s-0000000001"), "ana");
    assertEquals(CurationEdits.Outcome.CHANGED_ON_DISK, r.outcome());
    assertEquals(theirs, text(), "the other program's save is kept, ours is not written");
    assertEquals(
        "a.events.yaml:1:1: error: the file changed on disk while eventline was editing it (an"
            + " editor or another command saved it); it was not written: run the command again",
        r.problems().get(0).format().replace(seeds + "/", ""));

    CommandLine cli = new CommandLine(new CurationCommands.Confirm());
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertEquals(ExitCode.INTERNAL, CurationCommands.report(r, cli.getCommandSpec()));
  }

  @Test
  void evalReportsHowOftenCuratorsKeptEachSuggestedField() throws IOException {
    // The curator moves the first event to a village the suggester missed and confirms it;
    // rejects the second.
    Files.writeString(
        curation, SUGGESTED.replaceFirst("location: \"Lashkar Gah\"\n", "location: \"Bolan\"\n"));
    assertEquals(0, run("confirm", "--curator", "ana", "s-0000000001").exit());
    assertEquals(0, run("reject", "--curator", "ana", "s-0000000002").exit());
    Outcome o = run("eval", "--kept-only");
    assertEquals(0, o.exit(), o.err());
    assertTrue(
        o.out()
            .contains(
                "2 suggestions handled: 1 confirmed, 1 rejected (0.500 confirmed); 0 awaiting"
                    + " review.\n"),
        o.out());
    assertTrue(o.out().contains("| event_date | 1 | 1 | 1.000 |\n"), o.out());
    assertTrue(o.out().contains("| location | 1 | 0 | 0.000 |\n"), o.out());
    assertTrue(o.out().contains("| admin1 | 1 | 1 | 1.000 |\n"), o.out());
  }

  @Test
  void setCorrectsFieldsTypedByTheSchemaAndKeepsEveryOtherByte() throws IOException {
    Outcome o =
        run(
            "set",
            "--curator",
            "ana",
            "s-0000000002",
            "event_date=2021-08-06",
            "fatalities=5",
            "casualty_phrase=",
            "notes=Five capitals, none named.");
    assertEquals(0, o.exit(), o.err());
    assertEquals(
        "a.events.yaml:36:13: s-0000000002 set event_date, fatalities, casualty_phrase, notes by"
            + " ana\n",
        o.out());
    String expected =
        SUGGESTED
            .replace("    event_date: \"2021-08-05\"\n", "    event_date: \"2021-08-06\"\n")
            .replace(
                "    geo_precision: 3\n    source_quote",
                "    geo_precision: 3\n    fatalities: 5\n    source_quote")
            .replace(
                "capitals in the country in less than a week.\"\n",
                "capitals in the country in less than a week.\"\n    curator: \"ana\"\n    notes:"
                    + " \"Five capitals, none named.\"\n");
    assertFalse(expected.equals(SUGGESTED));
    assertEquals(expected, text());
  }

  @Test
  void aFigureSetAloneReplacesTheRangeThatNoLongerHoldsIt() throws IOException {
    assertEquals(
        0,
        run(
                "set",
                "--curator",
                "ana",
                "s-0000000001",
                "fatalities=2",
                "fatalities_low=2",
                "fatalities_high=2")
            .exit());
    Outcome zero = run("set", "--curator", "ana", "s-0000000001", "fatalities=0");
    assertEquals(0, zero.exit(), zero.err());
    assertTrue(
        zero.out()
            .contains("set fatalities (fatalities_low, fatalities_high removed: the figure set"),
        zero.out());
    assertTrue(text().contains("    fatalities: 0\n"), text());
    assertFalse(text().contains("fatalities_low"), text());
    assertFalse(text().contains("fatalities_high"), text());
    Outcome confirmed = run("confirm", "--curator", "ana", "s-0000000001");
    assertEquals(0, confirmed.exit(), confirmed.err());
    // a range that still holds the new figure stays
    assertEquals(
        0,
        run("set", "--curator", "ana", "s-0000000002", "fatalities_low=3", "fatalities_high=6")
            .exit());
    assertEquals(0, run("set", "--curator", "ana", "s-0000000002", "fatalities=4").exit());
    assertTrue(text().contains("    fatalities_low: 3\n"), text());
    assertTrue(text().contains("    fatalities_high: 6\n"), text());
  }

  @Test
  void setRefusesWhatTheSchemaRefusesAndWhatBreaksAConfirmedEvent() throws IOException {
    Outcome unknown = run("set", "--curator", "ana", "s-0000000002", "fatalites=5");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown field 'fatalites'; did you mean 'fatalities'?"));
    Outcome word = run("set", "--curator", "ana", "s-0000000002", "fatalities=five");
    assertEquals(2, word.exit());
    assertTrue(word.err().contains("fatalities must be a whole number; found 'five'"));
    Outcome type = run("set", "--curator", "ana", "s-0000000002", "event_type=Battle");
    assertEquals(2, type.exit());
    assertTrue(type.err().contains("did you mean 'Battles'?"), type.err());
    Outcome status = run("set", "--curator", "ana", "s-0000000002", "status=confirmed");
    assertEquals(2, status.exit());
    assertTrue(
        status
            .err()
            .contains("status is not set this way: use eventline confirm or eventline reject"),
        status.err());
    assertEquals(SUGGESTED, text());

    assertEquals(0, run("confirm", "--curator", "ana", "s-0000000001").exit());
    String confirmed = text();
    Outcome broken = run("set", "--curator", "ana", "s-0000000001", "event_date=2021-08-12");
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains("is after the article's publication date"), broken.err());
    assertTrue(broken.err().endsWith("nothing was written\n"), broken.err());
    assertEquals(confirmed, text());
  }

  @Test
  void placeWritesTheChosenPlaceIntoAnEvent() throws IOException {
    Outcome o =
        run("place", "Kandahar", "--country", "AFG", "--event", "s-0000000002", "--curator", "ana");
    assertEquals(0, o.exit(), o.err());
    assertTrue(o.out().startsWith("1. Kandahar, "), o.out());
    String event = text().substring(text().indexOf("- id: \"s-0000000002\""));
    assertTrue(event.contains("    location: \"Kandahar\"\n    admin1: \"Kandahar\"\n"), event);
    assertTrue(event.contains("    geo_precision: 1\n"), event);
    assertTrue(event.contains("    latitude: 31.6"), event);
    assertTrue(event.contains("      location: \"Afghanistan\"\n"), "the suggestion block stays");
  }

  @Test
  void helpListsTheExitCodes() {
    for (String command : new String[] {"confirm", "reject", "review", "set"}) {
      Outcome o = run(command, "--help");
      assertEquals(0, o.exit(), o.err());
      assertTrue(o.out().contains("Exit codes:") && o.out().contains("changed on disk"), o.out());
    }
  }
}
