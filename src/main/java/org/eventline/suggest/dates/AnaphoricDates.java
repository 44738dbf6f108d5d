package org.eventline.suggest.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.NumberWords;

/**
 * Day phrases that point back to a day the article has already given: "on the same day", "that
 * night", "the next day", "two days later", "the day before". They are read against the last date
 * phrase of the article so far, only when that phrase names one day and stands in the same or the
 * previous paragraph (the caller's part), and not when a noun phrase says what they count from
 * ("the day before the elections"): "a second attack on the same day", after "on Friday", is that
 * Friday.
 */
public final class AnaphoricDates {

  /** The phrase, with its shift in days in named groups. */
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?i)\\b(?:(?<same>(?:on\\s+|later\\s+)?(?:the\\s+same\\s+(?:day|night|evening|morning"
              + "|afternoon)|that\\s+(?:same\\s+)?(?:day|night|evening|morning|afternoon)))"
              + "|(?<next>(?:on\\s+)?the\\s+(?:next|following)\\s+(?:day|morning|night|evening)"
              + "|a\\s+day\\s+later|the\\s+day\\s+after)"
              + "|(?<before>(?:on\\s+)?the\\s+(?:day\\s+before|previous\\s+(?:day|night|evening))"
              + "|a\\s+day\\s+(?:earlier|before))"
              + "|(?<later>(?<n>"
              + NumberWords.CARDINAL
              + ")\\s+days\\s+(?<dir>later|after|earlier|before)))\\b");

  /**
   * A noun phrase right after the phrase names what it counts from ("the day before the elections",
   * "two days after the attack"): not the article's last date.
   */
  private static final Pattern NOUN_AFTER =
      Pattern.compile("(?i)\\s+(?:the|a|an|his|her|its|their|this|that|these|those)\\b");

  private AnaphoricDates() {}

  /** Every phrase ends in one of these words: a sentence with none is not read. */
  private static final String[] DAY_WORDS = {"day", "night", "evening", "morning", "afternoon"};

  /**
   * The day a sentence's anaphoric phrase names, read against {@code previous} (the article's last
   * date phrase before the sentence); empty when there is no such phrase, no previous phrase, or
   * the previous phrase names more than one day.
   */
  public static Optional<DateMention> find(
      String sentence, DateMention previous, LocalDate published) {
    return find(sentence, new Clues(sentence), previous, published);
  }

  /** {@link #find(String, DateMention, LocalDate)} with the sentence's clues, computed once. */
  public static Optional<DateMention> find(
      String sentence, Clues clues, DateMention previous, LocalDate published) {
    if (previous == null || !previous.from().equals(previous.to()) || !clues.has(DAY_WORDS)) {
      return Optional.empty();
    }
    Matcher m = PHRASE.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    String lastWord = sentence.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
    if ((lastWord.endsWith("after") || lastWord.endsWith("before"))
        && NOUN_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
      return Optional.empty();
    }
    long shift;
    if (m.group("same") != null) {
      shift = 0;
    } else if (m.group("next") != null) {
      shift = 1;
    } else if (m.group("before") != null) {
      shift = -1;
    } else {
      long n = NumberWords.parse(m.group("n"));
      if (n < 1 || n > 31) {
        return Optional.empty();
      }
      String dir = m.group("dir").toLowerCase(Locale.ROOT);
      shift = dir.equals("later") || dir.equals("after") ? n : -n;
    }
    LocalDate day = previous.from().plusDays(shift);
    if (day.isAfter(published)) {
      return Optional.empty();
    }
    return Optional.of(
        counted(
            m,
            sentence,
            day,
            day,
            "counted from '"
                + previous.phrase()
                + "' ("
                + previous.from()
                + "), the article's last date before it"));
  }

  /** The date mention of match {@code m}, from {@code from} to {@code to}, and how it counts. */
  private static DateMention counted(
      Matcher m, String sentence, LocalDate from, LocalDate to, String how) {
    String phrase = sentence.substring(m.start(), m.end());
    return new DateMention(
        m.start(),
        m.end(),
        phrase,
        from,
        to,
        from.equals(to) ? Precision.DAY.value() : Precision.WEEK.value(),
        "'" + phrase + "' " + how);
  }

  /**
   * Hours counted from an event the article has told: "a few hours before the attack", "hours after
   * the shooting". The event's day, or the day before it (before) or after it (after), since hours
   * may cross midnight.
   */
  private static final Pattern HOURS_FROM_EVENT =
      Pattern.compile(
          "(?i)\\b(?:(?:(?:a\\s+)?few|several|some|a\\s+couple\\s+of|"
              + NumberWords.CARDINAL
              + "|an?)\\s+)?hours?\\s+(?<dir>before|after|prior\\s+to|ahead\\s+of)\\s+(?:the|that"
              + "|this)\\s+(?:attack|shooting|stabbing|bombing|blast|explosion|raid|strike"
              + "|airstrike|air\\s+strike|clash|clashes|massacre|ambush|assault|killings?)\\b");

  /**
   * The day or two a phrase of hours before or after "the attack" names, counted from {@code
   * eventDay}, the day of the event the article told last (dated by {@code eventPhrase}); empty
   * when the sentence has no such phrase or the days would come after publication. The caller
   * checks first that the sentence has the word ("hour") and that there is such an event.
   */
  public static Optional<DateMention> hoursFromTheEvent(
      String sentence, LocalDate eventDay, String eventPhrase, LocalDate published) {
    Matcher m = HOURS_FROM_EVENT.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    boolean after = m.group("dir").equalsIgnoreCase("after");
    LocalDate from = after ? eventDay : eventDay.minusDays(1);
    LocalDate to = after ? eventDay.plusDays(1) : eventDay;
    if (to.isAfter(published)) {
      to = published;
    }
    if (from.isAfter(to)) {
      return Optional.empty();
    }
    return Optional.of(
        counted(
            m,
            sentence,
            from,
            to,
            "counted from the day of the event told before it ("
                + eventDay
                + ", '"
                + eventPhrase
                + "'): that day or the one "
                + (after ? "after" : "before")
                + ", as hours may cross midnight"));
  }
}
