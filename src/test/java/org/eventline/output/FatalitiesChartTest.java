package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.curation.Event;
import org.eventline.testing.SampleEvents;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The fatalities chart prints whole people only, and keeps small tolls visible. */
class FatalitiesChartTest {

  private static final ChartStyle STYLE = ChartStyle.load();

  /**
   * The case of the issue: a week-long event with 40 dead spanning two months (monthly bins) beside
   * a month-long toll of 345; spreading by days used to print 4.6 and 35.4.
   */
  static List<Event> weekAcrossMonths() {
    return List.of(
        SampleEvents.event("big", "Battles", "2016-08-01", "2016-08-31", "month", "a1", "q")
            .actor1("Taliban")
            .location("Ghazni")
            .admin1("Ghazni")
            .country("Afghanistan")
            .latitude(java.math.BigDecimal.valueOf(33.55))
            .longitude(java.math.BigDecimal.valueOf(68.42))
            .fatalities(345)
            .fatalitiesLow(345)
            .build(),
        SampleEvents.event("week", "Battles", "2019-01-28", "2019-02-03", "week", "a2", "q")
            .actor1("Taliban")
            .location("Kabul")
            .admin1("Kabul")
            .country("Afghanistan")
            .latitude(java.math.BigDecimal.valueOf(34.5))
            .longitude(java.math.BigDecimal.valueOf(69.2))
            .fatalities(40)
            .fatalitiesLow(40)
            .fatalitiesHigh(61)
            .build(),
        SampleEvents.event("small", "Battles", "2019-09-14", "2019-09-14", "day", "a3", "q")
            .actor1("Taliban")
            .location("Kabul")
            .admin1("Kabul")
            .country("Afghanistan")
            .latitude(java.math.BigDecimal.valueOf(34.5))
            .longitude(java.math.BigDecimal.valueOf(69.2))
            .fatalities(1)
            .build());
  }

  @Test
  void wholeSharesKeepTheTotalAndGiveLeftoversToTheLargestRemainders() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("january", 4 / 7.0);
    weights.put("february", 3 / 7.0);
    assertEquals(Map.of("january", 23, "february", 17), WholeShares.of(40, weights));
    weights.put("january", 0.5);
    weights.put("february", 0.5);
    assertEquals(Map.of("january", 1, "february", 0), WholeShares.of(1, weights));
  }

  @Test
  void anEventSpanningTwoBinsIsSharedInWholePeopleAndShownApart() {
    DateSpread months = new DateSpread(DateSpread.Bin.MONTH);
    Map<LocalDate, FatalitiesChart.Bin> bins = FatalitiesChart.bins(weekAcrossMonths(), months);
    FatalitiesChart.Bin january = bins.get(LocalDate.parse("2019-01-01"));
    FatalitiesChart.Bin february = bins.get(LocalDate.parse("2019-02-01"));
    assertEquals(new FatalitiesChart.Bin(0, 23, 23, 35, true), january);
    assertEquals(new FatalitiesChart.Bin(0, 17, 17, 26, true), february);
    assertEquals(
        new FatalitiesChart.Bin(345, 0, 345, 345, false), bins.get(LocalDate.parse("2016-08-01")));
  }

  @Test
  void noLabelIsAFractionOfAPersonAndTheBrokenAxisIsStated() {
    DatasetSummary summary = DatasetSummary.of(weekAcrossMonths());
    assertEquals(DateSpread.Bin.MONTH, DateSpread.forSpan(summary.first(), summary.last()).bin());
    JFreeChart chart = FatalitiesChart.create(weekAcrossMonths(), STYLE);
    List<XYPlot> panes = ChartsTest.fatalityPanes(chart);
    assertEquals(2, panes.size(), "one toll dwarfs the rest: the axis is broken");
    List<String> labels = new ArrayList<>();
    for (XYPlot pane : panes) {
      for (int d = 0; d < pane.getDatasetCount(); d++) {
        XYDataset data = pane.getDataset(d);
        XYItemRenderer renderer = pane.getRenderer(d);
        for (int s = 0; s < data.getSeriesCount(); s++) {
          for (int i = 0; i < data.getItemCount(s); i++) {
            double y = data.getYValue(s, i);
            assertEquals(Math.rint(y), y, "a whole number of people: " + y);
            String label = renderer.getItemLabelGenerator(s, i).generateLabel(data, s, i);
            if (label != null) labels.add(label);
          }
        }
      }
    }
    assertEquals(List.of("345", "23 (23\u201335)", "17 (17\u201326)", "1"), sorted(labels));
    for (String label : labels) {
      assertTrue(label.matches("\\d+( \\(\\d+\u2013\\d+\\))?"), label);
    }
    String note = ((TextTitle) chart.getSubtitle(0)).getText();
    assertTrue(note.contains("The axis is broken between 39 and 310"), note);
    assertTrue(note.contains("in whole people"), note);
    assertTrue(panes.get(1).getRangeAxis().getUpperBound() < 45, "small tolls stay visible");
  }

  @Test
  void comparableTollsKeepOneAxis() {
    assertNull(
        FatalitiesChart.axisBreak(
            FatalitiesChart.bins(SampleEvents.small(), new DateSpread(DateSpread.Bin.DAY))));
  }

  private static List<String> sorted(List<String> labels) {
    List<String> order = new ArrayList<>(List.of("345", "23 (23\u201335)", "17 (17\u201326)", "1"));
    List<String> copy = new ArrayList<>(labels);
    copy.sort(java.util.Comparator.comparingInt(l -> order.indexOf(l) < 0 ? 99 : order.indexOf(l)));
    return copy;
  }
}
