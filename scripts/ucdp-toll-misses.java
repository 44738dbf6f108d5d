import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.eventline.evaluate.GoldEvent;
import org.eventline.pipeline.GoldSets;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.Suggestion;
import org.eventline.suggest.text.NumberWords;

/**
 * Why UCDP headlines' death tolls are missed: sorts every gold event with a toll above zero whose
 * first suggestion does not give that toll exactly into what the headline allows. Run from the
 * repository root after {@code mvn -B -q -o package -DskipTests}:
 *
 * <pre>
 * java -cp target/eventline.jar scripts/ucdp-toll-misses.java eval/ucdp-dev.csv dev
 * java -cp target/eventline.jar scripts/ucdp-toll-misses.java eval/ucdp-dev.csv heldout
 * </pre>
 *
 * (add {@code -v} to list the rows). Kinds: "another toll written" (the suggestion gives a number
 * the headline writes, and UCDP coded another: UCDP splits a report's toll over several events, one
 * per place, or takes it from the article's body), "no count written" (the headline writes no
 * figure, number word, "dozens" or the like: "Civilians killed as fighting flares"), "no toll
 * suggested, a count written" (a count the suggester did not read, or a count of something else), "no suggestion" (nothing suggested for the headline),
 * "other" (a number the headline does not write). The kinds "another toll written" and "no count
 * written" are out of reach of anything that reads the headline.
 */
public final class UcdpTollMisses {

  public static void main(String[] args) throws Exception {
    boolean heldOut = args[1].equals("heldout");
    boolean verbose = args.length > 2 && args[2].equals("-v");
    EventSchema schema = EventSchema.load();
    Suggester suggester = new Suggester(SuggestResources.load(schema, null));
    TreeMap<String, Integer> kinds = new TreeMap<>();
    int withToll = 0;
    int right = 0;
    for (GoldSets.GoldText t :
        GoldSets.ucdp(Path.of(args[0]), suggester.placeFinder().countries())) {
      if (t.heldOut() != heldOut) {
        continue;
      }
      GoldEvent g = t.events().get(0);
      if (g.fatalities() == null || g.fatalities() <= 0) {
        continue;
      }
      withToll++;
      List<Suggestion> s = suggester.suggest(t.article());
      Integer toll = s.isEmpty() ? null : s.get(0).event().fatalities();
      if (g.fatalities().equals(toll)) {
        right++;
        continue;
      }
      String text = t.article().body().strip();
      String kind =
          s.isEmpty()
              ? "no suggestion"
              : toll == null
                  ? (anyCount(text) ? "no toll suggested, a count written" : "no count written")
                  : writes(text, toll) ? "another toll written" : "other";
      kinds.merge(kind, 1, Integer::sum);
      if (verbose) {
        System.out.println(kind + "\t" + t.id() + "\tgold " + g.fatalities() + "\tsuggested "
            + toll + "\t" + text);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %s: %d gold events with a toll above 0; first suggestion exact: %d; missed: %s%n",
        args[0], args[1], withToll, right, kinds);
  }

  /** Whether the text writes any count of people: a figure, a number word, dozens, scores. */
  private static boolean anyCount(String text) {
    for (String token : text.split("[^\\p{L}\\p{N},\\-]+")) {
      String t = token.replaceAll("^[,\\-]+|[,\\-]+$", "").toLowerCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      if (t.replace(",", "").chars().allMatch(Character::isDigit)
          || NumberWords.parse(t) > 0
          || t.matches("dozens?|scores|hundreds|thousands|several|many")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text writes the figure as digits or in words (an "over 20" counts for 21). */
  private static boolean writes(String text, int figure) {
    for (String token : text.split("[^\\p{L}\\p{N},\\-]+")) {
      String t = token.replaceAll("^[,\\-]+|[,\\-]+$", "");
      String digits = t.replace(",", "");
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 10) {
        int n = Integer.parseInt(digits);
        if (n == figure || n + 1 == figure) {
          return true;
        }
      } else if (!t.isEmpty()) {
        long n = NumberWords.parse(t.toLowerCase(Locale.ROOT));
        if (n == figure || n + 1 == figure || (n == 12 && t.toLowerCase(Locale.ROOT).startsWith("dozen"))) {
          return true;
        }
      }
    }
    return false;
  }
}
