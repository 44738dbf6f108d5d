package org.eventline.suggest.text;

import java.util.regex.Pattern;

/** Runs of white space made one space, with the expression compiled once. */
public final class Whitespace {

  private static final Pattern RUN = Pattern.compile("\\s+");

  private Whitespace() {}

  /** {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    return RUN.matcher(s).replaceAll(" ");
  }

  /** {@code s.split("\\s+")}. */
  public static String[] split(String s) {
    return RUN.split(s);
  }
}
