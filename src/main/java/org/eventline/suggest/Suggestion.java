package org.eventline.suggest;

import java.util.List;
import java.util.Objects;
import org.eventline.curation.Event;
import org.eventline.curation.EventYaml;
import org.eventline.curation.SuggestionTrace;

/**
 * A candidate event found in an article, ready to be written into its curation file with status
 * {@code suggested}.
 *
 * @param event the event (source_quote is the sentence, exactly; quote_start/quote_end its
 *     code-point offsets)
 * @param trace what the suggester proposed, its confidence and reasons (the event's suggestion
 *     block; its notes stay empty for the curator)
 * @param newActors organisations named in the sentence that the actor dictionary does not know
 */
public record Suggestion(Event event, SuggestionTrace trace, List<String> newActors) {

  public Suggestion {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(trace, "trace");
    newActors = List.copyOf(newActors);
  }

  /** The event and its suggestion block, as a curation file holds them. */
  public EventYaml.Entry entry() {
    return new EventYaml.Entry(event, trace);
  }
}
