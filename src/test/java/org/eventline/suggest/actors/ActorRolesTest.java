package org.eventline.suggest.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.eventline.suggest.SharedResources;
import org.eventline.suggest.places.Country;
import org.junit.jupiter.api.Test;

/** Sources, victims and agents read from real sentences, with the real actor dictionary. */
class ActorRolesTest {

  private static final ActorFinder FINDER =
      new ActorFinder(
          SharedResources.resources().actors(), SharedResources.resources().countries());

  private static List<ActorMention> mentions(String sentence, String country) {
    Country c = SharedResources.resources().countries().byCode(country).orElseThrow();
    return FINDER.find(sentence, List.of(), c, LocalDate.of(2024, 5, 10), List.of());
  }

  /** The phrases of the sources. */
  private static List<String> sources(String sentence, String country) {
    return ActorRoles.sources(sentence, mentions(sentence, country)).stream()
        .map(span -> sentence.substring(span[0], span[1]))
        .toList();
  }

  /** "phrase ROLE" per actor, in the order {@link ActorRoles#assign} gives them. */
  private static List<String> roles(String sentence, String country) {
    return ActorRoles.assign(sentence, mentions(sentence, country)).stream()
        .map(m -> m.phrase() + " " + m.role())
        .toList();
  }

  @Test
  void policeWhoOnlySpeakOrRespondAreSources() {
    assertEquals(
        List.of("police"),
        sources(
            "A shopkeeper was shot dead in Kisumu on Friday night, according to police.", "KE"));
    assertEquals(
        List.of("Police"), sources("Police said two men were found dead near the market.", "KE"));
    assertEquals(
        List.of("police"),
        sources(
            "Early on Thursday, police in Clairton, Pennsylvania, responded to reports of a"
                + " shooting at a graduation party.",
            "US"));
    assertEquals(
        List.of(),
        roles("Police said two men were found dead near the market.", "KE").stream()
            .filter(r -> r.startsWith("Police"))
            .toList(),
        "a source is left out of the event's actors");
  }

  @Test
  void aSourceThatSpeaksOfItselfActingStaysAnActor() {
    assertEquals(
        List.of(), sources("Police said they arrested three suspects in Eldoret on Monday.", "KE"));
    assertEquals(
        List.of("Police ACTOR", "they ACTOR"),
        roles("Police said they arrested three suspects in Eldoret on Monday.", "KE"),
        "'they' refers back to the police");
  }

  @Test
  void anArmyThatReportsAFightIsNotASource() {
    assertEquals(
        List.of(),
        sources(
            "Two soldiers were killed by militants near Damboa on Wednesday, the army said.",
            "NG"));
  }

  @Test
  void theSubjectOfAPassiveVerbOfViolenceIsAVictim() {
    assertEquals(
        List.of("police officer VICTIM"),
        roles("A police officer was shot dead at a custody centre in Croydon on Friday.", "GB"));
    assertEquals(
        List.of("soldiers VICTIM"),
        roles("Three soldiers killed in ambush near Damboa", "NG"),
        "the headline passive, with no auxiliary");
  }

  @Test
  void theAgentNamedAfterByComesFirstAndItsVictimGivesUpTheFirstPlace() {
    assertEquals(
        List.of("militants ACTOR", "soldiers VICTIM_OF_NAMED_AGENT"),
        roles("Two soldiers were killed by militants near Damboa on Wednesday.", "NG"));
  }

  @Test
  void byAWeaponNamesNoAgent() {
    assertEquals(
        List.of("soldiers VICTIM"),
        roles("Two soldiers were killed by a landmine near Damboa on Wednesday.", "NG"));
  }

  @Test
  void theObjectOfAnActiveVerbOfViolenceIsAVictimItsSubjectAnActor() {
    assertEquals(
        List.of("Police ACTOR", "militants VICTIM"),
        roles("Police killed two militants near Damboa on Wednesday.", "NG"));
    assertEquals(
        List.of("Soldiers VICTIM"),
        roles("Mogadishu Explosions Target Federal Govt Soldiers", "SO"));
    assertEquals(
        List.of("Ukrainian troops VICTIM"),
        roles("Rebels shelled Ukrainian troops near Avdiivka on Monday", "UA").stream()
            .filter(r -> r.startsWith("Ukrainian"))
            .toList());
  }

  @Test
  void whoUsedTheWeaponIsNamedAfterFrom() {
    assertEquals(
        List.of(
            "Ukrainian Armed Forces ACTOR",
            "LPR VICTIM_OF_NAMED_AGENT",
            "soldier VICTIM_OF_NAMED_AGENT"),
        roles("LPR soldier killed by sniper fire from Ukrainian Armed Forces positions", "UA"));
    assertEquals(
        List.of(
            "Ukrainian military ACTOR",
            "DPR VICTIM_OF_NAMED_AGENT",
            "soldier VICTIM_OF_NAMED_AGENT"),
        roles("DPR soldier killed in attack of Ukrainian military", "UA"),
        "an armed force after 'attack of' attacked");
    assertEquals(
        List.of("people VICTIM", "Donetsk republic ACTOR"),
        roles("Eleven people killed in shelling of Donetsk republic over the week", "UA"),
        "a polity after 'shelling of' did not shell");
    assertEquals(
        List.of("DPR VICTIM", "soldier VICTIM"),
        roles("DPR soldier killed by sniper fire from the east", "UA"),
        "no actor after 'from': who fired is not named");
  }

  @Test
  void aGenericWordAfterANamedGroupNamesItsMembers() {
    List<ActorMention> found = mentions("Two DPR servicemen killed in shelling on Monday", "UA");
    assertEquals(
        List.of("DPR: Donetsk People's Republic", "DPR: Donetsk People's Republic"),
        found.stream().map(ActorMention::name).toList());
    assertEquals(
        List.of("Military Forces of Ukraine"),
        mentions("Ukrainian servicemen were killed on Monday", "UA").stream()
            .map(ActorMention::name)
            .toList());
  }

  @Test
  void policeWhoArriveAndActAreActorsNotSources() {
    assertEquals(
        List.of(),
        sources(
            "Police arrived within minutes and shot the attacker dead in London on Friday.", "GB"));
    assertEquals(
        List.of("residents"),
        sources("A police officer was shot dead in Kano on Sunday, residents said.", "NG"));
  }

  @Test
  void anActiveVerbWithNoObjectIsNotAHeadlinePassive() {
    assertEquals(
        List.of("Boko Haram ACTOR"),
        roles("Boko Haram attacked on Sunday in Konduga, killing 12 villagers", "NG").stream()
            .filter(r -> r.startsWith("Boko"))
            .toList());
    assertEquals(
        List.of("Police ACTOR"), roles("Police shot in the air to disperse the crowd", "KE"));
  }

  @Test
  void aByThatReportsOrTellsTheTimeNamesNoAgent() {
    assertEquals(
        List.of("soldiers VICTIM"),
        roles("Two soldiers were killed in Borno on Monday, as reported by Reuters.", "NG"));
    assertEquals(
        List.of("soldiers VICTIM"),
        roles("Two soldiers were killed near Damboa by Sunday evening.", "NG"));
  }
}
