package org.eventline.curation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A curator's statement, in the {@code review:} block of a curation file, that the whole article
 * was read and every event in it coded: who, when, and the SHA-256 of the article file reviewed.
 * When the article's bytes change, the review no longer covers them and the article needs review
 * again.
 *
 * @param curator who reviewed it
 * @param reviewedAt when, in UTC, to the second ({@code 2026-12-02T12:30:00Z})
 * @param articleSha256 the SHA-256 of the article file's bytes, lower-case hex
 */
public record Review(String curator, String reviewedAt, String articleSha256) {

  /** Name of the block in a curation file. */
  public static final String KEY = "review";

  public Review {
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
    Objects.requireNonNull(articleSha256, "articleSha256");
  }

  /** A review made now of an article's bytes. */
  public static Review of(String curator, Instant now, byte[] article) {
    return new Review(curator, now.truncatedTo(ChronoUnit.SECONDS).toString(), sha256(article));
  }

  /**
   * The review block of a curation file's tree, if it has a well-formed one (a malformed block is
   * reported by the schema check, and the article counts as not reviewed).
   */
  public static Optional<Review> of(JsonNode root) {
    JsonNode block = root == null ? null : root.get(KEY);
    if (block == null || !block.isObject()) {
      return Optional.empty();
    }
    String curator = text(block, "curator");
    String at = text(block, "reviewed_at");
    String sha = text(block, "article_sha256");
    if (curator == null
        || at == null
        || sha == null
        || !at.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
        || !sha.matches("[0-9a-f]{64}")) {
      return Optional.empty(); // the schema check words what is wrong
    }
    return Optional.of(new Review(curator, at, sha));
  }

  private static String text(JsonNode block, String key) {
    JsonNode v = block.get(key);
    return v != null && v.isString() ? v.asString() : null;
  }

  /** Whether the review covers the article as it is now. */
  public boolean covers(byte[] article) {
    return articleSha256.equals(sha256(article));
  }

  /** The block's lines, as {@code eventline review} writes it (newline not included). */
  public List<String> lines() {
    return List.of(
        KEY + ":",
        "  curator: " + EventYaml.quoted(curator),
        "  reviewed_at: " + EventYaml.quoted(reviewedAt),
        "  article_sha256: " + EventYaml.quoted(articleSha256));
  }

  /** The SHA-256 of bytes, in lower-case hex, as {@code sha256sum} prints it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
