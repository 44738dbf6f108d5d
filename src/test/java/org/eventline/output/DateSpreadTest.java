package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.eventline.curation.Event;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;

class DateSpreadTest {

  private static Event dated(String from, String to) {
    return SampleEvents.event("x", "Battles", from, to, "month", "a", "q")
        .actor1("A")
        .location("P")
        .country("C")
        .build();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void binWidthFollowsTheSpanOfTheData() {
    assertEquals(
        DateSpread.Bin.DAY, DateSpread.forSpan(day("2021-01-01"), day("2021-04-02")).bin());
    assertEquals(
        DateSpread.Bin.WEEK, DateSpread.forSpan(day("2021-01-01"), day("2021-04-03")).bin());
    assertEquals(
        DateSpread.Bin.WEEK, DateSpread.forSpan(day("2019-01-01"), day("2021-12-31")).bin());
    assertEquals(
        DateSpread.Bin.MONTH, DateSpread.forSpan(day("2019-01-01"), day("2022-01-01")).bin());
    assertEquals(DateSpread.Bin.DAY, DateSpread.forSpan(null, null).bin());
  }

  @Test
  void aDayEventCountsWholeInItsBin() {
    assertEquals(
        Map.of(day("2021-08-09"), 1.0),
        new DateSpread(DateSpread.Bin.WEEK).shares(dated("2021-08-11", "2021-08-11")));
  }

  @Test
  void aMonthEventIsSpreadOverTheWeeksItCovers() {
    // August 2021: Sunday 1st, then four Monday-to-Sunday weeks, then Monday 30th and Tuesday 31st.
    Map<LocalDate, Double> shares =
        new DateSpread(DateSpread.Bin.WEEK).shares(dated("2021-08-01", "2021-08-31"));
    assertEquals(6, shares.size());
    assertEquals(1.0 / 31, shares.get(day("2021-07-26")), 1e-12);
    assertEquals(7.0 / 31, shares.get(day("2021-08-02")), 1e-12);
    assertEquals(2.0 / 31, shares.get(day("2021-08-30")), 1e-12);
    assertEquals(1.0, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
  }

  @Test
  void aSpanAcrossMonthsIsSharedByDays() {
    Map<LocalDate, Double> shares =
        new DateSpread(DateSpread.Bin.MONTH).shares(dated("2021-01-30", "2021-02-02"));
    assertEquals(Map.of(day("2021-01-01"), 0.5, day("2021-02-01"), 0.5), shares);
  }

  @Test
  void binsAreUtcPeriodsWithoutGaps() {
    DateSpread weeks = new DateSpread(DateSpread.Bin.WEEK);
    assertEquals(
        java.util.List.of(day("2021-07-26"), day("2021-08-02")),
        weeks.bins(day("2021-08-01"), day("2021-08-02")));
    var period = weeks.period(day("2021-08-02"));
    assertEquals(DateSpread.millis(day("2021-08-02")), period.getStart().getTime());
    assertEquals(DateSpread.millis(day("2021-08-09")) - 1, period.getEnd().getTime());
    assertEquals("date (UTC; weekly bins, Monday to Sunday)", weeks.axisLabel());
  }
}
