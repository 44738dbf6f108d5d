package org.eventline.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.EventlineException;
import org.eventline.suggest.text.Literals;
import tools.jackson.databind.JsonNode;

/**
 * Reads an ACLED event type and sub-event type from a sentence with the rules of {@code
 * event-types.yaml}: trigger words, co-occurring words, excluded contexts, and the kind of the
 * first armed actor. Types and sub-types are checked against the schema's lists, and ranked in the
 * schema's (ACLED's) order.
 */
public final class EventTypeClassifier {

  static final String RESOURCE = "event-types.yaml";

  /**
   * The outcome: the type, sub-type, trigger (offsets in the sentence) and the reason; {@code
   * attackOnStateForces} when a one-sided attack ("was shot dead") is a battle because the ones
   * attacked are state forces, so the side that attacked is still to be named.
   */
  public record Classification(
      String eventType,
      String subEventType,
      int triggerStart,
      int triggerEnd,
      boolean specific,
      String reason,
      boolean attackOnStateForces) {

    public Classification(
        String eventType,
        String subEventType,
        int triggerStart,
        int triggerEnd,
        boolean specific,
        String reason) {
      this(eventType, subEventType, triggerStart, triggerEnd, specific, reason, false);
    }
  }

  record Rule(
      String type,
      String sub,
      boolean specific,
      String agent,
      List<Pattern> all,
      List<Pattern> unless,
      int typeRank,
      int subRank) {}

  /**
   * Words of a sentence that uses an event's words without reporting a new event of some types: a
   * court report, a plot, a fake device, a threat ({@code not_events} in {@code event-types.yaml}).
   *
   * @param types the event types it vetoes
   * @param subTypes the sub-event types it vetoes (all of those types when empty)
   * @param after event types of which the article must have told one before (none needed when
   *     empty): "the suspect was arrested" is part of an attack's story only after an attack
   */
  public record NotEvent(
      String name,
      String why,
      List<String> types,
      List<String> subTypes,
      List<String> after,
      List<Pattern> words) {

    /** Whether it vetoes an event of this type and sub-type, after those types. */
    boolean applies(String eventType, String subType, java.util.Set<String> earlierTypes) {
      return types.contains(eventType)
          && (subTypes.isEmpty() || subTypes.contains(subType))
          && (after.isEmpty() || after.stream().anyMatch(earlierTypes::contains));
    }
  }

  private final List<Rule> rules;

  private final List<NotEvent> notEvents;

  /** Every expression's anchor words ({@link RuleAnchors}), found in a sentence in one pass. */
  private final Literals anchors;

  /** Per rule, per expression of {@code all} then {@code unless}: its anchors' indices, or null. */
  private final List<List<int[]>> anchorsOf;

  /**
   * The anchor words of the not-events' expressions, found in one pass in a sentence for which a
   * not-event's types apply: its expressions run where their anchors start, as the rules' do.
   */
  private final Literals notEventAnchors;

  /** Per not-event, per expression of {@code words}: its anchors' indices, or null. */
  private final List<List<int[]>> notEventAnchorsOf;

  private EventTypeClassifier(List<Rule> rules, List<NotEvent> notEvents) {
    this.rules = List.copyOf(rules);
    this.notEvents = List.copyOf(notEvents);
    List<String> words = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<List<int[]>> byRule = new ArrayList<>();
    for (Rule rule : this.rules) {
      byRule.add(anchorIndices(concat(rule.all(), rule.unless()), words, index));
    }
    this.anchors = Literals.of(words);
    this.anchorsOf = List.copyOf(byRule);
    List<String> notEventWords = new ArrayList<>();
    Map<String, Integer> notEventIndex = new HashMap<>();
    List<List<int[]>> byNotEvent = new ArrayList<>();
    for (NotEvent n : this.notEvents) {
      byNotEvent.add(anchorIndices(n.words(), notEventWords, notEventIndex));
    }
    this.notEventAnchors = Literals.of(notEventWords);
    this.notEventAnchorsOf = List.copyOf(byNotEvent);
  }

