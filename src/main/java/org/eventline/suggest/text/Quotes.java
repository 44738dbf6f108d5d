package org.eventline.suggest.text;

/** Whether a position of a sentence lies inside quotation marks (someone's words, not a report). */
public final class Quotes {

  private Quotes() {}

  public static boolean inQuote(String sentence, int index) {
    boolean straight = false;
    int curly = 0;
    for (int i = 0; i < index && i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '"') {
        straight = !straight;
      } else if (c == '\u201C' || c == '\u00AB') {
        curly++;
      } else if ((c == '\u201D' || c == '\u00BB') && curly > 0) {
        curly--;
      }
    }
    return straight || curly > 0;
  }
}
