package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.eventline.pipeline.Progress;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void theLineShowsDoneOfAllTheRateAndTheTimeLeft() {
    assertEquals(
        "suggest [###########-------------] 1,000/2,100 articles, 250/s, 5 s left",
        ProgressBar.line("suggest", 1_000, 2_100, 4.0));
  }

  @Test
  void rateAndTimeLeftWaitForTheFirstSecondAndTimeLeftGoesWhenDone() {
    assertEquals(
        "validate [------------------------] 3/90 articles",
        ProgressBar.line("validate", 3, 90, 0.5));
    assertEquals(
        "build [########################] 90/90 articles, 45/s",
        ProgressBar.line("build", 90, 90, 2.0));
    assertEquals(
        "build [########################] 0/0 articles", ProgressBar.line("build", 0, 0, 0));
  }

  @Test
  void longRunsGiveMinutesAndHours() {
    assertEquals("59 s", ProgressBar.duration(58.2));
    assertEquals("2 min 05 s", ProgressBar.duration(125));
    assertEquals("27 h 46 min", ProgressBar.duration(100_000));
  }

  @Test
  void redrawsAtMostTenTimesASecondInPlaceAndClearsItsLineAtTheEnd() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressBar bar = new ProgressBar("suggest", new PrintWriter(text), clock::get);
    bar.start(1_000);
    for (int i = 0; i < 999; i++) {
      clock.addAndGet(1_000_000); // a millisecond per article
      bar.advance();
    }
    int redraws = text.toString().split("\r", -1).length - 1;
    // 1 at the start, then one per 100 ms: 9 more in 0.999 s
    assertEquals(10, redraws, text.toString());
    clock.addAndGet(1_000_000);
    bar.advance();
    assertTrue(text.toString().endsWith("1,000/1,000 articles, 1,000/s"), text.toString());
    int before = text.toString().length();
    bar.finish();
    String cleared = text.toString().substring(before);
    assertEquals(
        "\r"
            + " "
                .repeat("suggest [########################] 1,000/1,000 articles, 1,000/s".length())
            + "\r",
        cleared);
  }

  @Test
  void quietShowsNothing() {
    assertSame(
        Progress.NONE,
        ProgressBar.forCommand("suggest", true, new PrintWriter(new StringWriter())));
  }
}
