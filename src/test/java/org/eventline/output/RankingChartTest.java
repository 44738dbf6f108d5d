package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eventline.curation.Event;
import org.eventline.testing.SampleEvents;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class RankingChartTest {

  @Test
  void placesBeyondTheTopRowsMakeOneOtherBarWithTheirEvents() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      int copies = i < 14 ? 2 : 1;
      for (int c = 0; c < copies; c++) {
        events.add(
            SampleEvents.event(
                    "e" + i + "-" + c, "Battles", "2021-08-10", "2021-08-10", "day", "a1", "q")
                .actor1("Taliban")
                .location("Place " + (char) ('A' + i))
                .admin1("Place " + (char) ('A' + i))
                .country("Afghanistan")
                .fatalities(i == 16 ? 3 : null)
                .build());
      }
    }
    JFreeChart chart = RankingChart.byLocation(events, ChartStyle.load());
    assertEquals(
        "Events and fatalities by first-level region (admin1)", chart.getTitle().getText());
    CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
    CategoryDataset counts = ((CategoryPlot) plot.getSubplots().get(0)).getDataset();
    assertEquals(RankingChart.MAX_ROWS, counts.getColumnCount());
    assertEquals("other (3 places, 3 events)", counts.getColumnKey(14));
    assertEquals(3, counts.getValue(0, 14).intValue());
    CategoryDataset killed = ((CategoryPlot) plot.getSubplots().get(1)).getDataset(0);
    assertEquals(3, killed.getValue(0, 14).intValue());
  }

  @Test
  void aCountryLevelEventReadsTheSameInTheChartAndTheNotebook() throws Exception {
    Event national =
        SampleEvents.event("n1", "Battles", "2021-08-10", "2021-08-10", "day", "a1", "q")
            .actor1("Taliban")
            .location("Belarus")
            .country("Belarus")
            .build();
    assertEquals("Belarus (country only)", RankingChart.locationOf(national));
    String notebook = java.nio.file.Files.readString(NotebookTest.NOTEBOOK);
    assertEquals(true, notebook.contains("(country only)"), "the notebook uses the same label");
  }
}
