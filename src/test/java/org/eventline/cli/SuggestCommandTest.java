package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

  @TempDir Path seeds;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void suggestThenValidate() throws Exception {
    String id = "000_26d17594a1416e60";
    Files.copy(Path.of("seeds", id + ".txt"), seeds.resolve(id + ".txt"));
    Run suggest = run("suggest", "--seeds", seeds.toString(), id);
    assertEquals(0, suggest.code(), suggest.err());
    assertTrue(suggest.out().contains(id + ".events.yaml: "), suggest.out());
    assertTrue(suggest.out().contains("(new file)"), suggest.out());
    Run validate = run("validate", "--seeds", seeds.toString());
    assertEquals(0, validate.code(), validate.err());
    Run again = run("suggest", "--seeds", seeds.toString());
    assertTrue(again.out().endsWith("0 suggestions added to 0 of 1 articles\n"), again.out());
  }

  @Test
  void unknownArticleAndMissingFolder() {
    Run missing = run("suggest", "--seeds", seeds.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--seeds: no such folder"), missing.err());
    Run unknown = run("suggest", "--seeds", seeds.toString(), "no-such-article");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("error: no such article 'no-such-article'"), unknown.err());
  }

  @Test
  void aBrokenActorDictionaryIsTheUsersErrorAndNothingIsWritten() throws Exception {
    String id = "000_26d17594a1416e60";
    Files.copy(Path.of("seeds", id + ".txt"), seeds.resolve(id + ".txt"));
    String shipped =
        Files.readString(Path.of("src/main/resources/org/eventline/suggest/actors.yaml"));
    String generic = shipped.substring(shipped.indexOf("\ngeneric:") + 1);
    Path noRoles = seeds.resolveSibling(seeds.getFileName() + "-no-roles.yaml");
    Files.writeString(noRoles, "actors:\n  - name: X\n    country: UA\n" + generic);
    Run broken = run("suggest", "--seeds", seeds.toString(), "--actors", noRoles.toString());
    assertEquals(1, broken.code(), broken.err());
    assertTrue(broken.err().contains(noRoles + ": actor 'X' has no roles"), broken.err());
    assertTrue(!broken.err().contains("internal error"), broken.err());
    Path badUnit = seeds.resolveSibling(seeds.getFileName() + "-bad-unit.yaml");
    Files.writeString(
        badUnit,
        "actors:\n  - name: X\n    country: UA\n    territory: Narnia\n"
            + "    roles: [{category: Rebel groups}]\n"
            + generic);
    Run unit = run("suggest", "--seeds", seeds.toString(), "--actors", badUnit.toString());
    assertEquals(1, unit.code(), unit.err());
    assertTrue(
        unit.err()
            .contains(
                badUnit
                    + ": actor 'X': territory 'Narnia' is not a first-level unit of UA in the"
                    + " gazetteer"),
        unit.err());
    assertTrue(!Files.exists(seeds.resolve(id + ".events.yaml")), "no curation file written");
  }

  @Test
  void theDatasetsActorsMayHoldTerritoryAndAWrongUnitIsLocated() throws Exception {
    String id = "ambazonia";
    Files.writeString(
        seeds.resolve(id + ".txt"),
        "date 2021-05-02\nSeparatists attack\n\nTwo Ambazonia Defence Forces fighters were killed"
            + " in clashes with soldiers on Saturday, Cameroon's army said.\n");
    String list =
        "actors:\n"
            + "  - name: Ambazonia Defence Forces\n"
            + "    country: CM\n"
            + "    territory: Narnia\n"
            + "    roles: [{category: Rebel groups}]\n";
    Files.writeString(seeds.resolve("actors.yaml"), list);
    Run wrong = run("suggest", "--seeds", seeds.toString());
    assertEquals(1, wrong.code(), wrong.err());
    assertTrue(
        wrong
            .err()
            .contains(
                "actors.yaml:4:16: error: actor 'Ambazonia Defence Forces': territory"
                    + " 'Narnia' is not a first-level unit of CM"),
        wrong.err());
    assertTrue(!Files.exists(seeds.resolve(id + ".events.yaml")), "nothing written");
    Files.writeString(seeds.resolve("actors.yaml"), list.replace("Narnia", "South-West"));
    Run right = run("suggest", "--seeds", seeds.toString());
    assertEquals(0, right.code(), right.err());
    String events = Files.readString(seeds.resolve(id + ".events.yaml"));
    assertTrue(events.contains("admin1: \"South-West\""), events);
    assertTrue(events.contains("which holds territory in South-West"), events);
    // a territory with no country is refused where it stands
    Files.writeString(seeds.resolve("actors.yaml"), list.replace("    country: CM\n", ""));
    Run noCountry = run("validate", "--seeds", seeds.toString());
    assertEquals(1, noCountry.code(), noCountry.err());
    assertTrue(
        noCountry.err().contains("territory 'Narnia' needs the actor's country"), noCountry.err());
  }

  @Test
  void anEventBeforeACourtStepIsWrittenOverAYearThatValidatesAcrossALeapDay() throws Exception {
    // the year up to 2020-11-20 spans 29 February: 366 days, not 367
    Files.writeString(
        seeds.resolve("court.txt"),
        "date 2020-11-22\nSuspect released\n\nThe man accused of a shooting of protesters in"
            + " Kenosha, Wisconsin that left two people dead was released from a Wisconsin jail"
            + " Friday after his lawyers posted bond.\n");
    Run suggest = run("suggest", "--seeds", seeds.toString());
    assertEquals(0, suggest.code(), suggest.err());
    assertTrue(!suggest.err().contains("dropped"), suggest.err());
    String events = Files.readString(seeds.resolve("court.events.yaml"));
    assertTrue(events.contains("event_date: \"2019-11-21\""), events);
    assertTrue(events.contains("event_date_end: \"2020-11-20\""), events);
    assertTrue(events.contains("date_precision: \"year\""), events);
  }

  @Test
  void evalHelpStatesTheMatchingRule() {
    Run help = run("eval", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Matching:"), help.out());
    assertTrue(help.out().contains("odd"), help.out());
  }

  @Test
  void evalPrintsEndToEndFiguresPerSourceUnderTheirTargets() {
    Run eval = run("eval", "--gold", "reports", "--split", "heldout");
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("## End to end, heldout split"), eval.out());
    assertTrue(
        eval.out()
            .contains("| target | | | 0.75 (all sets: 0.90) | 0.85 | 0.85 | 0.60 | 0.60 | 0.70 |"),
        eval.out());
    assertTrue(eval.out().contains("\n| reports | coder | 26 | "), eval.out());
    assertTrue(eval.out().contains("\n| reports | wire | 14 | "), eval.out());
    assertTrue(eval.out().contains("| reports | heldout | event |"), "per field too");
  }

  @Test
  void evalRefusesAMissingGoldFile() {
    Run eval = run("eval", "--gold", "reports", "--reports", seeds.resolve("none.csv").toString());
    assertEquals(2, eval.code());
    assertTrue(eval.err().contains("--reports: no such file or folder: "), eval.err());
  }
}
