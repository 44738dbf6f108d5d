package org.eventline.suggest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

  /** 2021-08-11, the seed article's date, is a Wednesday. */
  @ParameterizedTest(name = "[{index}] {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # issue examples and the seed article (published Wednesday 2021-08-11)
          A US peace envoy was yesterday back in the Middle East. | 2021-08-11 | yesterday | 2021-08-10 | 2021-08-10 | day
          The insurgents have captured five out of 34 provincial capitals in the country in less than a week. | 2021-08-11 | in less than a week | 2021-08-05 | 2021-08-11 | week
          Its staff has treated more than 4,000 Afghans this month in their 15 facilities. | 2021-08-11 | this month | 2021-08-01 | 2021-08-11 | month
          The city fell today. | 2021-08-11 | today | 2021-08-11 | 2021-08-11 | day
          Rockets struck the airport last night. | 2021-08-11 | last night | 2021-08-10 | 2021-08-10 | day
          Fighting raged last week. | 2021-08-11 | last week | 2021-08-02 | 2021-08-08 | week
          Fighting raged this week. | 2021-08-11 | this week | 2021-08-09 | 2021-08-11 | week
          Fighting raged last month. | 2021-08-11 | last month | 2021-07-01 | 2021-07-31 | month
          The offensive began earlier this year. | 2021-08-11 | earlier this year | 2021-01-01 | 2021-08-11 | year
          This year has been the deadliest. | 2021-08-11 | This year | 2021-01-01 | 2021-08-11 | year
          Clashes erupted over the weekend. | 2021-08-11 | over the weekend | 2021-08-07 | 2021-08-08 | week
          Shelling resumed on Sunday night. | 2021-08-11 | on Sunday night | 2021-08-08 | 2021-08-08 | day
          Hundreds have fled in recent days. | 2021-08-11 | in recent days | 2021-08-05 | 2021-08-11 | week
          The town fell two days ago. | 2021-08-11 | two days ago | 2021-08-09 | 2021-08-09 | day
          The town fell last Tuesday. | 2021-08-11 | last Tuesday | 2021-08-10 | 2021-08-10 | day
          The town fell last Wednesday. | 2021-08-11 | last Wednesday | 2021-08-04 | 2021-08-04 | day
          The town fell on Tuesday. | 2021-08-11 | on Tuesday | 2021-08-10 | 2021-08-10 | day
          The town fell on Wednesday. | 2021-08-11 | on Wednesday | 2021-08-11 | 2021-08-11 | day
          The town fell on Thursday. | 2021-08-11 | on Thursday | 2021-08-05 | 2021-08-05 | day
          Fighting has raged since Friday. | 2021-08-11 | since Friday | 2021-08-06 | 2021-08-11 | week
          Talks were held between 5 and 8 August. | 2021-08-11 | between 5 and 8 August | 2021-08-05 | 2021-08-08 | week
          Talks were held 5-8 August. | 2021-08-11 | 5-8 August | 2021-08-05 | 2021-08-08 | week
          Talks were held August 5 to 8. | 2021-08-11 | August 5 to 8 | 2021-08-05 | 2021-08-08 | week
          Talks were held between 5 and 15 August. | 2021-08-11 | between 5 and 15 August | 2021-08-05 | 2021-08-11 | week
          The offensive began in early August. | 2021-08-11 | in early August | 2021-08-01 | 2021-08-10 | month
          The offensive began in mid-August. | 2021-08-11 | in mid-August | 2021-08-11 | 2021-08-11 | month
          The offensive began in late July. | 2021-08-11 | in late July | 2021-07-21 | 2021-07-31 | month
          The group re-emerged in mid-2019. | 2021-08-11 | in mid-2019 | 2019-05-01 | 2019-08-31 | year
          The group re-emerged in early 2020. | 2021-08-11 | in early 2020 | 2020-01-01 | 2020-04-30 | year
          # absolute dates; a year left out is the most recent such day on or before publication
          It happened on 10 August 2021. | 2021-08-11 | on 10 August 2021 | 2021-08-10 | 2021-08-10 | day
          It happened on the 10th of August, 2021. | 2021-08-11 | on the 10th of August, 2021 | 2021-08-10 | 2021-08-10 | day
          It happened on Aug. 10. | 2021-08-11 | on Aug. 10 | 2021-08-10 | 2021-08-10 | day
          It happened August 10th. | 2021-08-11 | August 10th | 2021-08-10 | 2021-08-10 | day
          It happened on August 10, 2021. | 2021-08-11 | on August 10, 2021 | 2021-08-10 | 2021-08-10 | day
          It happened on 12 December. | 2021-08-11 | on 12 December | 2020-12-12 | 2020-12-12 | day
          The December 31 attack was condemned. | 2020-01-05 | December 31 | 2019-12-31 | 2019-12-31 | day
          Elections were held on 29 February. | 2021-08-11 | on 29 February | 2020-02-29 | 2020-02-29 | day
          Thursday, January 24, 2019 | 2019-01-24 | Thursday, January 24, 2019 | 2019-01-24 | 2019-01-24 | day
          The decree is dated 10/08/2021. | 2021-08-11 | 10/08/2021 | 2021-08-10 | 2021-08-10 | day
          The decree is dated 05.08.2021. | 2021-08-11 | 05.08.2021 | 2021-08-05 | 2021-08-05 | day
          The decree is dated 08/25/2020. | 2021-08-11 | 08/25/2020 | 2020-08-25 | 2020-08-25 | day
          The decree is dated 08/10/2021. | 2021-08-11 | 08/10/2021 | 2021-08-10 | 2021-08-10 | day
          The decree is dated 2021-08-03. | 2021-08-11 | 2021-08-03 | 2021-08-03 | 2021-08-03 | day
          The assault came in August 2018. | 2019-01-24 | in August 2018 | 2018-08-01 | 2018-08-31 | month
          Gatherings were allowed in May again. | 2020-07-12 | in May | 2020-05-01 | 2020-05-31 | month
          Last April, the IRGC was designated. | 2020-01-05 | Last April | 2019-04-01 | 2019-04-30 | month
          The protests began in early October. | 2019-11-10 | in early October | 2019-10-01 | 2019-10-10 | month
          In 2015, Saudi Arabia intervened. | 2019-09-15 | In 2015 | 2015-01-01 | 2015-12-31 | year
          He served with the police since 2003. | 2019-10-05 | since 2003 | 2003-01-01 | 2019-10-05 | year
          Fighting has continued since 5 August. | 2021-08-11 | since 5 August | 2021-08-05 | 2021-08-11 | week
          The truce held from June 2019 to March 2020. | 2021-08-11 | from June 2019 to March 2020 | 2019-06-01 | 2020-03-31 | year
          The siege lasted from 20 December to 3 January. | 2020-01-05 | from 20 December to 3 January | 2019-12-20 | 2020-01-03 | month
          # weekdays and relative phrases from the shipped articles
          Reuters reported Monday's attack the deadliest since August 2018. | 2019-01-24 | Monday's | 2019-01-21 | 2019-01-21 | day
          Late on Sunday, the SDF announced a deal. | 2019-10-15 | Late on Sunday | 2019-10-13 | 2019-10-13 | day
          Thursday, United States military forces killed Qasem Soleimani. | 2020-01-05 | Thursday | 2020-01-02 | 2020-01-02 | day
          The bill was suspended after last week's protests. | 2019-06-23 | last week's | 2019-06-10 | 2019-06-16 | week
          Friday night was the fourth night in a row that Serbians protested. | 2020-07-12 | Friday night | 2020-07-10 | 2020-07-10 | day
          Protests have been taking place since Tuesday in Belgrade. | 2020-07-12 | since Tuesday | 2020-07-07 | 2020-07-12 | week
          We have been targeted for the last five years. | 2019-09-15 | for the last five years | 2014-09-16 | 2019-09-15 | year
          # windows and distances
          Casualties rose in the past 24 hours. | 2021-08-11 | in the past 24 hours | 2021-08-10 | 2021-08-11 | week
          Casualties rose in the past three months. | 2021-08-11 | in the past three months | 2021-05-12 | 2021-08-11 | year
          Casualties rose in the past two weeks. | 2021-08-11 | in the past two weeks | 2021-07-29 | 2021-08-11 | month
          The town fell a week ago. | 2021-08-11 | a week ago | 2021-08-01 | 2021-08-07 | week
          The town fell three years ago. | 2021-08-11 | three years ago | 2018-01-01 | 2018-12-31 | year
          The town fell the day before yesterday. | 2021-08-11 | the day before yesterday | 2021-08-09 | 2021-08-09 | day
          Rockets hit the city overnight. | 2021-08-11 | overnight | 2021-08-10 | 2021-08-11 | week
          """)
  void resolvesAgainstThePublicationDate(
      String sentence,
      LocalDate published,
      String phrase,
      LocalDate from,
      LocalDate to,
      String precision) {
    List<DateMention> found = DateExpressions.find(sentence, published);
    DateMention m =
        found.stream()
            .filter(d -> d.phrase().equals(phrase))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no '" + phrase + "' in " + describe(found)));
    assertEquals(List.of(from, to, precision), List.of(m.from(), m.to(), m.precision()), m.rule());
    assertEquals(sentence.indexOf(phrase), m.start());
    assertEquals(phrase, sentence.substring(m.start(), m.end()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Protesters may march on the capital. | 2021-08-11
          They will march in protest, as they may in future. | 2021-08-11
          Prime Minister Theresa May resigned. | 2019-06-23
          The Sunday Times reported the raid. | 2021-08-11
          Bloody Sunday is remembered every year. | 2021-08-11
          They meet next Monday. | 2021-08-11
          They protest every Friday. | 2021-08-11
          The government was given until Thursday to withdraw the bill. | 2019-06-23
          A petition drew 20213 signatures. | 2021-08-11
          Resolution 2254 was adopted. | 2021-08-11
          The elections are on 21 August. | 2021-08-11
          The elections are in September. | 2021-08-11
          The truce starts on 5 January. | 2020-12-20
          The elections are on 21 August 2021. | 2021-08-11
          The talks resume tomorrow. | 2021-08-11
          They captured five out of 34 provincial capitals. | 2021-08-11
          The meeting is set for 31 June. | 2021-08-11
          The attack occurred at 4:00 A.M. local time (0100 UTC). | 2019-09-15
          Around 5.7 million barrels of production were disrupted. | 2019-09-15
          About 5000 U.S. troops are in the country. | 2019-11-10
          A 2016 Rory Peck Awards finalist. | 2020-06-05
          It was first announced seven days earlier. | 2019-10-15
          """)
  void leavesNonDatesAlone(String sentence, LocalDate published) {
    List<DateMention> found = DateExpressions.find(sentence, published);
    assertEquals(List.of(), found, describe(found));
  }

  @Test
  void findsEveryDateInTextOrder() {
    String s =
        "On Monday rockets hit the base, on 10 August talks began and yesterday they failed.";
    List<DateMention> found = DateExpressions.find(s, LocalDate.of(2021, 8, 11));
    assertEquals(
        List.of("On Monday", "on 10 August", "yesterday"),
        found.stream().map(DateMention::phrase).toList());
  }

  @Test
  void neverReturnsADayAfterPublication() {
    LocalDate published = LocalDate.of(2021, 8, 3);
    List<DateMention> found =
        DateExpressions.find("Talks ran between 1 and 10 August this year.", published);
    assertEquals(2, found.size(), describe(found));
    assertTrue(found.stream().allMatch(d -> !d.to().isAfter(published)), describe(found));
  }

  @Test
  void recordsTheRuleApplied() {
    DateMention m = DateExpressions.find("yesterday", LocalDate.of(2021, 8, 11)).get(0);
    assertEquals("yesterday = publication date - 1 day", m.rule());
    DateMention n =
        DateExpressions.find("The decree is dated 08/10/2021.", LocalDate.of(2021, 8, 11)).get(0);
    assertEquals(
        "numeric date read month-first (MM/DD/YYYY): read day-first it would fall after"
            + " publication",
        n.rule());
  }

  @Test
  void mentionRejectsInconsistentValues() {
    LocalDate d = LocalDate.of(2021, 8, 11);
    assertThrows(
        IllegalArgumentException.class, () -> new DateMention(0, 3, "abc", d, d, "decade", "r"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DateMention(0, 3, "abc", d, d.minusDays(1), "day", "r"));
    assertThrows(
        IllegalArgumentException.class, () -> new DateMention(0, 2, "abc", d, d, "day", "r"));
  }

  static String describe(List<DateMention> found) {
    return found.stream()
        .map(d -> "[" + d.phrase() + "] " + d.from() + ".." + d.to() + " " + d.precision())
        .collect(Collectors.joining("; ", "found: ", ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Four soldiers killed in bloodiest day since August|true",
        "It was the first attack on the town since May|true",
        "the deadliest assault since March 2014|true",
        "Fighting has gone on in the town since August|false",
        "Two killed on Monday|false",
        "A Catholic priest has been held by kidnappers since Sunday|false",
        "Most residents have fled the town since Monday|false"
      })
  void sinceAfterASuperlativeComparesAndDoesNotDate(String sentence, boolean comparison) {
    LocalDate published = LocalDate.of(2017, 10, 24);
    List<DateMention> found = DateExpressions.find(sentence, published);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    assertEquals(comparison, DateExpressions.comparison(sentence, found.get(0)), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It was reported on Saturday Sirhan Sirhan was stabbed in the neck|true",
        "It has been confirmed on Monday that two soldiers died|true",
        "Police reported on Saturday that a man was stabbed|false",
        "A man was stabbed on Saturday, it was reported|false",
        "It was on Saturday that the attack happened|false"
      })
  void aDateOfAnImpersonalReportDatesTheReport(String sentence, boolean ofTheReport) {
    LocalDate published = LocalDate.of(2019, 9, 3);
    List<DateMention> found = DateExpressions.find(sentence, published);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    assertEquals(ofTheReport, DateExpressions.ofTheReport(sentence, found.get(0)), sentence);
  }

  @org.junit.jupiter.api.Test
  void sinceEarlyThisMonthRunsToPublication() {
    LocalDate published = LocalDate.of(2019, 9, 6);
    List<DateMention> found =
        DateExpressions.find(
            "Protesters have filled the streets since early this June.", published);
    assertEquals(1, found.size(), found::toString);
    assertEquals("since early this June", found.get(0).phrase());
    assertEquals(LocalDate.of(2019, 6, 1), found.get(0).from());
    assertEquals(published, found.get(0).to());
  }
}
