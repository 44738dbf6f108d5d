package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.Problem;
import org.eventline.curation.CurationDocument;
import org.eventline.curation.CurationReader;
import tools.jackson.databind.JsonNode;

/**
 * The curation files of a seeds folder read for editing: each file's bytes (to notice a change on
 * disk before writing), its text and its tree, and where every event id is.
 */
final class CurationFolder {

  /** One curation file as read; {@code document} is null when it could not be read. */
  record File(
      String articleId,
      Path path,
      String shown,
      byte[] bytes,
      String text,
      CurationDocument document,
      List<Problem> problems) {}

  /** Where an event is: its file and its index in the file's events list. */
  record Where(File file, int index) {
    JsonNode node() {
      return file.document().eventNodes().get(index);
    }
  }

  private final Corpus corpus;
  private final List<File> files;
  private final Map<String, List<Where>> byId;

  private CurationFolder(Corpus corpus, List<File> files, Map<String, List<Where>> byId) {
    this.corpus = corpus;
    this.files = List.copyOf(files);
    this.byId = byId;
  }

  static CurationFolder read(Path seeds) throws IOException {
    Corpus corpus = Corpus.scan(seeds);
    List<File> files = new ArrayList<>();
    Map<String, List<Where>> byId = new LinkedHashMap<>();
    for (String id : corpus.curationIds()) {
      File file = read(corpus, id);
      files.add(file);
      if (file.document() == null) {
        continue;
      }
      List<JsonNode> nodes = file.document().eventNodes();
      for (int i = 0; i < nodes.size(); i++) {
        JsonNode eventId = nodes.get(i).get("id");
        if (eventId != null && eventId.isString()) {
          byId.computeIfAbsent(eventId.asString(), k -> new ArrayList<>()).add(new Where(file, i));
        }
      }
    }
    return new CurationFolder(corpus, files, byId);
  }

  /** Reads one article's curation file (which must exist). */
  static File read(Corpus corpus, String id) throws IOException {
    Path path = corpus.curationPath(id);
    String shown = DatasetValidation.shown(path);
    if (Files.size(path) > TextFiles.MAX_CURATION_BYTES) {
      TextFiles.Read refused = TextFiles.readCuration(path, shown);
      return new File(id, path, shown, null, null, null, List.of(refused.problem()));
    }
    byte[] bytes = Files.readAllBytes(path);
    TextFiles.Read text = TextFiles.decode(bytes, shown);
    if (text.problem() != null) {
      return new File(id, path, shown, bytes, null, null, List.of(text.problem()));
    }
    CurationReader.Result doc = CurationReader.read(shown, id, text.text());
    return new File(id, path, shown, bytes, text.text(), doc.document(), doc.problems());
  }

  Corpus corpus() {
    return corpus;
  }

  /** Every place an event id is used. */
  List<Where> find(String id) {
    return byId.getOrDefault(id, List.of());
  }

  /** All event ids, in file order. */
  List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The problems of the files that could not be read. */
  List<Problem> unreadable() {
    List<Problem> out = new ArrayList<>();
    files.stream().filter(f -> f.document() == null).forEach(f -> out.addAll(f.problems()));
    return out;
  }
}
