package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of 30 articles where a third of the files are broken, each in its own way: one run of
 * validate goes through all of them, reports every problem with its file, line and column, counts
 * them in its summary, and exits 1.
 */
class ManyProblemsTest {

  private static final Path OK = Path.of("src/test/resources/fixtures/validate/ok/seeds");

  @TempDir Path dir;

  @Test
  void reportsEveryProblemOfABadCorpusInOneRun() throws IOException {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    String text = Files.readString(OK.resolve("a.txt"));
    String yaml = Files.readString(OK.resolve("a.events.yaml"));
    for (int i = 0; i < 30; i++) {
      String id = String.format("a%02d", i);
      Files.writeString(seeds.resolve(id + ".txt"), text);
      Files.writeString(
          seeds.resolve(id + ".events.yaml"), yaml.replace("id: t-01", "id: t-" + id));
    }
    // Ten files broken, each differently: articles first, then curation files.
    Files.write(seeds.resolve("a03.txt"), new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xC3});
    Files.writeString(seeds.resolve("a06.txt"), "");
    Files.writeString(seeds.resolve("a09.txt"), "Published: 11 August 2021\n" + text);
    edit(seeds, "a12", "actor1: Taliban\n", "actor1: \"Taliban\n");
    edit(seeds, "a15", "fatalities: 12\n", "fatalites: 12\n");
    edit(seeds, "a18", "fatalities: 12\n", "fatalities: twelve\n");
    edit(
        seeds,
        "a21",
        "source_quote: \"Taliban fighters attacked government positions in Lashkar Gah yesterday,"
            + " killing at least 12 soldiers, officials said.\"",
        "source_quote: '\"We will not surrender,\" a commander said'");
    edit(seeds, "a24", "id: t-a24", "id: t-a00");
    edit(
        seeds,
        "a27",
        "event_date: 2021-08-10\n    event_date_end: 2021-08-10",
        "event_date: 2021-08-30\n    event_date_end: 2021-08-30");
    edit(seeds, "a29", "    location: Lashkar Gah", "\tlocation: Lashkar Gah");

    StringWriter err = new StringWriter();
    int exit =
        Main.execute(
            new String[] {"validate", "--seeds", seeds.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    String printed = err.toString().replace(seeds + "/", "");
    assertEquals(
        String.join(
                "\n",
                List.of(
                    "a03.txt:1:6: error: the file is not valid UTF-8: byte 0xC3 at byte offset 5 cannot"
                        + " be decoded; save the file as UTF-8",
                    "a06.txt:1:1: error: the article is empty; expected a first line 'date YYYY-MM-DD'"
                        + " followed by the text",
                    "a09.txt:1:1: error: the date header must be written 'date YYYY-MM-DD' (the word"
                        + " date in lower case, a space, the date; no colon), found 'Published: 11"
                        + " August 2021'",
                    "a12.events.yaml:11:13: error: invalid YAML: the quoted text that starts here is not"
                        + " closed on its line: it runs on to line 25, column 20, taking the lines"
                        + " between as its text; add the missing closing quote mark",
                    "a15.events.yaml:22:5: error: unknown field 'fatalites'; did you mean"
                        + " 'fatalities'?",
                    "a18.events.yaml:22:17: error: fatalities must be an integer (or nothing); found"
                        + " text 'twelve'; write the number in figures (for example fatalities: 20) and"
                        + " keep the words in casualty_phrase",
                    "a21.events.yaml:25:19: error: the quote is not verbatim: it differs from the article"
                        + " only by quote marks (straight against curly); the article has: \"“We will"
                        + " not surrender,” a commander said\" (offset 162)",
                    "a24.events.yaml:3:9: error: id 't-a00' is already used at "
                        + seeds.resolve("a00.events.yaml")
                        + ":3:9; ids must be unique across the whole dataset",
                    "a27.events.yaml:5:17: error: event_date 2021-08-30 is after the article's"
                        + " publication date 2021-08-11; an article cannot report what has not happened"
                        + " yet",
                    "a29.events.yaml:15:1: error: a tab character is used for indentation; YAML allows"
                        + " only spaces there",
                    "30 articles, 30 curation files, 19 valid events (19 confirmed, 0 suggested); 10"
                        + " errors in 10 files, 0 warnings",
                    "coverage: 0 of 30 articles reviewed; 0 suggestions awaiting review",
                    ""))
            .replace(seeds + "/", ""),
        printed.replace("\r\n", "\n"));
    assertEquals(1, exit);
  }

  private static void edit(Path seeds, String id, String from, String to) throws IOException {
    Path file = seeds.resolve(id + ".events.yaml");
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    if (!yaml.contains(from)) {
      throw new IllegalArgumentException(from + " not in " + file);
    }
    Files.writeString(file, yaml.replace(from, to), StandardCharsets.UTF_8);
  }
}
