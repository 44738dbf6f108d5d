package org.eventline.pipeline;

import java.util.List;
import org.eventline.Problem;
import org.eventline.curation.Event;

/**
 * What validating a seeds folder found: every problem (sorted by file, line, column), the events
 * that passed, sorted by date then id, counts for the summary line, and the review coverage.
 */
public record ValidationReport(
    List<Problem> problems,
    List<Event> events,
    int articles,
    int curationFiles,
    int filesWithErrors,
    Coverage coverage) {

  public ValidationReport {
    problems = List.copyOf(problems);
    events = List.copyOf(events);
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }

  public boolean ok() {
    return errors() == 0;
  }

  /** The events a build publishes: the confirmed ones. */
  public List<Event> confirmed() {
    return events.stream().filter(Event::published).toList();
  }

  /** The valid events still awaiting review: a build leaves them out. */
  public long suggested() {
    return events.stream().filter(Event::awaitingReview).count();
  }

  /** Two lines: how many files, events, errors and warnings; then the review coverage. */
  public String summary() {
    return articles
        + " article"
        + (articles == 1 ? "" : "s")
        + ", "
        + curationFiles
        + " curation file"
        + (curationFiles == 1 ? "" : "s")
        + ", "
        + events.size()
        + " valid event"
        + (events.size() == 1 ? "" : "s")
        + " ("
        + confirmed().size()
        + " confirmed, "
        + suggested()
        + " suggested); "
        + errors()
        + " error"
        + (errors() == 1 ? "" : "s")
        + " in "
        + filesWithErrors
        + " file"
        + (filesWithErrors == 1 ? "" : "s")
        + ", "
        + warnings()
        + " warning"
        + (warnings() == 1 ? "" : "s")
        + "\n"
        + coverage.summary();
  }
}
