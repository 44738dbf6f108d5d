package org.eventline.pipeline;

import java.util.Locale;
import org.eventline.validate.ReviewState;

/**
 * How much of a seeds folder a curator has finished: articles reviewed (the mark covering the text
 * as it is), reviews the article outgrew, and suggestions still awaiting review.
 *
 * @param articles every article of the folder
 * @param reviewed articles whose review covers their text
 * @param stale articles reviewed before their text changed: they need review again
 * @param suggested events still suggested, which a build leaves out
 */
public record Coverage(int articles, int reviewed, int stale, int suggested) {

  /** One line for the summary. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "coverage: %d of %d article%s reviewed%s; %d suggestion%s awaiting review",
        reviewed,
        articles,
        articles == 1 ? "" : "s",
        stale == 0 ? "" : " (" + stale + " changed since review: review again)",
        suggested,
        suggested == 1 ? "" : "s");
  }

  /** Adds up the files of a run. */
  static final class Counter {
    private int reviewed;
    private int stale;
    private int suggested;

    void add(ReviewState state) {
      reviewed += state.reviewed() ? 1 : 0;
      stale += state.stale() ? 1 : 0;
      suggested += state.suggested();
    }

    Coverage total(int articles) {
      return new Coverage(articles, reviewed, stale, suggested);
    }
  }
}
