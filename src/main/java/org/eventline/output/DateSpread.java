package org.eventline.output;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.eventline.curation.Event;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * The rule by which the time charts draw an event whose date is uncertain: an event counts once,
 * spread evenly over every day from its event_date to its event_date_end (both included), and a
 * time bin gets the share of the days that fall in it. A month-precision event thus adds 1/30 to
 * each day of its month, never a whole event to the first. Bins are days when the data span at most
 * {@value #MAX_DAYS_FOR_DAY_BINS} days, ISO weeks (Monday to Sunday) up to {@value
 * #MAX_DAYS_FOR_WEEK_BINS} days, calendar months beyond.
 */
final class DateSpread {

  static final int MAX_DAYS_FOR_DAY_BINS = 92;
  static final int MAX_DAYS_FOR_WEEK_BINS = 1096;

  /** The width of a time bin. */
  enum Bin {
    DAY("day", "daily"),
    WEEK("week", "weekly"),
    MONTH("month", "monthly");

    private final String noun;
    private final String adjective;

    Bin(String noun, String adjective) {
      this.noun = noun;
      this.adjective = adjective;
    }

    String noun() {
      return noun;
    }

    String adjective() {
      return adjective;
    }

    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }
  }

  private final Bin bin;

  DateSpread(Bin bin) {
    this.bin = bin;
  }

  /** The bin width that suits the span of the data. */
  static DateSpread forSpan(LocalDate first, LocalDate last) {
    long days = first == null ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    Bin bin =
        days <= MAX_DAYS_FOR_DAY_BINS
            ? Bin.DAY
            : days <= MAX_DAYS_FOR_WEEK_BINS ? Bin.WEEK : Bin.MONTH;
    return new DateSpread(bin);
  }

  Bin bin() {
    return bin;
  }

  /** The label of a time axis with these bins. */
  String axisLabel() {
    return "date (UTC; "
        + bin.adjective()
        + " bins"
        + (bin == Bin.WEEK ? ", Monday to Sunday)" : ")");
  }

  /** The share of one event in each bin it touches, keyed by the bin's first day; sums to 1. */
  Map<LocalDate, Double> shares(Event event) {
    LocalDate from = event.eventDate();
    LocalDate to = DatasetSummary.end(event);
    double days = ChronoUnit.DAYS.between(from, to) + 1;
    Map<LocalDate, Double> shares = new TreeMap<>();
    for (LocalDate start = bin.start(from); !start.isAfter(to); start = bin.next(start)) {
      LocalDate a = start.isBefore(from) ? from : start;
      LocalDate end = bin.next(start).minusDays(1);
      LocalDate b = end.isAfter(to) ? to : end;
      shares.put(start, (ChronoUnit.DAYS.between(a, b) + 1) / days);
    }
    return shares;
  }

  /** Every bin from the one holding {@code first} to the one holding {@code last}. */
  java.util.List<LocalDate> bins(LocalDate first, LocalDate last) {
    java.util.List<LocalDate> bins = new java.util.ArrayList<>();
    for (LocalDate start = bin.start(first); !start.isAfter(last); start = bin.next(start)) {
      bins.add(start);
    }
    return bins;
  }

  /** The bin starting on this day, as a JFreeChart period in UTC. */
  SimpleTimePeriod period(LocalDate start) {
    return new SimpleTimePeriod(millis(start), millis(bin.next(start)) - 1);
  }

  /** The middle of the bin starting on this day, in milliseconds since 1970 (UTC). */
  long middle(LocalDate start) {
    return (millis(start) + millis(bin.next(start))) / 2;
  }

  /** Shows the whole span of the data on a time axis, from its first bin to its last. */
  void fitAxis(org.jfree.chart.axis.DateAxis axis, DatasetSummary summary) {
    if (summary.first() != null) {
      LocalDate from = bin.start(summary.first());
      LocalDate to = bin.next(bin.start(summary.last()));
      long pad = (millis(to) - millis(from)) / 50;
      axis.setRange(new Date(millis(from) - pad), new Date(millis(to) + pad));
    }
  }

  static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static Date date(LocalDate day) {
    return new Date(millis(day));
  }
}
