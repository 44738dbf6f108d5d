package org.eventline.suggest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A candidate match in a sentence: its span and the rank of the rule that found it. */
public interface TextSpan {
  int start();

  int end();

  /** The rank of the rule that found it; lower wins a tie. */
  int order();

  /** Keeps the earliest, then longest, then best-ranked of overlapping candidates. */
  static <T extends TextSpan> List<T> longestFirst(List<T> all) {
    all.sort(
        Comparator.comparingInt(TextSpan::start)
            .thenComparing(Comparator.comparingInt(TextSpan::end).reversed())
            .thenComparingInt(TextSpan::order));
    List<T> kept = new ArrayList<>();
    int lastEnd = -1;
    for (T candidate : all) {
      if (candidate.start() >= lastEnd) {
        kept.add(candidate);
        lastEnd = candidate.end();
      }
    }
    return kept;
  }
}
