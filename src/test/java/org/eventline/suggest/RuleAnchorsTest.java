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
  void anExpressionNotUnderstoodHasNoAnchorsAndIsAlwaysRun() {
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(a|b)c|d"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(killed|dead)?\\s+x"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(\\S+ )?bomb"));
    assertEquals(Optional.empty(), RuleAnchors.of("(?i)bomb"));
    assertEquals(Optional.empty(), RuleAnchors.of("\\b(|bomb)"));
    assertEquals(Optional.empty(), RuleAnchors.of("s?bomb"));
  }

  @Test
  void literalsAreFoundInOnePassIgnoringCase() {
    Literals literals = Literals.of(List.of("he", "she", "his", "hers", "fighting force"));
    BitSet found = literals.find("USHERS of the Fighting Force");
    assertEquals("{0, 1, 3, 4}", found.toString());
    assertEquals("{}", literals.find("nothing").toString());
  }
}
