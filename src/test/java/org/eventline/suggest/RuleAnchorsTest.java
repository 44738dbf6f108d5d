package org.eventline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.eventline.suggest.text.Literals;
import org.junit.jupiter.api.Test;

class RuleAnchorsTest {

  @Test
  void anchorsAreTheLiteralStartsOfTheFirstGroupsAlternatives() {
    assertEquals(
        Optional.of(List.of("clash", "fighting", "gunfight", "tear", "militiam", "vs")),
        RuleAnchors.of("\\b(clash(es|ed)?|fighting|gunfights?|tear ?gas|militiam[ae]n|vs\\.?)\\b"));
    assertEquals(Optional.of(List.of("grenade")), RuleAnchors.of("\\bgrenades?\\b"));
    assertEquals(
        Optional.of(List.of("attack")),
        RuleAnchors.of("\\battack(s|ed)? (on|against) (\\S+ ){0,2}(military|army)"));
    assertEquals(Optional.of(List.of("fighting force")), RuleAnchors.of("\\bfighting force"));
  }

  @Test
  void anchorsAreReadThroughAlternativesNestedGroupsLookBehindsAndDigits() {
    assertEquals(Optional.of(List.of("a", "b", "d")), RuleAnchors.of("\\b(a|b)c|d"));
    assertEquals(
        Optional.of(List.of("military", "army", "offensive")),
        RuleAnchors.of("\\b(military|army) (raids?) kill\\b|\\boffensives? (against|kill)"));
    assertEquals(
        Optional.of(List.of("killed", "was", "were")),
        RuleAnchors.of("\\b(killed|(was|were) shot(?! down))\\b"));
    assertEquals(
        Optional.of(List.of("ordered", "told", "complete withdrawal")),
        RuleAnchors.of("\\b((ordered|told) (his|its) troops|complete withdrawal)\\b"));
    assertEquals(
        Optional.of(List.of("shot", "fired")),
        RuleAnchors.of("(?<!(video|film) )\\b(shot|fired) (at|on)"));
    assertEquals(
        Optional.of(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "two", "more than ")),
        RuleAnchors.of("\\b(\\d+|two|more than \\d+) (were )?killed"));
    assertEquals(Optional.of(List.of("rally")), RuleAnchors.of("(?:rally|rally)"));
  }

  @Test
  void anExpressionNotUnderstoodHasNoAnchorsAndIsAlwaysRun() {
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(a|b)c|\\sd"));
    assertEquals(Optional.empty(), RuleAnchors.of("^(?!.*\\bkilled\\b).*\\bkilling"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(\\d+|\\S+) killed"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\d?killed"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b((was|were) )?shot"));
    assertEquals(Optional.empty(), RuleAnchors.of("(?<name>shot)"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(killed|dead)?\\s+x"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(\\S+ )?bomb"));
    assertEquals(Optional.empty(), RuleAnchors.of("(?i)bomb"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(|bomb)"));
    assertEquals(Optional.empty(), RuleAnchors.of("s?bomb"));
  }

  @Test
  void literalsAreFoundInOnePassIgnoringCase() {
    Literals literals = Literals.of(List.of("he", "she", "his", "hers", "fighting force"));
    int[][] starts = literals.starts("USHERS of the Fighting Force");
    assertEquals("{0, 1, 3, 4}", found(starts).toString());
    assertEquals("{}", found(literals.starts("nothing")).toString());
    assertEquals("[2, 11]", java.util.Arrays.toString(starts[0]), "'he' in USHERS and in the");
    assertEquals("[1]", java.util.Arrays.toString(starts[1]));
    assertEquals("[14]", java.util.Arrays.toString(starts[4]));
  }

  /** The literals that occur at all. */
  private static BitSet found(int[][] starts) {
    BitSet found = new BitSet();
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] != null) {
        found.set(k);
      }
    }
    return found;
  }

  /**
   * Matching an expression only where its anchors start gives what {@code find()} over the whole
   * sentence gives, for every expression of the shipped rules on every sentence of the shipped
   * articles, the fixtures and the coder reports.
   */
  @Test
  void matchingAtTheAnchorsIsFindingInTheWholeSentence() throws Exception {
    List<String> sentences =
        sentences().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    int tried = 0;
    int matched = 0;
    for (EventTypeClassifier.Rule rule : SharedResources.resources().classifier().rules()) {
      List<java.util.regex.Pattern> patterns = new java.util.ArrayList<>(rule.all());
      patterns.addAll(rule.unless());
      int[] counts = matchAtAnchorsAsInTheWholeSentence(patterns, sentences);
      tried += counts[0];
      matched += counts[1];
    }
    assertEquals(
        true, tried > 50_000 && matched > 1_000, tried + " tried, " + matched + " matched");
  }

  /**
   * The same for the not-events' expressions, which are run on a sentence as written (their anchors
   * found ignoring case): every expression of the shipped not-events on every sentence of the
   * shipped articles, the fixtures and the coder reports.
   */
  @Test
  void notEventsMatchAtTheirAnchorsAsInTheWholeSentence() throws Exception {
    List<String> sentences = sentences();
    int tried = 0;
    int matched = 0;
    for (EventTypeClassifier.NotEvent n : SharedResources.resources().classifier().notEvents()) {
      int[] counts = matchAtAnchorsAsInTheWholeSentence(n.words(), sentences);
      tried += counts[0];
      matched += counts[1];
    }
    assertEquals(true, tried > 15_000 && matched > 100, tried + " tried, " + matched + " matched");
  }

  /**
   * No expression of a shipped rule loses its anchors: one without is run on every sentence of
   * every article (eight such, generic killing words, counts, offensives, protests, once took 13%
   * of a suggest run's time), and a new one must not be the first again. Of the not-events' words
   * one has none: it reads the whole sentence from its start ({@code ^}), and only in sentences
   * whose event type it vetoes.
   */
  @Test
  void everyShippedExpressionIsAnchored() throws Exception {
    tools.jackson.databind.JsonNode doc;
    try (java.io.InputStream in =
        EventTypeClassifier.class.getResourceAsStream(EventTypeClassifier.RESOURCE)) {
      doc = new tools.jackson.dataformat.yaml.YAMLMapper().readTree(in);
    }
    List<String> unanchored = new java.util.ArrayList<>();
    for (tools.jackson.databind.JsonNode rule : doc.path("rules")) {
      for (String key : List.of("all", "unless")) {
        for (tools.jackson.databind.JsonNode expression : rule.path(key)) {
          if (RuleAnchors.of(expression.asString()).isEmpty()) {
            unanchored.add(
                rule.path("type").asString()
                    + "/"
                    + rule.path("sub").asString()
                    + " "
                    + key
                    + ": "
                    + expression.asString());
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(
        unanchored.isEmpty(), () -> unanchored.size() + " unanchored:\n" + unanchored);
    List<String> notEvents = new java.util.ArrayList<>();
    for (tools.jackson.databind.JsonNode notEvent : doc.path("not_events")) {
      for (tools.jackson.databind.JsonNode expression : notEvent.path("words")) {
        if (RuleAnchors.of(expression.asString()).isEmpty()) {
          notEvents.add(notEvent.path("name").asString() + ": " + expression.asString());
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(
        notEvents.size() <= 1, () -> notEvents.size() + " unanchored:\n" + notEvents);
  }

  /** The sentences of the shipped articles, the fixtures and the coder reports, as written. */
  private static List<String> sentences() throws java.io.IOException {
    return org.eventline.testing.Fixtures.shippedSentences();
  }

  /**
   * Asserts that each anchored expression, tried only at its anchors, finds on each sentence what
   * it finds on the whole sentence; returns how many pairs were tried and how many matched.
   */
  private static int[] matchAtAnchorsAsInTheWholeSentence(
      List<java.util.regex.Pattern> patterns, List<String> sentences) {
    int tried = 0;
    int matched = 0;
    for (java.util.regex.Pattern p : patterns) {
      Optional<List<String>> anchors = RuleAnchors.of(p.pattern());
      if (anchors.isEmpty()) {
        continue;
      }
      Literals literals = Literals.of(anchors.get());
      int[] all = java.util.stream.IntStream.range(0, anchors.get().size()).toArray();
      for (String s : sentences) {
        java.util.regex.Matcher expected = p.matcher(s);
        java.util.regex.Matcher got = EventTypeClassifier.first(p, all, literals.starts(s), s);
        tried++;
        if (expected.find()) {
          matched++;
          assertEquals(
              expected.start() + "-" + expected.end(),
              got == null ? "none" : got.start() + "-" + got.end(),
              p.pattern() + " in: " + s);
        } else {
          assertEquals(null, got, p.pattern() + " in: " + s);
        }
      }
    }
    return new int[] {tried, matched};
  }
}
