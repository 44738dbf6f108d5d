package org.eventline.validate;

/**
 * How far the curation of one article has got.
 *
 * @param reviewed a curator marked the article reviewed and the mark covers its text as it is
 * @param stale a curator marked it reviewed, but the article's text changed since
 * @param suggested how many events still await review (status suggested)
 */
public record ReviewState(boolean reviewed, boolean stale, int suggested) {

  /** The state of a file too broken to tell. */
  public static final ReviewState UNKNOWN = new ReviewState(false, false, 0);
}
