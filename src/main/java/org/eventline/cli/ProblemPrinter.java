package org.eventline.cli;

import java.io.PrintWriter;
import org.eventline.Problem;
import org.eventline.pipeline.ValidationReport;

/** Prints problems, errors first then warnings, each in the one message format, and a summary. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(ValidationReport report, PrintWriter err) {
    print(report.problems(), err);
    err.println(report.summary());
    err.flush();
  }

  /** Prints problems, errors first then warnings. */
  static void print(java.util.List<Problem> problems, PrintWriter err) {
    problems.stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
    problems.stream().filter(p -> !p.isError()).forEach(p -> err.println(p.format()));
  }
}
