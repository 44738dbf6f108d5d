package org.eventline.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.Event;
import org.eventline.curation.Review;
import tools.jackson.databind.JsonNode;

/**
 * The review state of one curation file: an event still {@code suggested} is work left to do (a
 * warning, or an error in a strict build) and may not stand in a reviewed article; a review whose
 * article changed since is reported so that the article is read again.
 */
final class ReviewCheck {

  private final CurationDocument doc;
  private final Optional<Review> review;
  private final String articleSha256;
  private final boolean strict;
  private int suggested;

  ReviewCheck(CurationDocument doc, String articleSha256, boolean strict) {
    this.doc = doc;
    this.review = Review.of(doc.root());
    this.articleSha256 = articleSha256;
    this.strict = strict;
  }

  /** Checks one event's status against the review state. */
  void event(JsonNode node, Event event, List<Problem> out) {
    if (!event.awaitingReview()) {
      return;
    }
    suggested++;
    SourcePosition at = doc.valuePosition(node, "status");
    if (review.isPresent()) {
      out.add(
          Problem.error(
              at,
              "event "
                  + event.id()
                  + " is still suggested in an article marked reviewed; a reviewed article holds"
                  + " no suggestions: confirm or reject it (eventline confirm|reject "
                  + event.id()
                  + "), or remove the review block"));
      return;
    }
    String message =
        "event "
            + event.id()
            + " is still suggested (not reviewed); confirm or reject it: eventline confirm "
            + event.id()
            + " (or reject), or set its status by hand";
    out.add(strict ? Problem.error(at, message + " (--strict)") : Problem.warning(at, message));
  }

  /** Problems of the file as a whole: a review that no longer covers the article. */
  List<Problem> fileProblems() {
    List<Problem> out = new ArrayList<>();
    if (stale()) {
      Review r = review.get();
      out.add(
          Problem.warning(
              doc.valuePosition(doc.root().get(Review.KEY), "article_sha256"),
              "the article changed since "
                  + r.curator()
                  + " reviewed it at "
                  + r.reviewedAt()
                  + " (its SHA-256 is now "
                  + articleSha256
                  + "); it needs review again: read it, code what changed, then run eventline"
                  + " review "
                  + doc.articleId()));
    }
    return out;
  }

  private boolean stale() {
    return review.isPresent()
        && articleSha256 != null
        && !review.get().articleSha256().equals(articleSha256);
  }

  ReviewState state() {
    return new ReviewState(review.isPresent() && !stale() && suggested == 0, stale(), suggested);
  }
}
