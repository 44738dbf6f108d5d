package org.eventline.suggest.text;

/**
 * Cheap facts about a sentence, computed once, that let a rule skip its regular expression when it
 * cannot match: whether the sentence has a digit, a capitalised month abbreviation, a word.
 */
public final class Clues {

  private final String lower;

  /**
   * Every three characters that follow each other in the lower-cased sentence, hashed to one of
   * {@link #TRIGRAM_BITS} bits: a word none of whose three-character pieces is missing may be in
   * the sentence, a word with one missing cannot be. Set in one pass, it answers most of the rules'
   * {@link #has(String...)} questions (forty a sentence, most about words it does not hold) without
   * reading the sentence again.
   */
  private final long[] trigrams = new long[TRIGRAM_BITS / 64];

  private static final int TRIGRAM_BITS = 4096;

  private final boolean digit;
  private final boolean month;
  private int[] wordStarts;
  private int[] wordEnds;
  private String[] words;
  public int wordCount;

  public Clues(String sentence) {
    char[] chars = sentence.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]); // char by char: offsets stay the sentence's
    }
    this.lower = new String(chars);
    for (int i = 0; i + 2 < chars.length; i++) {
      int bit = trigram(chars[i], chars[i + 1], chars[i + 2]);
      trigrams[bit >>> 6] |= 1L << bit;
    }
    boolean d = false;
    boolean m = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9') {
        d = true;
      } else if (!m && c >= 'A' && c <= 'S') {
        m = monthAt(sentence, i);
      }
    }
    this.digit = d;
    this.month = m;
  }

  private static boolean monthAt(String s, int i) {
    return switch (s.charAt(i)) {
      case 'J' -> s.startsWith("Jan", i) || s.startsWith("Jun", i) || s.startsWith("Jul", i);
      case 'F' -> s.startsWith("Feb", i);
      case 'M' -> s.startsWith("Mar", i) || s.startsWith("May", i);
      case 'A' -> s.startsWith("Apr", i) || s.startsWith("Aug", i);
      case 'S' -> s.startsWith("Sep", i);
      case 'O' -> s.startsWith("Oct", i);
      case 'N' -> s.startsWith("Nov", i);
      case 'D' -> s.startsWith("Dec", i);
      default -> false;
    };
  }

  /** How many words the sentence has (runs of letters, or of digits). */
  public int wordCount() {
    words();
    return wordCount;
  }

  /** Where word {@code i} starts. */
  public int wordStart(int i) {
    return wordStarts[i];
  }

  /**
   * Word {@code i}, lower case: made once per sentence, however many rules ask for it at that word
   * (every date rule and casualty rule tests its start words at every word).
   */
  public String word(int i) {
    String w = words[i];
    if (w == null) {
      w = lower.substring(wordStarts[i], wordEnds[i]);
      words[i] = w;
    }
    return w;
  }

  /**
   * Whether word {@code i}, lower case, starts with {@code prefix}: {@link #word} without making
   * the word, for tests run on every word of a sentence.
   */
  public boolean wordStartsWith(int i, String prefix) {
    return wordEnds[i] - wordStarts[i] >= prefix.length()
        && lower.startsWith(prefix, wordStarts[i]);
  }

  private void words() {
    if (wordStarts != null) {
      return;
    }
    wordStarts = new int[lower.length() + 1];
    wordEnds = new int[wordStarts.length];
    words = new String[wordStarts.length];
    int i = 0;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean digits = Character.isDigit(c);
        int start = i;
        while (i < lower.length()
            && (digits
                ? Character.isDigit(lower.charAt(i))
                : Character.isLetter(lower.charAt(i)))) {
          i++;
        }
        wordStarts[wordCount] = start;
        wordEnds[wordCount] = i;
        wordCount++;
      } else {
        i++;
      }
    }
  }

  public boolean hasDigit() {
    return digit;
  }

  public boolean hasMonth() {
    return month;
  }

  /**
   * Whether the lower-cased sentence contains any of the words, found in one pass: for a long list
   * of words ({@link #has(String...)} reads the sentence once per word).
   */
  public boolean has(Literals words) {
    return words.occursIn(lower);
  }

  /** Whether the lower-cased sentence contains any of the words. */
  public boolean has(String... words) {
    for (String w : words) {
      if (mayHold(w) && lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** False when a piece of three characters of the word is not in the sentence. */
  private boolean mayHold(String word) {
    for (int i = 0; i + 2 < word.length(); i++) {
      int bit = trigram(word.charAt(i), word.charAt(i + 1), word.charAt(i + 2));
      if ((trigrams[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int trigram(char a, char b, char c) {
    return (a * 961 + b * 31 + c) & (TRIGRAM_BITS - 1);
  }
}
