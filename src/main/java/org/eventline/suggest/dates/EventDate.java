package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The date of a suggested event: from the sentence's date phrase nearest to the event's trigger
 * word, else from the last date phrase earlier in the paragraph, else the week up to the article's
 * publication (an article reports what has happened; the notes say the date is a guess). Only a
 * phrase of the quote itself becomes the date_phrase (validate checks that it occurs there); one
 * read from the paragraph is named in the notes.
 */
public record EventDate(
    LocalDate from,
    LocalDate to,
    String precision,
    String phrase,
    boolean inSentence,
    String rule) {

  /** Days before publication that the fallback span starts. */
  static final int FALLBACK_DAYS = 6;

  public static EventDate choose(
      List<DateMention> inSentence, int trigger, DateMention paragraph, LocalDate published) {
    if (!inSentence.isEmpty()) {
      DateMention best = inSentence.get(0);
      for (DateMention d : inSentence) {
        if (distance(d, trigger) < distance(best, trigger)) {
          best = d;
        }
      }
      return of(best, published, true, "'" + best.phrase() + "': " + best.rule());
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
      return new EventDate(d.from(), d.to(), d.precision(), null, false, d.rule());
    }
    return new EventDate(
        published.minusDays(FALLBACK_DAYS),
        published,
        "week",
        null,
        false,
        "no date phrase in the sentence or its paragraph: the week up to publication ("
            + published
            + ")");
  }

  private static EventDate of(DateMention d, LocalDate published, boolean inSentence, String rule) {
    LocalDate to = d.to().isAfter(published) ? published : d.to();
    return new EventDate(d.from(), to, d.precision(), d.phrase(), inSentence, rule);
  }

  private static int distance(DateMention d, int trigger) {
    if (trigger >= d.start() && trigger < d.end()) {
      return 0;
    }
    return Math.min(Math.abs(d.start() - trigger), Math.abs(d.end() - trigger));
  }
}
