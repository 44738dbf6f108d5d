package org.eventline.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal words one of whose occurrence a rule's regular expression needs in order to match:
 * for {@code \b(clash(es|ed)?|fighting|gunfights?)\b} the words {@code clash}, {@code fighting},
 * {@code gunfight}. The classifier finds every rule's words in a sentence in one pass and runs a
 * rule's expressions only when each has one of its words there, so the expressions still decide
 * (and the output is what it was) but most are never run. The words are read through top-level
 * alternatives ({@code a|b}: the words of both), groups nested at the start ({@code ((was|were)
 * shot|killed)}), leading word boundaries and look-behinds (which match no character), and a
 * leading {@code \d} (the ten digits). An expression whose shape is not understood here (an
 * alternative without a literal start, an optional first group, {@code ^}) has no anchors and is
 * always run.
 */
final class RuleAnchors {

  private RuleAnchors() {}

  /** The anchors of an expression, lower case; empty when it must always be run. */
  static Optional<List<String>> of(String regex) {
    List<String> anchors = new ArrayList<>();
    if (!alternatives(regex, anchors)) {
      return Optional.empty();
    }
    return Optional.of(anchors.stream().distinct().toList());
  }

  /**
   * Adds the anchors of every alternative of {@code s} (split at its top-level bars), each of which
   * must have some; false when one has none.
   */
  private static boolean alternatives(String s, List<String> anchors) {
    for (String alternative : splitTopLevel(s)) {
      if (!sequence(alternative, anchors)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the anchors of one alternative: after the zero-width assertions it starts with ({@code
   * \b}, a look-behind), the literal prefix, or the anchors of a leading group that must occur
   * (nested as deep as written), or the ten digits for a leading {@code \d}.
   */
  private static boolean sequence(String s, List<String> anchors) {
    String rest = withoutLeadingAssertions(s);
    if (rest.startsWith("(")) {
      int open = rest.startsWith("(?:") ? 3 : rest.startsWith("(?") ? -1 : 1;
      int close = closing(rest);
      if (open < 0 || close < 0 || optionalAfter(rest, close + 1)) {
        return false;
      }
      return alternatives(rest.substring(open, close), anchors);
    }
    if (rest.startsWith("\\d")) {
      if (optionalAfter(rest, 2)) {
        return false;
      }
      for (char digit = '0'; digit <= '9'; digit++) {
        anchors.add(String.valueOf(digit));
      }
      return true;
    }
    String prefix = literalPrefix(rest);
    if (prefix.isEmpty()) {
      return false;
    }
    anchors.add(prefix.toLowerCase(java.util.Locale.ROOT));
    return true;
  }

  /**
   * The expression without the word boundaries and look-behinds it starts with: they match no
   * character, and the classifier tries an expression with the text before the start visible.
   */
  private static String withoutLeadingAssertions(String s) {
    String rest = s;
    while (true) {
      if (rest.startsWith("\\b")) {
        rest = rest.substring(2);
      } else if (rest.startsWith("(?<!") || rest.startsWith("(?<=")) {
        int close = closing(rest);
        if (close < 0) {
          return rest;
        }
        rest = rest.substring(close + 1);
      } else {
        return rest;
      }
    }
  }

  /** The leading literal characters, without one that a quantifier makes optional. */
  static String literalPrefix(String s) {
    int i = 0;
    while (i < s.length() && literal(s.charAt(i))) {
      i++;
    }
    if (i < s.length() && i > 0 && optionalAfter(s, i)) {
      i--;
    }
    return s.substring(0, i);
  }

  private static boolean literal(char c) {
    return Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',';
  }

  private static boolean optionalAfter(String s, int at) {
    return at < s.length()
        && (s.charAt(at) == '?' || s.charAt(at) == '*' || s.startsWith("{0", at));
  }

  private static int closing(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = s.indexOf(']', i + 1);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = s.indexOf(']', i + 1);
        i = end < 0 ? s.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }
}
