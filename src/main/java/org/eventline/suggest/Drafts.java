package org.eventline.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eventline.suggest.text.Sentence;

/**
 * The last step of a suggestion run: a headline's candidates are dropped when the body reports an
 * event of the same type (the body has the date and the details), a candidate dated only to a year
 * is dropped, and a candidate that repeats an earlier one (same type, sub-type, place and dates) is
 * dropped.
 */
final class Drafts {

  /**
   * Events dated only to a year are left out, as ACLED leaves out events it cannot date to a month
   * (they are mostly background: "In 2019 he survived a drone attack").
   */
  static final String YEAR = "year";

  private Drafts() {}

  static List<Suggestion> finish(
      List<Draft> drafts, Sentence headline, Function<Draft, Suggestion> build) {
    Set<String> bodyTypes = new HashSet<>();
    for (Draft d : drafts) {
      if (d.first() != headline) {
        bodyTypes.add(d.type().eventType());
      }
    }
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Draft d : drafts) {
      if (d.first() == headline && bodyTypes.contains(d.type().eventType())) {
        continue;
      }
      if (d.date().precision().equals(YEAR)) {
        continue;
      }
      String key =
          d.type().eventType()
              + "|"
              + d.type().subEventType()
              + "|"
              + d.place().location()
              + "|"
              + d.date().from()
              + "|"
              + d.date().to();
      if (seen.add(key)) {
        out.add(build.apply(d));
      }
    }
    return out;
  }
}
