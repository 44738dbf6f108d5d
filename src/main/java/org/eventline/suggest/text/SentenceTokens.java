package org.eventline.suggest.text;

import java.util.List;

/**
 * A sentence split into words once ({@link Token#of}), shared by every reader of the sentence
 * (places, actors), with the phrases and name keys of its spans computed at most once: a span is
 * the words {@code first} to {@code last}, from the first word's start to the end of the last word
 * without a trailing possessive ({@link Token#bare()}). Lives as long as the sentence is read;
 * nothing is kept between sentences or articles. Not thread-safe: one sentence, one thread.
 */
public final class SentenceTokens {

  /** The longest span whose key is kept (in words); longer ones are computed each time. */
  private static final int KEPT = 8;

  private final String text;
  private final List<Token> tokens;
  private final String[] lower;
  private final String[][] keys;

  /** The reader of {@link #perWord} and its numbers, one per word (-1: not computed yet). */
  private Object perWordReader;

  private int[] perWord;

  public SentenceTokens(String text) {
    this.text = text;
    this.tokens = Token.of(text);
    this.lower = new String[tokens.size()];
    this.keys = new String[tokens.size()][];
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Word {@code i} in lower case ({@link Token#lower()}). */
  public String lower(int i) {
    String l = lower[i];
    if (l == null) {
      l = tokens.get(i).lower();
      lower[i] = l;
    }
    return l;
  }

  /** Where the span ends: the end of its last word without a trailing possessive. */
  public int spanEnd(int last) {
    Token t = tokens.get(last);
    return t.start() + t.bare().length();
  }

  /** The text of the span, as written. */
  public String phrase(int first, int last) {
    return text.substring(tokens.get(first).start(), spanEnd(last));
  }

  /** {@link NameKey#of} of the span's phrase. */
  public String key(int first, int last) {
    int length = last - first;
    if (length >= KEPT) {
      return NameKey.of(phrase(first, last));
    }
    String[] row = keys[first];
    if (row == null) {
      row = new String[KEPT];
      keys[first] = row;
    }
    String k = row[length];
    if (k == null) {
      k = NameKey.of(phrase(first, last));
      row[length] = k;
    }
    return k;
  }

  /**
   * A number per word that {@code reader} computes at most once per sentence however many walks
   * over the words ask for it (-1 until it is computed): the actor dictionary's reach from each
   * word, which both readings of a sentence's actors need. Another reader gets a fresh array.
   */
  public int[] perWord(Object reader) {
    if (perWordReader != reader) {
      perWordReader = reader;
      perWord = new int[tokens.size()];
      java.util.Arrays.fill(perWord, -1);
    }
    return perWord;
  }

  /** Whether the text between words {@code k - 1} and {@code k} is exactly {@code gap}. */
  public boolean gapIs(int k, String gap) {
    int from = tokens.get(k - 1).end();
    int to = tokens.get(k).start();
    return to - from == gap.length() && text.startsWith(gap, from);
  }
}
