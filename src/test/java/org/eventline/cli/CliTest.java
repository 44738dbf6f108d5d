package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path tmp;

  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void helpOfEachCommandListsTheExitCodes() {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--help"});
    for (String name : Main.commandLine().getSubcommands().keySet()) {
      commands.add(new String[] {name, "--help"});
    }
    assertTrue(
        commands.size() >= 12, "every command, the curation ones included: " + commands.size());
    for (String[] command : commands) {
      Outcome o = run(command);
      assertEquals(0, o.exit(), String.join(" ", command) + ": " + o.err());
      String footer = o.out().substring(o.out().indexOf("Exit codes:"));
      for (String code : List.of("0", "1", "2", "3")) {
        assertTrue(
            footer.contains("\n  " + code + "   "), String.join(" ", command) + ": " + o.out());
      }
      assertTrue(footer.contains("  3   I/O or internal error"), o.out());
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    Outcome o = run("build", "--sedes", "x");
    assertEquals(2, o.exit());
    assertTrue(o.err().startsWith("eventline: error: Unknown options: '--sedes', 'x'"), o.err());
  }

  @Test
  void missingSeedsFolderIsAUsageError() {
    Outcome o = run("validate", "--seeds", tmp.resolve("nope").toString());
    assertEquals(2, o.exit());
    assertTrue(o.err().contains("--seeds: no such folder: "), o.err());
  }

  @Test
  void anIoFailureSaysHowToReportItWithoutAStackTrace() throws Exception {
    Path out = tmp.resolve("out");
    Files.writeString(out, "a file where the output folder should be");
    Outcome o =
        run(
            "build",
            "--seeds",
            "src/test/resources/fixtures/build/emoji/seeds",
            "--out",
            out.resolve("sub").toString());
    assertEquals(3, o.exit(), o.err());
    assertTrue(o.err().startsWith("eventline: internal error: "), o.err());
    assertTrue(o.err().contains(out.toString()), "names the path that failed: " + o.err());
    assertTrue(
        o.err().contains("Please report it at https://github.com/eventline/eventline/issues"),
        o.err());
    assertTrue(o.err().contains("--stacktrace"), o.err());
    assertTrue(!o.err().contains("\tat "), "no stack trace without --stacktrace: " + o.err());
    Outcome traced =
        run(
            "build",
            "--stacktrace",
            "--seeds",
            "src/test/resources/fixtures/build/emoji/seeds",
            "--out",
            out.resolve("sub").toString());
    assertTrue(traced.err().contains("\tat "), traced.err());
    assertEquals(
        "a file where the output folder should be",
        Files.readString(out),
        "the failed build leaves the file in the way untouched");
  }

  @Test
  void validateExitsOneOnInvalidDataAndPrintsTheSummary() {
    Outcome o =
        run("validate", "--seeds", "src/test/resources/fixtures/validate/end-before-start/seeds");
    assertEquals(1, o.exit());
    assertTrue(
        o.err()
            .endsWith(
                "1 article, 1 curation file, 0 valid events (0 confirmed, 0 suggested); 1 error in 1"
                    + " file, 0 warnings\n"
                    + "coverage: 0 of 1 article reviewed; 0 suggestions awaiting review\n"),
        o.err());
  }
}
