package org.eventline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.article.Article;
import org.eventline.article.TextPositions;

/**
 * Finds a source quote verbatim in its article's text, records its code-point offsets, and when it
 * is not there says why: typography (quote marks, dashes, ellipsis), white space, letter case, or
 * else shows the closest passage.
 */
public final class QuoteFinder {

  private static final int MAX_OCCURRENCES = 20;
  private static final int ANCHOR = 12;
  private static final int SHOWN = 160;

  private QuoteFinder() {}

  /**
   * Looks a quote up.
   *
   * @param wantedStart the code-point offset the curator chose among several occurrences, or null.
   *     When the quote occurs once, a stale offset (left by suggest before the curator edited the
   *     quote) does not matter: the occurrence is found, with a note
   */
  public static QuoteResult find(Article article, String quote, Integer wantedStart) {
    List<QuoteMatch> exact = exact(article, quote);
    if (exact.size() == 1) {
      QuoteMatch only = exact.get(0);
      if (wantedStart != null && wantedStart != only.start()) {
        return new QuoteResult(
            only,
            exact,
            "quote_start "
                + wantedStart
                + " is stale: the quote occurs once, at offset "
                + only.start()
                + ", which is used; remove quote_start (it is needed only to choose among several"
                + " occurrences)");
      }
      return new QuoteResult(only, exact, null);
    }
    if (exact.size() > 1) {
      for (QuoteMatch m : exact) {
        if (wantedStart != null && m.start() == wantedStart) {
          return new QuoteResult(m, exact, null);
        }
      }
      return new QuoteResult(null, exact, ambiguity(article, exact, wantedStart));
    }
    return new QuoteResult(null, exact, notFound(article, quote));
  }

  private static List<QuoteMatch> exact(Article article, String quote) {
    List<QuoteMatch> found = new ArrayList<>();
    String text = article.text();
    int from = article.bodyStart();
    int at;
    while (found.size() < MAX_OCCURRENCES && (at = text.indexOf(quote, from)) >= 0) {
      int start = article.codePointOffset(at);
      found.add(new QuoteMatch(start, start + quote.codePointCount(0, quote.length())));
      from = at + 1;
    }
    return found;
  }

  private static String ambiguity(Article article, List<QuoteMatch> exact, Integer wantedStart) {
    StringBuilder where = new StringBuilder();
    for (QuoteMatch m : exact) {
      int utf16 = article.text().offsetByCodePoints(0, m.start());
      var pos = TextPositions.of("", article.text(), utf16);
      if (where.length() > 0) where.append(", ");
      where.append(m.start()).append(" (line ").append(pos.line()).append(')');
    }
    String lead = wantedStart == null ? "" : "quote_start " + wantedStart + " is none of them; ";
    return "the quote occurs "
        + exact.size()
        + " times in the article, at offsets "
        + where
        + "; "
        + lead
        + "set quote_start to the offset of the occurrence you mean, or quote a longer passage";
  }

  private static String notFound(Article article, String quote) {
    Normalized text = Normalized.of(article.text(), article.bodyStart());
    Normalized q = Normalized.of(quote, 0);
    String needle = q.text.strip();
    int at = needle.isEmpty() ? -1 : text.text.indexOf(needle);
    boolean caseOnly = false;
    if (at < 0 && !needle.isEmpty()) {
      at = text.text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
      caseOnly = at >= 0;
    }
    if (at >= 0) {
      int start = text.originalIndex(at);
      int end = text.originalEnd(at + needle.length());
      String passage = article.text().substring(start, end);
      return "the quote is not verbatim: it differs from the article only by "
          + differences(quote, passage, caseOnly)
          + "; the article has: "
          + shown(passage)
          + " (offset "
          + article.codePointOffset(start)
          + ")";
    }
    int[] near = closestSpan(text, needle);
    if (near == null) {
      return "the quote does not occur in the article, and no passage of the article resembles it";
    }
    int start = text.originalIndex(near[0]);
    int end = text.originalEnd(near[1]);
    return "the quote does not occur in the article; the closest passage (offset "
        + article.codePointOffset(start)
        + ") is: "
        + shown(article.text().substring(start, end));
  }

  /**
   * The folded span most like the quote: chunks of the quote found in the text vote for where the
   * quote would begin; the passage runs from the earliest to the latest placement of the chunks
   * that agree with the winner, snapped to word starts.
   */
  private static int[] closestSpan(Normalized text, String needle) {
    Map<Integer, Integer> votes = new HashMap<>();
    List<int[]> placements = new ArrayList<>();
    for (int i = 0; i + ANCHOR <= needle.length(); i += ANCHOR / 2) {
      String chunk = needle.substring(i, i + ANCHOR);
      int from = 0;
      int at;
      int seen = 0;
      while (seen++ < 5 && (at = text.text.indexOf(chunk, from)) >= 0) {
        votes.merge(at - i, 1, Integer::sum);
        placements.add(new int[] {at - i, at + ANCHOR + (needle.length() - i - ANCHOR)});
        from = at + 1;
      }
    }
    if (votes.isEmpty()) {
      return null;
    }
    int best =
        votes.entrySet().stream()
            .max(
                Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElseThrow()
            .getKey();
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int[] p : placements) {
      if (Math.abs(p[0] - best) <= needle.length() / 2) {
        start = Math.min(start, Math.max(0, p[0]));
        end = Math.max(end, Math.min(text.text.length(), p[1]));
      }
    }
    while (start > 0 && Character.isLetterOrDigit(text.text.charAt(start - 1))) {
      start--;
    }
    return new int[] {start, Math.max(start, end)};
  }

  private static String differences(String quote, String passage, boolean caseOnly) {
    Set<String> kinds = new LinkedHashSet<>();
    if (!only(quote, QUOTE_MARKS).equals(only(passage, QUOTE_MARKS))) {
      kinds.add("quote marks (straight against curly)");
    }
    if (!only(quote, DASHES).equals(only(passage, DASHES))) {
      kinds.add("dashes");
    }
    if (!only(quote, ELLIPSIS).equals(only(passage, ELLIPSIS))) {
      kinds.add("the ellipsis");
    }
    if (!only(quote.strip(), WHITE).equals(only(passage, WHITE))) {
      kinds.add("white space");
    }
    if (caseOnly) {
      kinds.add("letter case");
    }
    if (kinds.isEmpty()) {
      kinds.add("leading or trailing white space");
    }
    return String.join(" and ", kinds);
  }

  private static final String QUOTE_MARKS =
      "[^'\"\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB`\u00B4\u2032\u2033]";
  private static final String DASHES = "[^\\-\u2010-\u2015\u2212]";
  private static final String ELLIPSIS = "[^.\u2026]";
  private static final String WHITE = "[^\\s\u00A0\u2000-\u200B\u202F\u205F\u3000]";

  private static String only(String s, String notWanted) {
    return s.replaceAll(notWanted, "");
  }

  /**
   * A passage as shown in a message: in double quotes, line breaks escaped, long ones shortened.
   */
  public static String shown(String passage) {
    String s = passage.replace("\r", "\\r").replace("\n", "\\n");
    if (s.length() > SHOWN) {
      s = s.substring(0, SHOWN - 3) + "...";
    }
    return "\"" + s + "\"";
  }
}
