package org.eventline.suggest.places;

import java.util.List;
import org.eventline.suggest.text.SentenceTokens;

/**
 * A sentence's words with what each span names whatever the preferred countries (a country, a
 * demonym, gazetteer entries, or nothing), looked up at most once per span: the suggester reads
 * each sentence's places twice (to rank the article's countries, then preferring them). Lives as
 * long as one article is read; nothing is kept between articles.
 */
public final class PlaceNames {

  /**
   * What a span names: a mention that does not depend on the preferred countries (a country or a
   * demonym), or the gazetteer entries to choose among, or neither.
   */
  record Named(PlaceMention mention, List<Gazetteer.Entry> entries) {
    static final Named NOTHING = new Named(null, null);

    /**
     * A span shaped like a name that the gazetteer does not know as written: another spelling of a
     * town of the preferred country may be read for it ({@code PlaceFinder}).
     */
    static final Named UNKNOWN = new Named(null, null);

    static Named of(PlaceMention mention) {
      return new Named(mention, null);
    }

    static Named of(List<Gazetteer.Entry> entries) {
      return new Named(null, entries);
    }
  }

  private final SentenceTokens words;
  private final Named[][] named;

  PlaceNames(SentenceTokens words) {
    this.words = words;
    this.named = new Named[words.size()][];
  }

  public SentenceTokens words() {
    return words;
  }

  /** What the span was found to name, or null when it was not looked up yet. */
  Named named(int first, int last) {
    Named[] row = named[first];
    return row == null ? null : row[last - first];
  }

  void keep(int first, int last, Named n) {
    Named[] row = named[first];
    if (row == null) {
      row = new Named[Math.min(named.length - first, 8)];
      named[first] = row;
    }
    row[last - first] = n;
  }
}
