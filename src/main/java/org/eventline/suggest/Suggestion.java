package org.eventline.suggest;

import java.util.List;
import java.util.Objects;
import org.eventline.curation.Event;

/**
 * A candidate event found in an article, ready to be written into its curation file with status
 * {@code suggested}.
 *
 * @param event the event (source_quote is the sentence, exactly; quote_start/quote_end its
 *     code-point offsets)
 * @param newActors organisations named in the sentence that the actor dictionary does not know
 */
public record Suggestion(Event event, List<String> newActors) {

  public Suggestion {
    Objects.requireNonNull(event, "event");
    newActors = List.copyOf(newActors);
  }
}
