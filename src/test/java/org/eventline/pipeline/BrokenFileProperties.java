package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.curation.CurationReader;
import org.eventline.schema.EventSchema;
import org.eventline.validate.CurationValidator;

/**
 * Generated broken curation files: a valid file with random damage (characters inserted or deleted,
 * lines duplicated, swapped or cut) never makes a reader throw, and every problem names a line and
 * column inside the file; damage that always breaks the file (a tab indent, a misspelt key, a
 * number in words, a lost closing quote, a truncated file) always yields a located error.
 */
class BrokenFileProperties {

  private static final Path OK = Path.of("src/test/resources/fixtures/validate/ok/seeds");
  private static final CurationValidator VALIDATOR = new CurationValidator(EventSchema.load());
  private static final String VALID = read("a.events.yaml");
  private static final Article ARTICLE = ArticleParser.parse("a.txt", "a", read("a.txt")).article();

  @Property(tries = 500)
  void anyDamageGivesLocatedProblemsNeverAnException(@ForAll("damaged") String yaml) {
    List<Problem> problems = problems(yaml);
    int lines = yaml.split("\r\n|\r|\n", -1).length;
    for (Problem p : problems) {
      assertTrue(p.position().line() >= 1 && p.position().line() <= lines + 1, p::format);
      assertTrue(p.position().column() >= 1, p::format);
    }
  }

  @Property(tries = 300)
  void breakingDamageAlwaysGivesALocatedError(@ForAll("broken") String yaml) {
    List<Problem> problems = problems(yaml);
    assertTrue(
        problems.stream().anyMatch(p -> p.isError() && p.position().line() >= 1),
        () -> "no error for:\n" + yaml);
  }

  private static List<Problem> problems(String yaml) {
    CurationReader.Result read = CurationReader.read("a.events.yaml", "a", yaml);
    List<Problem> problems = new ArrayList<>(read.problems());
    if (read.document() != null) {
      problems.addAll(VALIDATOR.validate(read.document(), ARTICLE).problems());
    }
    return problems;
  }

  @Provide
  Arbitrary<String> damaged() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<Character> c =
        Arbitraries.of(
            ":-[]{}'\"\t#&*!|>%@`,?\n\r \\\u0085\u2028é🙂"
                .chars()
                .mapToObj(i -> (char) i)
                .toArray(Character[]::new));
    Arbitrary<String> insert =
        Combinators.combine(at, c).as((i, ch) -> VALID.substring(0, i) + ch + VALID.substring(i));
    Arbitrary<String> delete =
        at.filter(i -> i < VALID.length()).map(i -> VALID.substring(0, i) + VALID.substring(i + 1));
    Arbitrary<String> cut = at.map(i -> VALID.substring(0, i));
    Arbitrary<String> lines =
        Combinators.combine(lineIndex(), lineIndex(), Arbitraries.of(true, false))
            .as(
                (a, b, duplicate) -> {
                  List<String> l = new ArrayList<>(List.of(VALID.split("\n", -1)));
                  if (duplicate) {
                    l.add(b, l.get(a));
                  } else {
                    String t = l.get(a);
                    l.set(a, l.get(b));
                    l.set(b, t);
                  }
                  return String.join("\n", l);
                });
    return Arbitraries.oneOf(insert, delete, cut, lines);
  }

  private static Arbitrary<Integer> lineIndex() {
    return Arbitraries.integers().between(0, VALID.split("\n", -1).length - 1);
  }

  @Provide
  Arbitrary<String> broken() {
    List<String> lines = List.of(VALID.split("\n", -1));
    Arbitrary<Integer> eventLine = Arbitraries.integers().between(3, 25);
    Arbitrary<String> tab = eventLine.map(i -> replaceLine(lines, i, "\t" + lines.get(i).strip()));
    Arbitrary<String> misspelt =
        Combinators.combine(eventLine, Arbitraries.of("fatalites", "actr1", "sorce_quote", "iso"))
            .as((i, key) -> insertLine(lines, i, "    " + key + ": 3"));
    Arbitrary<String> words =
        Arbitraries.of("twelve", "a dozen", "about 20", "many", "12 soldiers")
            .map(w -> VALID.replace("fatalities: 12\n", "fatalities: " + w + "\n"));
    Arbitrary<String> lostQuote =
        Arbitraries.of("actor1: \"Taliban\n", "location: \"Lashkar Gah\n", "admin1: 'Helmand\n")
            .map(
                s ->
                    VALID.replace(
                        s.substring(0, s.indexOf(':'))
                            + ": "
                            + s.substring(s.indexOf(':') + 3, s.length()),
                        s));
    Arbitrary<String> truncated =
        Arbitraries.integers()
            .between(0, VALID.indexOf("source_quote"))
            .map(i -> VALID.substring(0, i));
    return Arbitraries.oneOf(tab, misspelt, words, lostQuote, truncated);
  }

  private static String replaceLine(List<String> lines, int i, String line) {
    List<String> l = new ArrayList<>(lines);
    l.set(i, line);
    return String.join("\n", l);
  }

  private static String insertLine(List<String> lines, int i, String line) {
    List<String> l = new ArrayList<>(lines);
    l.add(i, line);
    return String.join("\n", l);
  }

  private static String read(String name) {
    try {
      return Files.readString(OK.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
