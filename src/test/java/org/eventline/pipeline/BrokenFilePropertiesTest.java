package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.eventline.Problem;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.curation.CurationReader;
import org.eventline.schema.EventSchema;
import org.eventline.validate.CurationValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated broken curation files: a valid file with random damage (characters inserted or deleted,
 * lines duplicated, swapped or cut) never makes a reader throw, and every problem names a line and
 * column inside the file; damage that always breaks the file (a tab indent, a misspelt key, a
 * number in words, a lost closing quote, a truncated file) always yields a located error. Each case
 * is drawn from a {@link Random} with a fixed seed, named in the test's display name, so a failure
 * reproduces.
 */
class BrokenFilePropertiesTest {

  private static final Path OK = Path.of("src/test/resources/fixtures/validate/ok/seeds");
  private static final CurationValidator VALIDATOR = new CurationValidator(EventSchema.load());
  private static final String VALID = read("a.events.yaml");
  private static final Article ARTICLE = ArticleParser.parse("a.txt", "a", read("a.txt")).article();

  static LongStream damageSeeds() {
    return LongStream.range(0, 500);
  }

  static LongStream breakingSeeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("damageSeeds")
  void anyDamageGivesLocatedProblemsNeverAnException(long seed) {
    String yaml = damaged(new Random(seed));
    List<Problem> problems = problems(yaml);
    int lines = yaml.split("\r\n|\r|\n", -1).length;
    for (Problem p : problems) {
      assertTrue(
          p.position().line() >= 1 && p.position().line() <= lines + 1,
          () -> p.format() + " for:\n" + yaml);
      assertTrue(p.position().column() >= 1, () -> p.format() + " for:\n" + yaml);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("breakingSeeds")
  void breakingDamageAlwaysGivesALocatedError(long seed) {
    String yaml = broken(new Random(seed));
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

  private static final String DAMAGE = ":-[]{}'\"\t#&*!|>%@`,?\n\r \\\u0085\u2028é🙂";

  /**
   * The valid file with one of: a character from {@link #DAMAGE} inserted, a char deleted, the file
   * cut, a line duplicated or two lines swapped.
   */
  private static String damaged(Random random) {
    int at = random.nextInt(VALID.length() + 1);
    return switch (random.nextInt(4)) {
      case 0 -> {
        int[] damage = DAMAGE.chars().toArray();
        char c = (char) damage[random.nextInt(damage.length)];
        yield VALID.substring(0, at) + c + VALID.substring(at);
      }
      case 1 -> {
        int i = random.nextInt(VALID.length());
        yield VALID.substring(0, i) + VALID.substring(i + 1);
      }
      case 2 -> VALID.substring(0, at);
      default -> {
        List<String> l = new ArrayList<>(List.of(VALID.split("\n", -1)));
        int a = random.nextInt(l.size());
        int b = random.nextInt(l.size());
        if (random.nextBoolean()) {
          l.add(b, l.get(a));
        } else {
          String t = l.get(a);
          l.set(a, l.get(b));
          l.set(b, t);
        }
        yield String.join("\n", l);
      }
    };
  }

  private static final String[] MISSPELT = {"fatalites", "actr1", "sorce_quote", "iso"};
  private static final String[] WORDS = {"twelve", "a dozen", "about 20", "many", "12 soldiers"};
  private static final String[] LOST_QUOTES = {
    "actor1: \"Taliban\n", "location: \"Lashkar Gah\n", "admin1: 'Helmand\n"
  };

  /**
   * The valid file with damage that always breaks it: a tab indent, a misspelt key, a number in
   * words, a lost closing quote or a cut before the first quote.
   */
  private static String broken(Random random) {
    List<String> lines = List.of(VALID.split("\n", -1));
    int eventLine = 3 + random.nextInt(23);
    return switch (random.nextInt(5)) {
      case 0 -> replaceLine(lines, eventLine, "\t" + lines.get(eventLine).strip());
      case 1 ->
          insertLine(lines, eventLine, "    " + MISSPELT[random.nextInt(MISSPELT.length)] + ": 3");
      case 2 ->
          VALID.replace(
              "fatalities: 12\n", "fatalities: " + WORDS[random.nextInt(WORDS.length)] + "\n");
      case 3 -> {
        String s = LOST_QUOTES[random.nextInt(LOST_QUOTES.length)];
        yield VALID.replace(
            s.substring(0, s.indexOf(':')) + ": " + s.substring(s.indexOf(':') + 3), s);
      }
      default -> VALID.substring(0, random.nextInt(VALID.indexOf("source_quote") + 1));
    };
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
