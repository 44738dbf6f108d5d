package org.eventline.suggest.casualties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyExpressionsTest {

  /** An empty low, best or high cell means null: the words give no such figure. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # figures and number words tied to a verb or noun of killing or injury
          Two people were killed and 14 wounded in the blast. | Two people were killed | killed | 2 | 2 | 2
          Two people were killed and 14 wounded in the blast. | 14 wounded | injured | 14 | 14 | 14
          Five civilians died in the shelling. | Five civilians died | killed | 5 | 5 | 5
          At least 12 soldiers were killed. | At least 12 soldiers were killed | killed | 12 | 12 |
          More than 4,000 people have been killed since January. | More than 4,000 people have been killed | killed | 4001 | 4001 |
          Nearly 100 died. | Nearly 100 died | killed | | 99 | 99
          An estimated 300 were killed. | An estimated 300 were killed | killed | | 300 |
          Up to 20 were injured. | Up to 20 were injured | injured | | | 20
          Between 10 and 15 people were killed. | Between 10 and 15 people were killed | killed | 10 | 10 | 15
          Two or three people were killed. | Two or three people were killed | killed | 2 | 2 | 3
          The attack, killing 20, was claimed by the group. | killing 20 | killed | 20 | 20 | 20
          Unknown gunmen assassinate two SDF soldiers. | assassinate two | killed | 2 | 2 | 2
          Two officials were assassinated in Daraa. | Two officials were assassinated | killed | 2 | 2 | 2
          The bombing left 3 dead. | left 3 dead | killed | 3 | 3 | 3
          One KIA, four WIA after shelling near Katerynivka. | One KIA | killed | 1 | 1 | 1
          One KIA, four WIA after shelling near Katerynivka. | four WIA | injured | 4 | 4 | 4
          Soldiers burned four local guerrillas alive in Ye-U township. | burned four local guerrillas alive | killed | 4 | 4 | 4
          In 2019 he survived a drone attack that left six soldiers dead. | left six soldiers dead | killed | 6 | 6 | 6
          The death toll rose to 41. | death toll rose to 41 | killed | 41 | 41 | 41
          This revised downwards an earlier toll of 27 dead. | toll of 27 | killed | 27 | 27 | 27
          Some estimated death tolls have exceeded 100. | death tolls have exceeded 100 | killed | 101 | 101 |
          At least 20 killed and 81 injured. | At least 20 killed | killed | 20 | 20 |
          At least 20 killed and 81 injured. | 81 injured | injured | 81 | 81 | 81
          Sharif Hotak described witnessing 35 bodies in one hospital. | 35 bodies | killed | 35 | 35 | 35
          Taliban spokesperson Zabiullah Mujahid claimed 190 were dead. | 190 were dead | killed | 190 | 190 | 190
          The attack had killed twelve and injured twelve more. | killed twelve | killed | 12 | 12 | 12
          The attack had killed twelve and injured twelve more. | injured twelve more | injured | 12 | 12 | 12
          Last week a Kabul car bombing killed five and wounded 110. | killed five | killed | 5 | 5 | 5
          Last week a Kabul car bombing killed five and wounded 110. | wounded 110 | injured | 110 | 110 | 110
          Bombs kill at least 20 at cathedral in Mindanao. | kill at least 20 | killed | 20 | 20 |
          Mijares claimed 90 civilians were wounded. | 90 civilians were wounded | injured | 90 | 90 | 90
          Director Rebic said the night's incidents injured fourteen police officers. | injured fourteen | injured | 14 | 14 | 14
          Four stabbed to death at Paris police headquarters | Four stabbed to death | killed | 4 | 4 | 4
          An IT worker went on a stabbing spree, killing four. | killing four | killed | 4 | 4 | 4
          Rebels kill 12 DR Congo villagers in Beni | kill 12 | killed | 12 | 12 | 12
          Four Ukrainian soldiers killed in war-torn east: military | Four Ukrainian soldiers killed | killed | 4 | 4 | 4
          Kiev forces’ shelling kills one, injures two in Donetsk republic | kills one | killed | 1 | 1 | 1
          Kiev forces’ shelling kills one, injures two in Donetsk republic | injures two | injured | 2 | 2 | 2
          Clashes claimed the lives of 30 people. | claimed the lives of 30 | killed | 30 | 30 | 30
          Two dozen were wounded. | Two dozen were wounded | injured | 24 | 24 | 24
          Twenty-one people were killed. | Twenty-one people were killed | killed | 21 | 21 | 21
          One of the attackers was killed. | One of the attackers was killed | killed | 1 | 1 | 1
          # vague quantities, ACLED's conventions (conservative, no upper bound)
          Dozens died in the attack. | Dozens died | killed | 12 | 12 |
          Car bomb ramming attack kills dozens at military base | kills dozens | killed | 12 | 12 |
          Scores were wounded. | Scores were wounded | injured | 20 | 20 |
          A dozen were injured. | A dozen were injured | injured | 12 | 12 | 12
          Hundreds of Taliban were killed. | Hundreds of Taliban were killed | killed | 100 | 100 |
          Tens of thousands have died. | Tens of thousands have died | killed | 10000 | 10000 |
          Several people died. | Several people died | killed | 3 | 3 |
          The toll is heavy, several police lost their lives. | several police lost their lives | killed | 3 | 3 |
          A number of journalists were also injured. | A number of journalists were also injured | injured | 3 | 3 |
          Many were hurt. | Many were hurt | injured | 3 | 3 |
          Several dozen were killed. | Several dozen were killed | killed | 36 | 36 |
          AFP has placed the protester death count in the hundreds. | death count in the hundreds | killed | 100 | 100 |
          They were responsible for the deaths of hundreds of service members. | deaths of hundreds | killed | 100 | 100 |
          They were responsible for the wounding of thousands more. | wounding of thousands | injured | 1000 | 1000 |
          # nobody: 0 only when the text says so
          Nobody was killed. | Nobody was killed | killed | 0 | 0 | 0
          No one was hurt. | No one was hurt | injured | 0 | 0 | 0
          "No Coalition troops were injured." | No Coalition troops were injured | injured | 0 | 0 | 0
          The sergeant was later pronounced dead. | The sergeant was later pronounced dead | killed | 1 | 1 | 1
          A wounded teacher succumbed to her injuries. | A wounded teacher succumbed to her injuries | killed | 1 | 1 | 1
          The opera singer was killed in shelling. | The opera singer was killed | killed | 1 | 1 | 1
          The attack took place without casualties. | without casualties | killed | 0 | 0 | 0
          There was no loss of life. | no loss of life | killed | 0 | 0 | 0
          # one person
          A man has been shot dead in Mbengwi. | A man has been shot dead | killed | 1 | 1 | 1
          A 45-year-old man was killed. | A 45-year-old man was killed | killed | 1 | 1 | 1
          The attacker was shot dead by police. | The attacker was shot dead | killed | 1 | 1 | 1
          A fifth person was hospitalized in critical condition. | A fifth person was hospitalized | injured | 1 | 1 | 1
          Italian volunteer killed in Donbass - newspaper | volunteer killed | killed | 1 | 1 | 1
          Ukraine accused of killing rebel, three truce breaches | killing rebel | killed | 1 | 1 | 1
          Ukrainian military’s shelling kills one militiaman | kills one militiaman | killed | 1 | 1 | 1
          Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden | journalist Nabil Hasan al-Quaety shot dead | killed | 1 | 1 | 1
          No soldier was hurt. | No soldier was hurt | injured | 0 | 0 | 0
          A soldier was crushed to death. | A soldier was crushed to death | killed | 1 | 1 | 1
          Two soldiers and a civilian were killed. | a civilian were killed | killed | 1 | |
          """)
  void readsCountsTiedToKillingOrInjury(
      String sentence, String phrase, String kind, Integer low, Integer best, Integer high) {
    List<CasualtyMention> found = CasualtyExpressions.find(sentence);
    CasualtyMention m =
        found.stream()
            .filter(c -> c.phrase().equals(phrase) && c.kind().equals(kind))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no " + kind + " '" + phrase + "' in " + describe(found)));
    assertEquals(
        Arrays.asList(low, best, high), Arrays.asList(m.low(), m.best(), m.high()), m.rule());
    assertEquals(phrase, sentence.substring(m.start(), m.end()));
  }

  /**
   * "casualties" and "killed or wounded" do not say how many died: each kind 0 up to the figure.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          20 regime soldiers killed or wounded in new attack | 20 regime soldiers killed or wounded | 0 | | 20
          The strike caused 15 casualties. | 15 casualties | 0 | | 15
          The attack produced no casualties. | no casualties | 0 | 0 | 0
          """)
  void splitsCasualtiesIntoBothKindsWithoutABestEstimate(
      String sentence, String phrase, Integer low, Integer best, Integer high) {
    List<CasualtyMention> found = CasualtyExpressions.find(sentence);
    assertEquals(
        List.of("killed", "injured"),
        found.stream().map(CasualtyMention::kind).toList(),
        describe(found));
    for (CasualtyMention m : found) {
      assertEquals(phrase, m.phrase());
      assertEquals(Arrays.asList(low, best, high), Arrays.asList(m.low(), m.best(), m.high()));
      assertTrue(m.rule().contains("ACLED codes 'casualties' alone as 0 fatalities"), m.rule());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The insurgents have captured five out of 34 provincial capitals in less than a week.
          Its staff has treated more than 4,000 Afghans this month in their 15 facilities.
          The civil war has been ongoing for 20 years.
          The group holds 34 provinces.
          The attack began at 3 p.m. local time.
          In 2021 the war intensified.
          The United States deployed 10,000 troops.
          Drones struck 4 oil facilities.
          A 45-year-old man was arrested.
          A $5 million reward was offered and 5% of the population fled.
          Resolution 2254 calls for a ceasefire.
          The agency did not mention if there were casualties.
          Afghan defence ministry says heavy casualties inflicted on Taliban
          The intensifying war has increased the number of civilian casualties.
          There were no immediate reports of casualties.
          Police said at least 71 people were arrested Friday night.
          Seventeen rockets struck near the base.
          There are reportedly about 5000 U.S. troops now in the country.
          Of the 2.8 million who voted, 85% were in favour.
          Many families have no option but to flee.
          Two were not injured.
          Protestants say they killed Belfast Catholic.
          He was sanctioned over a plot to kill the Saudi Arabian ambassador.
          Militants tried to kill a soldier.
          """)
  void leavesOtherNumbersAlone(String sentence) {
    List<CasualtyMention> found = CasualtyExpressions.find(sentence);
    assertEquals(List.of(), found, describe(found));
  }

  @Test
  void anActiveVerbCountsItsObjectNotItsSubject() {
    List<CasualtyMention> found = CasualtyExpressions.find("20 soldiers killed 5 rebels.");
    assertEquals(List.of("killed 5"), found.stream().map(CasualtyMention::phrase).toList());
    assertEquals(5, found.get(0).best());
  }

  @Test
  void aPersonNamedWithAnAppositiveAtTheStartIsOne() {
    List<CasualtyMention> found =
        CasualtyExpressions.find(
            "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of"
                + " Aden on Tuesday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("killed", found.get(0).kind());
    assertEquals(1, found.get(0).best());
    // the named person acting: the count is of the victims, not one
    List<CasualtyMention> active =
        CasualtyExpressions.find("John Smith, a local farmer, killed two intruders.");
    assertEquals(List.of("killed two"), active.stream().map(CasualtyMention::phrase).toList());
    // no appositive with an article: not this shape
    assertTrue(
        CasualtyExpressions.find("Aden, Yemen, has been calm.").isEmpty(),
        "no casualty without an outcome word");
  }

  @Test
  void groupsListedWithCommasAndALastAndAreAdded() {
    CasualtyMention before =
        CasualtyExpressions.find(
                "Officials reported 150 security forces, 95 civilians, and hundreds of Taliban"
                    + " killed.")
            .get(0);
    assertEquals(345, before.best());
    assertEquals(
        "150 security forces, 95 civilians, and hundreds of Taliban killed", before.phrase());
    CasualtyMention after =
        CasualtyExpressions.find(
                "Gunmen killed three police officers, two soldiers and five civilians.")
            .get(0);
    assertEquals(10, after.best());
    // an appositive after the count is no second group
    assertEquals(
        3,
        CasualtyExpressions.find("Gunmen killed three police officers, two of them women.")
            .get(0)
            .best());
  }

  @Test
  void aHeadlineListsItsGroupsOfPeopleWithCommasAlone() {
    CasualtyMention m =
        CasualtyExpressions.find("Twelve soldiers, 26 insurgents killed in clashes in Afghanistan")
            .get(0);
    assertEquals(38, m.best());
    assertEquals("Twelve soldiers, 26 insurgents killed", m.phrase());
    assertTrue(m.rule().endsWith("two groups added"), m.rule());
    assertEquals(
        5,
        CasualtyExpressions.find("Three civilians, two soldiers killed in east Ukraine")
            .get(0)
            .best());
    assertEquals(
        44, CasualtyExpressions.find("9 civilians, 35 militias killed in DPR").get(0).best());
    // a time or a thing before the count is no group of people
    assertEquals(
        12, CasualtyExpressions.find("Three days, 12 soldiers killed in Kabul").get(0).best());
    assertEquals(12, CasualtyExpressions.find("Three days, 12 killed in Kabul").get(0).best());
    // only at the start of a headline: "Of the 12 passengers," is the whole, not another group
    assertEquals(
        3, CasualtyExpressions.find("Of the 12 passengers, 3 passengers died.").get(0).best());
  }

  @Test
  void aHeadlinesDozenWithoutItsArticleIsTwelve() {
    CasualtyMention m =
        CasualtyExpressions.find("Saudi-led airstrikes kill dozen Houthi rebels in Marib").get(0);
    assertEquals(List.of(12, 12, 12), java.util.Arrays.asList(m.low(), m.best(), m.high()));
    assertEquals(
        24, CasualtyExpressions.find("Two dozen people died.").get(0).best(), "not 2 + 12");
  }

  @Test
  void findsEveryCountInTextOrder() {
    List<CasualtyMention> found =
        CasualtyExpressions.find(
            "Dozens died; the attack had killed twelve and injured twelve more.");
    assertEquals(
        List.of("Dozens died", "killed twelve", "injured twelve more"),
        found.stream().map(CasualtyMention::phrase).toList());
  }

  @Test
  void recordsTheRuleApplied() {
    CasualtyMention m = CasualtyExpressions.find("At least 12 were killed.").get(0);
    assertEquals(
        "'At least 12' -> low 12, best 12, high none (no upper bound); 'killed' after the count ->"
            + " killed",
        m.rule());
    CasualtyMention d = CasualtyExpressions.find("Dozens died.").get(0);
    assertTrue(d.rule().startsWith("'Dozens' -> dozens = 12 (ACLED convention)"), d.rule());
  }

  @Test
  void mentionRejectsInconsistentCounts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CasualtyMention(0, 3, "abc", "dead", 1, 1, 1, "r"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CasualtyMention(0, 3, "abc", "killed", 5, 4, null, "r"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CasualtyMention(0, 3, "abc", "killed", null, 4, 3, "r"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CasualtyMention(0, 3, "abc", "killed", -1, null, null, "r"));
  }

  static String describe(List<CasualtyMention> found) {
    return found.stream()
        .map(
            c ->
                "["
                    + c.phrase()
                    + "] "
                    + c.kind()
                    + " "
                    + c.low()
                    + "/"
                    + c.best()
                    + "/"
                    + c.high())
        .collect(Collectors.joining("; ", "found: ", ""));
  }

  @Test
  void aCountOfWhomIsItsGroupsShare() {
    List<CasualtyMention> found =
        CasualtyExpressions.find(
            "Police said over a hundred people attended the party, four of whom were injured.");
    assertEquals(
        List.of("four of whom were injured"), found.stream().map(CasualtyMention::phrase).toList());
    assertEquals("injured", found.get(0).kind());
    assertEquals(4, found.get(0).best());
  }

  @Test
  void aPronounThatDiedOrWasHurtIsOnePerson() {
    assertEquals(
        List.of("He was killed 1"),
        CasualtyExpressions.find("He was killed 20 years ago.").stream()
            .map(m -> m.phrase() + " " + m.best())
            .toList(),
        "one person, and 20 years are not a count");
    CasualtyMention died = CasualtyExpressions.find("He died in hospital today.").get(0);
    assertEquals("killed", died.kind());
    assertEquals(1, died.best());
    CasualtyMention hurt = CasualtyExpressions.find("She was seriously wounded.").get(0);
    assertEquals("injured", hurt.kind());
    assertEquals(1, hurt.best());
    assertEquals(
        List.of("killed two"),
        CasualtyExpressions.find("He killed two people.").stream()
            .map(CasualtyMention::phrase)
            .toList(),
        "a pronoun that acted is not a victim");
  }

  @Test
  void othersAfterOnePersonCountThatPersonToo() {
    CasualtyMention m =
        CasualtyExpressions.find("The local police chief and two others were also injured.").get(0);
    assertEquals(3, m.best());
    assertEquals(3, m.low());
    assertEquals(
        2,
        CasualtyExpressions.find("Two others were also injured.").get(0).best(),
        "no one named before the others");
  }

  @Test
  void aPronounThatActedCountsItsObject() {
    assertEquals(
        List.of("killed three 3"),
        CasualtyExpressions.find("He then killed three people.").stream()
            .map(m -> m.phrase() + " " + m.best())
            .toList());
    assertEquals(2, CasualtyExpressions.find("He had shot dead two officers.").get(0).best());
  }

  @Test
  void othersAfterAGroupOrAPlaceAreNotOnePersonMore() {
    assertEquals(
        5, CasualtyExpressions.find("Three Marines and two others were wounded.").get(0).best());
    assertEquals(
        2,
        CasualtyExpressions.find("A bomb exploded near Kabul and two others were wounded.")
            .get(0)
            .best());
  }

  /**
   * Every rule is tried only at the words its start-word test lets through: every position where
   * its pattern matches ({@code find()} over the whole sentence, from each match's start on) is
   * such a word, on every sentence of the shipped articles, the fixtures and the coder reports.
   */
  @Test
  void everyMatchStartsAtAWordTheRuleTriesAt() throws Exception {
    int matches = 0;
    for (String sentence : org.eventline.testing.Fixtures.shippedSentences()) {
      org.eventline.suggest.text.Clues clues = new org.eventline.suggest.text.Clues(sentence);
      for (CasualtyExpressions.CasualtyRule rule : CasualtyExpressions.RULES) {
        java.util.regex.Matcher m = rule.pattern().matcher(sentence);
        int from = 0;
        while (from <= sentence.length() && m.find(from)) {
          int start = m.start();
          int word = -1;
          for (int w = 0; w < clues.wordCount(); w++) {
            if (clues.wordStart(w) == start) {
              word = w;
            }
          }
          assertTrue(
              word >= 0 && rule.startWord().test(clues, word),
              rule.pattern().pattern().substring(0, 40) + " at " + start + " in: " + sentence);
          matches++;
          from = start + 1;
        }
      }
    }
    int found = matches;
    assertTrue(found > 2_000, () -> found + " matches");
  }
}
