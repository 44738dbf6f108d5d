package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The date of a suggested event: from the sentence's date phrase nearest to the event's trigger
 * word, else from the last date phrase earlier in the paragraph, else the report's date (an article
 * reports what has happened; the notes say the date is the report's): for a short report (a
 * headline, a wire lede, a coder's summary: at most two paragraphs) the day before publication or
 * the day itself, for a longer article the week up to publication. On the development texts with no
 * date phrase (322 UCDP headlines and coder reports), 80% of the coded events ended on the
 * publication day, 94% within a day of it and 97% within six days; in whole articles an undated
 * sentence is more often about something days before (a two-day span there found the curated date
 * for 27 of 44 development events, the week for 32). A date phrase that dates a court step ("the
 * suspect in a shooting of protesters ... was released from a Wisconsin jail Friday") is not the
 * event's: with no other phrase in the sentence the event came before the step, undated, and is
 * given the year up to it ({@link #beforeACourtStep}), which the curator narrows. Only a phrase of
 * the quote itself becomes the date_phrase (validate checks that it occurs there); one read from
 * the paragraph is named in the notes.
 */
public record EventDate(
    LocalDate from,
    LocalDate to,
    String precision,
    String phrase,
    boolean inSentence,
    String rule,
    boolean beforeACourtStep) {

  /** Days before publication that the fallback span starts for a short report. */
  static final int REPORT_FALLBACK_DAYS = 1;

  /** Days before publication that the fallback span starts for a longer article. */
  static final int ARTICLE_FALLBACK_DAYS = 6;

  /**
   * The date of an event.
   *
   * @param courtStep a date phrase of the sentence that dates a court step ("was released from jail
   *     Friday"), not the event, or null: with no other date phrase in the sentence, the event came
   *     before that step, undated: the year up to it
   * @param shortReport whether the text is a short report (at most two paragraphs), whose undated
   *     events fall back to the day before publication or the day itself, not the week
   */
  public static EventDate choose(
      List<DateMention> inSentence,
      int trigger,
      DateMention courtStep,
      DateMention paragraph,
      LocalDate published,
      boolean shortReport) {
    if (!inSentence.isEmpty()) {
      DateMention best = inSentence.get(0);
      for (DateMention d : inSentence) {
        if (distance(d, trigger) < distance(best, trigger)) {
          best = d;
        }
      }
      return of(best, published, true, "'" + best.phrase() + "': " + best.rule());
    }
    if (courtStep != null) {
      LocalDate to = courtStep.to().isAfter(published) ? published : courtStep.to();
      // a year of days ending on the step: 365 or 366 days, as the schema's year precision allows
      LocalDate from = to.minusYears(1).plusDays(1);
      return new EventDate(
          from,
          to,
          Precision.YEAR.value(),
          null,
          false,
          "'"
              + courtStep.phrase()
              + "' dates a court step, not the event; the text does not date the event itself,"
              + " which came before it: the year up to it ("
              + from
              + " to "
              + to
              + ")",
          true);
    }
    if (paragraph != null) {
      EventDate d =
          of(
              paragraph,
              published,
              false,
              "no date phrase in the sentence; from the paragraph: '"
                  + paragraph.phrase()
                  + "': "
                  + paragraph.rule());
      return new EventDate(d.from(), d.to(), d.precision(), null, false, d.rule(), false);
    }
    if (shortReport) {
      return new EventDate(
          published.minusDays(REPORT_FALLBACK_DAYS),
          published,
          "week",
          null,
          false,
          "no date phrase in the text: the report's date, the day before publication or the day"
              + " itself ("
              + published.minusDays(REPORT_FALLBACK_DAYS)
              + " to "
              + published
              + ")",
          false);
    }
    return new EventDate(
        published.minusDays(ARTICLE_FALLBACK_DAYS),
        published,
        "week",
        null,
        false,
        "no date phrase in the sentence or its paragraph: the week up to publication ("
            + published
            + ")",
        false);
  }

  private static EventDate of(DateMention d, LocalDate published, boolean inSentence, String rule) {
    LocalDate to = d.to().isAfter(published) ? published : d.to();
    return new EventDate(d.from(), to, d.precision(), d.phrase(), inSentence, rule, false);
  }

  private static int distance(DateMention d, int trigger) {
    if (trigger >= d.start() && trigger < d.end()) {
      return 0;
    }
    return Math.min(Math.abs(d.start() - trigger), Math.abs(d.end() - trigger));
  }
}
