package org.eventline.pipeline;

import java.util.List;
import org.eventline.Problem;

/** What every reader must guarantee for any input: problems located, failures explained. */
final class FuzzInvariants {
  private FuzzInvariants() {}

  static void located(List<Problem> problems) {
    for (Problem p : problems) {
      if (p.position().line() < 1 || p.position().column() < 1) {
        throw new IllegalStateException("a problem without a location: " + p);
      }
      if (p.message().isBlank()) {
        throw new IllegalStateException("a problem without a message at " + p.position());
      }
    }
  }

  static void hasError(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new IllegalStateException("the input was refused without an error: " + problems);
    }
  }
}
