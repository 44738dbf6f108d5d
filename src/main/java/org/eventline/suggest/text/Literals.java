package org.eventline.suggest.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings (lower case) found in a text in one pass, ignoring case: an
 * Aho-Corasick automaton built once. {@link #starts} says where each literal occurs in the text,
 * indexed by the literals' positions in the list given to {@link #of}.
 */
public final class Literals {

  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private final List<Integer> fail = new ArrayList<>();
  private final List<BitSet> output = new ArrayList<>();
  private final int size;

  /** The length of each literal, by index. */
  private final int[] lengths;

  /** The automaton frozen: per state its sorted edge characters and targets, fail, and output. */
  private final char[][] edgeChars;

  private final int[][] edgeTargets;
  private final int[] failTo;
  private final BitSet[] outputs;

  /**
   * The automaton's moves on the ASCII characters, failure links followed in advance, over classes
   * of characters rather than the characters: every ASCII character no literal holds is class 0,
   * which leads from any state back to the start; each other one (case folded) has a class of its
   * own. The state after {@code state} reads {@code c} is {@code ascii[state * classes +
   * ASCII_CLASS[c]]}, one look-up per character of a text, in a table small enough to stay in the
   * processor's cache between sentences (a row of 128 moves per state did not).
   */
  private final char[] ascii;

  /** The class of each ASCII character (case folded), 0 for those no literal holds. */
  private final byte[] asciiClass = new byte[128];

  /** How many classes of ASCII characters there are, 0 included. */
  private final int classes;

  private Literals(List<String> literals) {
    this.size = literals.size();
    this.lengths = literals.stream().mapToInt(String::length).toArray();
    newState();
    for (int i = 0; i < literals.size(); i++) {
      String literal = literals.get(i);
      if (literal.isEmpty()) {
        throw new IllegalArgumentException("an empty literal");
      }
      int state = 0;
      for (int k = 0; k < literal.length(); k++) {
        char c = Character.toLowerCase(literal.charAt(k));
        Integer to = next.get(state).get(c);
        if (to == null) {
          to = newState();
          next.get(state).put(c, to);
        }
        state = to;
      }
      output.get(state).set(i);
    }
    Deque<Integer> queue = new ArrayDeque<>();
    for (int child : next.get(0).values()) {
      fail.set(child, 0);
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
        int child = e.getValue();
        int f = fail.get(state);
        while (f != 0 && !next.get(f).containsKey(e.getKey())) {
          f = fail.get(f);
        }
        Integer to = next.get(f).get(e.getKey());
        fail.set(child, to == null || to == child ? 0 : to);
        output.get(child).or(output.get(fail.get(child)));
        queue.add(child);
      }
    }
    int states = next.size();
    edgeChars = new char[states][];
    edgeTargets = new int[states][];
    failTo = new int[states];
    outputs = new BitSet[states];
    for (int state = 0; state < states; state++) {
      List<Character> chars = new ArrayList<>(next.get(state).keySet());
      chars.sort(null);
      edgeChars[state] = new char[chars.size()];
      edgeTargets[state] = new int[chars.size()];
      for (int k = 0; k < chars.size(); k++) {
        edgeChars[state][k] = chars.get(k);
        edgeTargets[state][k] = next.get(state).get(chars.get(k));
      }
      failTo[state] = fail.get(state);
      outputs[state] = output.get(state).isEmpty() ? null : output.get(state);
    }
    char[] classOf = asciiClasses(literals);
    classes = classOf.length;
    ascii = asciiMoves(states, classOf);
  }

  /**
   * Gives each ASCII character some literal holds (case folded) a class of its own, upper-case
   * letters their lower case's; returns each class's character (class 0, of the others, has none).
   */
  private char[] asciiClasses(List<String> literals) {
    StringBuilder of = new StringBuilder().append('\0');
    for (String literal : literals) {
      for (int k = 0; k < literal.length(); k++) {
        char c = Character.toLowerCase(literal.charAt(k));
        if (c < 128 && asciiClass[c] == 0) {
          if (of.length() > Byte.MAX_VALUE) {
            throw new IllegalStateException("more character classes than a byte holds");
          }
          asciiClass[c] = (byte) of.length();
          of.append(c);
        }
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      asciiClass[c] = asciiClass[c + ('a' - 'A')];
    }
    return of.toString().toCharArray();
  }

  /**
   * The moves on the classes of ASCII characters ({@code classOf}: each class's character), states
   * taken in breadth-first order (fail links first).
   */
  private char[] asciiMoves(int states, char[] classOf) {
    if (states > Character.MAX_VALUE) {
      throw new IllegalStateException("more states than a char holds: " + states);
    }
    char[] moves = new char[states * classes];
    boolean[] done = new boolean[states];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    done[0] = true;
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (int k = 1; k < classes; k++) {
        int to = step(state, classOf[k]);
        moves[state * classes + k] =
            (char) (to >= 0 ? to : state == 0 ? 0 : moves[failTo[state] * classes + k]);
      }
      for (int child : edgeTargets[state]) {
        if (!done[child]) {
          done[child] = true;
          queue.add(child);
        }
      }
    }
    return moves;
  }

  private int step(int state, char c) {
    int k = java.util.Arrays.binarySearch(edgeChars[state], c);
    return k < 0 ? -1 : edgeTargets[state][k];
  }

  private int newState() {
    next.add(new HashMap<>());
    fail.add(0);
    output.add(new BitSet());
    return next.size() - 1;
  }

  /** The automaton of these literals (matched without case). */
  public static Literals of(List<String> literals) {
    return new Literals(literals);
  }

  /**
   * Where the literals occur in a text: per literal index, the start offsets of its occurrences in
   * increasing order (null for a literal that does not occur).
   */
  public int[][] starts(CharSequence text) {
    int[][] starts = new int[size][];
    int[] counts = new int[size];
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = move(state, text.charAt(i));
      BitSet out = outputs[state];
      if (out == null) {
        continue;
      }
      for (int k = out.nextSetBit(0); k >= 0; k = out.nextSetBit(k + 1)) {
        int[] list = starts[k];
        if (list == null) {
          list = starts[k] = new int[4];
        } else if (counts[k] == list.length) {
          list = starts[k] = java.util.Arrays.copyOf(list, list.length * 2);
        }
        list[counts[k]++] = i - lengths[k] + 1;
      }
    }
    for (int k = 0; k < size; k++) {
      if (starts[k] != null) {
        starts[k] = java.util.Arrays.copyOf(starts[k], counts[k]);
      }
    }
    return starts;
  }

  /**
   * Whether any of the literals occurs in a text: {@link #starts} stopped at the first, one pass
   * however many literals there are (where a {@code contains} per literal is a pass each).
   */
  public boolean occursIn(CharSequence text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = move(state, text.charAt(i));
      if (outputs[state] != null) {
        return true;
      }
    }
    return false;
  }

  /** The state after {@code state} reads {@code c} (case folded). */
  private int move(int state, char c) {
    if (c < 128) {
      return ascii[state * classes + asciiClass[c]];
    }
    c = Character.toLowerCase(c);
    if (c < 128) {
      return ascii[state * classes + asciiClass[c]];
    }
    int to;
    while ((to = step(state, c)) < 0 && state != 0) {
      state = failTo[state];
    }
    return Math.max(to, 0);
  }
}
