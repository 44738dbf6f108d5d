package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.Event;
import org.eventline.curation.SuggestionTrace;
import tools.jackson.databind.JsonNode;

/**
 * The suggester's precision as its users measure it: from real curation files, how many suggestions
 * curators confirmed or rejected, and, of the confirmed ones, how often each suggested field was
 * kept as suggested (the event's value equal to the one in its suggestion block). No gold set is
 * needed: every curated article adds to it.
 */
public final class KeptSuggestions {

  private int confirmed;
  private int rejected;
  private int awaiting;
  private final Map<String, Integer> kept = new LinkedHashMap<>();

  private KeptSuggestions() {
    SuggestionTrace.KEPT_FIELDS.forEach(f -> kept.put(f, 0));
  }

  /** Reads every curation file of a seeds folder (files that cannot be read are left out). */
  public static KeptSuggestions of(Path seeds) throws IOException {
    KeptSuggestions all = new KeptSuggestions();
    Corpus corpus = Corpus.scan(seeds);
    for (String id : corpus.curationIds()) {
      CurationFolder.File file = CurationFolder.read(corpus, id);
      if (file.document() != null) {
        all.add(file.document());
      }
    }
    return all;
  }

  /** Counts the events of one curation file that began as suggestions. */
  void add(CurationDocument doc) {
    for (JsonNode node : doc.eventNodes()) {
      Optional<SuggestionTrace> trace;
      try {
        trace = SuggestionTrace.of(node);
      } catch (RuntimeException malformed) {
        continue; // validate reports it
      }
      if (trace.isEmpty()) {
        continue;
      }
      JsonNode status = node.get("status");
      String s = status == null ? "" : status.asString("");
      if (s.equals(Event.REJECTED)) {
        rejected++;
      } else if (s.equals(Event.SUGGESTED)) {
        awaiting++;
      } else if (s.equals(Event.CONFIRMED)) {
        confirmed++;
        for (String field : SuggestionTrace.KEPT_FIELDS) {
          if (trace.get().kept(field, node)) {
            kept.merge(field, 1, Integer::sum);
          }
        }
      }
    }
  }

  /** How many confirmed suggestions kept a field as suggested. */
  public int kept(String field) {
    return kept.getOrDefault(field, 0);
  }

  /** A report in Markdown: the counts, then one row per field. */
  public String markdown(String folder) {
    StringBuilder out = new StringBuilder();
    out.append("## Suggestions as curators left them (").append(folder).append(")\n\n");
    int handled = confirmed + rejected;
    out.append(
        String.format(
            Locale.ROOT,
            "%d suggestion%s handled: %d confirmed, %d rejected%s; %d awaiting review.\n",
            handled,
            handled == 1 ? "" : "s",
            confirmed,
            rejected,
            handled == 0
                ? ""
                : String.format(Locale.ROOT, " (%.3f confirmed)", confirmed / (double) handled),
            awaiting));
    if (confirmed == 0) {
      return out.append("No confirmed suggestion yet, so nothing to compare.\n").toString();
    }
    out.append("\n| field | confirmed suggestions | kept as suggested | share kept |\n");
    out.append("|---|---|---|---|\n");
    for (String field : SuggestionTrace.KEPT_FIELDS) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.3f |\n",
              field,
              confirmed,
              kept(field),
              kept(field) / (double) confirmed));
    }
    return out.toString();
  }
}
