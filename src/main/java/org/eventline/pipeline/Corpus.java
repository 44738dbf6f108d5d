package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a seeds folder: articles ({@code <id>.txt}) and curation files ({@code
 * <id>.events.yaml}), each list sorted by name so that runs are deterministic.
 */
public record Corpus(Path dir, List<String> articleIds, List<String> curationIds) {

  public static final String ARTICLE_SUFFIX = ".txt";
  public static final String CURATION_SUFFIX = ".events.yaml";

  public Corpus {
    articleIds = List.copyOf(articleIds);
    curationIds = List.copyOf(curationIds);
  }

  public static Corpus scan(Path dir) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names =
          files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
    return new Corpus(dir, stems(names, ARTICLE_SUFFIX), stems(names, CURATION_SUFFIX));
  }

  private static List<String> stems(List<String> names, String suffix) {
    return names.stream()
        .filter(n -> n.endsWith(suffix) && n.length() > suffix.length())
        .map(n -> n.substring(0, n.length() - suffix.length()))
        .toList();
  }

  /** This corpus with curation files for these article ids too (files about to be written). */
  Corpus withCurations(java.util.Collection<String> ids) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(curationIds);
    all.addAll(ids);
    return new Corpus(dir, articleIds, List.copyOf(all));
  }

  public Path articlePath(String id) {
    return dir.resolve(id + ARTICLE_SUFFIX);
  }

  public Path curationPath(String id) {
    return dir.resolve(id + CURATION_SUFFIX);
  }

  public boolean hasArticle(String id) {
    return java.util.Collections.binarySearch(articleIds, id) >= 0;
  }

  public boolean hasCuration(String id) {
    return java.util.Collections.binarySearch(curationIds, id) >= 0;
  }
}
