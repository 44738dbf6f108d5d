package org.eventline.suggest.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline: the place and date the report was filed, before the story itself ({@code
 * "OUAGADOUGOU, Nov 27 (Reuters) - Gunmen killed ..."}, {@code "KIRKUK, Iraq, Oct 5 (Reuters) -"},
 * {@code "EL PASO, Texas (AP) —"}). Its date is the report's, not the event's: on the development
 * wire reports it was the event's date in 3 of 15, the day phrase of the story ("on Friday") in the
 * others, so a date phrase inside a dateline is never an event's date.
 */
public final class Dateline {

  private static final Pattern DATELINE =
      Pattern.compile(
          "\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}){0,2}"
              + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
              + "\\s*\\((?:Reuters|AP|AFP|Xinhua|dpa|Bloomberg|ANI|PTI|IANS|UPI|Anadolu|TASS"
              + "|Interfax|EFE|Kyodo|Yonhap|Bernama|APA|IRNA|KUNA|WAFA|Sputnik|RFE/RL)\\)"
              + "\\s*[-—–:]+");

  private Dateline() {}

  /** Where a sentence's dateline ends, or 0 when it opens with none. */
  public static int end(String sentence) {
    Matcher m = DATELINE.matcher(sentence);
    return m.lookingAt() ? m.end() : 0;
  }
}
