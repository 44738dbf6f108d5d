package org.eventline.quote;

import java.util.List;

/**
 * The outcome of looking a quote up in its article: the chosen occurrence, or why there is none.
 *
 * @param match the occurrence, or null
 * @param occurrences all exact occurrences found (code-point offsets), for ambiguity messages
 * @param diagnosis why the quote was not found or is ambiguous, worded for a curator; when the
 *     quote was found, a note that the offsets given were stale (null when they were right or
 *     absent)
 */
public record QuoteResult(QuoteMatch match, List<QuoteMatch> occurrences, String diagnosis) {
  public QuoteResult {
    occurrences = List.copyOf(occurrences);
  }

  public boolean found() {
    return match != null;
  }

  /** Whether the quote was found although the quote_start given was stale. */
  public boolean staleStart() {
    return match != null && diagnosis != null;
  }
}