  /**
   * Per expression, the indices of its anchors ({@link RuleAnchors}) among {@code words}, which
   * gains the ones not there yet; null for an expression without anchors.
   */
  private static List<int[]> anchorIndices(
      List<Pattern> patterns, List<String> words, Map<String, Integer> index) {
    List<int[]> byPattern = new ArrayList<>();
    for (Pattern p : patterns) {
      byPattern.add(
          RuleAnchors.of(p.pattern())
              .map(
                  list ->
                      list.stream()
                          .mapToInt(
                              w ->
                                  index.computeIfAbsent(
                                      w,
                                      k -> {
                                        words.add(k);
                                        return words.size() - 1;
                                      }))
                          .toArray())
              .orElse(null));
    }
    return byPattern;
  }

  private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
    List<Pattern> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Loads the shipped rules.
   *
   * @param types the schema's event types, in ACLED order
   * @param subTypes the schema's sub-event types, in ACLED order
   */
  public static EventTypeClassifier load(List<String> types, List<String> subTypes) {
    JsonNode root =
        org.eventline.suggest.vocabulary.ShippedTrees.read(
            EventTypeClassifier.class, "/org/eventline/suggest/" + RESOURCE);
    List<Rule> rules = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      rules.add(rule(r, types, subTypes));
    }
    List<NotEvent> notEvents = new ArrayList<>();
    for (JsonNode n : root.path("not_events")) {
      notEvents.add(
          new NotEvent(
              n.path("name").asString(""),
              n.path("why").asString(""),
              strings(n.path("types"), types),
              strings(n.path("subs"), subTypes),
              strings(n.path("after"), types),
              patterns(n.path("words"))));
    }
    return new EventTypeClassifier(rules, notEvents);
  }

  private static Rule rule(JsonNode r, List<String> types, List<String> subTypes) {
    String type = r.path("type").asString("");
    String sub = r.path("sub").asString("");
    if (!types.contains(type) || !subTypes.contains(sub)) {
      throw new EventlineException(
          RESOURCE + ": rule '" + type + " / " + sub + "' names a type the schema does not list");
    }
    return new Rule(
        type,
        sub,
        r.path("strength").asString("specific").equals("specific"),
        r.path("agent").asString(null),
        patterns(r.path("all")),
        patterns(r.path("unless")),
        types.indexOf(type),
        subTypes.indexOf(sub));
  }

  private static List<Pattern> patterns(JsonNode list) {
    List<Pattern> out = new ArrayList<>();
    list.forEach(p -> out.add(Pattern.compile(p.asString(), Pattern.CASE_INSENSITIVE)));
    return out;
  }

  /**
   * The first kind of non-event whose words a sentence of that type uses, if any, given the event
   * types the article told before it.
   */
  public java.util.Optional<NotEvent> notAnEvent(
      String text, String eventType, String subType, java.util.Set<String> earlierTypes) {
    int[][] words = null;
    for (int n = 0; n < notEvents.size(); n++) {
      NotEvent notEvent = notEvents.get(n);
      if (!notEvent.applies(eventType, subType, earlierTypes)) {
        continue;
      }
      if (words == null) {
        words = notEventAnchors.starts(text); // once, and only when some not-event applies
      }
      List<int[]> anchors = notEventAnchorsOf.get(n);
      for (int k = 0; k < notEvent.words().size(); k++) {
        if (first(notEvent.words().get(k), anchors.get(k), words, text) != null) {
          return Optional.of(notEvent);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> strings(JsonNode list, List<String> types) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : list) {
      if (!types.contains(t.asString())) {
        throw new EventlineException(
            RESOURCE
                + ": not_events names '"
                + t.asString()
                + "', a type the schema does not list");
      }
      out.add(t.asString());
    }
    return List.copyOf(out);
  }

  /**
   * Classifies a sentence.
   *
   * @param stateAgent whether the sentence's first armed actor is a state's force (null: no armed
   *     actor named)
   */
  public Optional<Classification> classify(String original, Boolean stateAgent) {
    String lower = original.toLowerCase(java.util.Locale.ROOT);
    String sentence = lower.length() == original.length() ? lower : original;
    List<Classification> found = new ArrayList<>();
    List<Rule> matched = new ArrayList<>();
    int[][] words = anchors.starts(sentence);
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      match(rule, anchorsOf.get(r), words, sentence, original, stateAgent)
          .ifPresent(
              c -> {
                found.add(c);
                matched.add(rule);
              });
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int best = 0;
    Comparator<Rule> order =
        Comparator.comparing((Rule r) -> !r.specific())
            .thenComparingInt(Rule::typeRank)
            .thenComparingInt(Rule::subRank);
    for (int i = 1; i < matched.size(); i++) {
      if (order.compare(matched.get(i), matched.get(best)) < 0) {
        best = i;
      }
    }
    return Optional.of(found.get(best));
  }

  /** The rules, in file order. */
  List<Rule> rules() {
    return rules;
  }

  /** The not-events, in file order. */
  List<NotEvent> notEvents() {
    return notEvents;
  }

  /** Whether the sentence holds one of an expression's anchors (always, when it has none). */
  private static boolean mayMatch(int[] anchors, int[][] words) {
    if (anchors == null) {
      return true;
    }
    for (int a : anchors) {
      if (words[a] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The expression's first match in the sentence, or null: what {@code find()} gives, tried only
   * where one of its anchors starts (every match starts with one), each try bounded to that start
   * with the text before it still visible to {@code \\b}.
   */
  static Matcher first(Pattern p, int[] anchors, int[][] words, String sentence) {
    if (anchors == null) {
      Matcher m = p.matcher(sentence);
      return m.find() ? m : null;
    }
    if (!mayMatch(anchors, words)) {
      return null; // none of its anchors in the sentence: no matcher is made
    }
    int[] starts =
        java.util.Arrays.stream(anchors)
            .filter(a -> words[a] != null)
            .flatMap(a -> java.util.Arrays.stream(words[a]))
            .sorted()
            .distinct()
            .toArray();
    Matcher m = p.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
    for (int start : starts) {
      m.region(start, sentence.length());
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private static Optional<Classification> match(
      Rule rule,
      List<int[]> anchors,
      int[][] words,
      String sentence,
      String original,
      Boolean stateAgent) {
    if (rule.agent() != null) {
      boolean wantState = rule.agent().equals("state");
      if (stateAgent == null || stateAgent != wantState) {
        return Optional.empty();
      }
    }
    for (int i = 0; i < rule.all().size(); i++) {
      if (!mayMatch(anchors.get(i), words)) {
        return Optional.empty();
      }
    }
    int start = -1;
    int end = -1;
    List<String> triggers = new ArrayList<>();
    for (int i = 0; i < rule.all().size(); i++) {
      Matcher m = first(rule.all().get(i), anchors.get(i), words, sentence);
      if (m == null) {
        return Optional.empty();
      }
      if (start < 0) {
        start = m.start();
        end = m.end();
      }
      triggers.add("'" + original.substring(m.start(), m.end()) + "'");
    }
    for (int i = 0; i < rule.unless().size(); i++) {
      if (first(rule.unless().get(i), anchors.get(rule.all().size() + i), words, sentence)
          != null) {
        return Optional.empty();
      }
    }
    String reason =
        String.join(" with ", triggers)
            + " -> "
            + rule.type()
            + " / "
            + rule.sub()
            + (rule.specific() ? "" : " (generic words only)")
            + (rule.agent() == null ? "" : " (" + rule.agent() + " actor)");
    return Optional.of(
        new Classification(rule.type(), rule.sub(), start, end, rule.specific(), reason));
  }
}
