package org.eventline.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal words one of whose occurrence a rule's regular expression needs in order to match:
 * for {@code \b(clash(es|ed)?|fighting|gunfights?)\b} the words {@code clash}, {@code fighting},
 * {@code gunfight}. The classifier finds every rule's words in a sentence in one pass and runs a
 * rule's expressions only when each has one of its words there, so the expressions still decide
 * (and the output is what it was) but most are never run. An expression whose shape is not
 * understood here (no literal start, a top-level alternative, an optional first group) has no
 * anchors and is always run.
 */
final class RuleAnchors {

  private RuleAnchors() {}

  /** The anchors of an expression, lower case; empty when it must always be run. */
  static Optional<List<String>> of(String regex) {
    String rest = regex.startsWith("\\b") ? regex.substring(2) : regex;
    if (hasTopLevelBar(rest)) {
      return Optional.empty();
    }
    List<String> alternatives = new ArrayList<>();
    if (rest.startsWith("(") && !rest.startsWith("(?")) {
      int close = closing(rest);
      if (close < 0 || optionalAfter(rest, close + 1)) {
        return Optional.empty();
      }
      alternatives.addAll(splitTopLevel(rest.substring(1, close)));
    } else {
      alternatives.add(rest);
    }
    List<String> anchors = new ArrayList<>();
    for (String alternative : alternatives) {
      String prefix = literalPrefix(alternative);
      if (prefix.isEmpty()) {
        return Optional.empty();
      }
      anchors.add(prefix.toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.of(List.copyOf(anchors));
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

  private static boolean hasTopLevelBar(String s) {
    return splitTopLevel(s).size() > 1;
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
