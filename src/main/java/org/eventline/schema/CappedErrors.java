package org.eventline.schema;

import com.networknt.schema.Error;
import java.util.ArrayList;

/**
 * The schema errors of one file, keeping the first {@code cap} and counting the rest: the validator
 * adds to this list, and a hostile file with tens of thousands of errors then costs no more memory
 * than one with {@code cap}.
 */
public final class CappedErrors extends ArrayList<Error> {
  private static final long serialVersionUID = 1L;

  private final int cap;
  private int dropped;

  CappedErrors(int cap) {
    this.cap = cap;
  }

  @Override
  public boolean add(Error error) {
    if (size() >= cap) {
      dropped++;
      return false;
    }
    return super.add(error);
  }

  @Override
  public boolean addAll(java.util.Collection<? extends Error> errors) {
    boolean changed = false;
    for (Error error : errors) {
      changed |= add(error);
    }
    return changed;
  }

  /** How many errors were not kept. */
  public int dropped() {
    return dropped;
  }
}
