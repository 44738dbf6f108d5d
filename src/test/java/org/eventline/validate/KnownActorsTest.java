package org.eventline.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationReader;
import org.junit.jupiter.api.Test;

class KnownActorsTest {

  static final KnownActors KNOWN =
      new KnownActors(
          List.of("Taliban", "Military Forces of Afghanistan (2004-2021)"),
          List.of("Military Forces of {country}", "Civilians ({country})"),
          List.of("Afghanistan", "Yemen"),
          Map.of("Taleban", "Taliban", "ANA", "Military Forces of Afghanistan (2004-2021)"),
          "seeds/actors.yaml");

  @Test
  void namesAndFilledTemplatesAreKnownExactly() {
    assertTrue(KNOWN.knows("Taliban"));
    assertTrue(KNOWN.knows("Civilians (Yemen)"));
    assertTrue(KNOWN.knows("Military Forces of Afghanistan"));
    assertFalse(KNOWN.knows("taliban"), "names are compared exactly");
    assertFalse(KNOWN.knows("Civilians (Atlantis)"), "a template needs a known country");
    assertFalse(KNOWN.knows("Civilians ()"));
  }

  @Test
  void theClosestNameIsTheRightCaseAnAliasOrTheNearestSpelling() {
    assertEquals(Optional.of("Taliban"), KNOWN.closest("Talibn"));
    assertEquals(Optional.of("Taliban"), KNOWN.closest("TALIBAN"));
    assertEquals(Optional.of("Taliban"), KNOWN.closest("taleban"));
    assertEquals(Optional.of("Civilians (Yemen)"), KNOWN.closest("Civillians (Yemen)"));
    assertEquals(Optional.empty(), KNOWN.closest("Hazara Liberation Front"));
  }

  @Test
  void anUnknownActorIsWarnedAtItsValueWithTheClosestName() {
    CurationDocument doc =
        CurationReader.read(
                "seeds/a.events.yaml",
                "a",
                "events:\n  - id: x\n    actor1: Talibn\n    actor2: Hazara Liberation Front\n")
            .document();
    List<Problem> problems = KNOWN.check(doc, doc.eventNodes().get(0));
    assertEquals(
        List.of(
            "seeds/a.events.yaml:3:13: warning: actor1 'Talibn' is not a known actor; did you mean"
                + " 'Taliban'? If it is a new actor, add it to seeds/actors.yaml",
            "seeds/a.events.yaml:4:13: warning: actor2 'Hazara Liberation Front' is not a known"
                + " actor; if it is a new actor, add it to seeds/actors.yaml"),
        problems.stream().map(Problem::format).toList());
  }

  @Test
  void noneChecksNothing() {
    CurationDocument doc =
        CurationReader.read("a.events.yaml", "a", "events:\n  - actor1: Talibn\n").document();
    assertEquals(List.of(), KnownActors.none().check(doc, doc.eventNodes().get(0)));
  }
}
