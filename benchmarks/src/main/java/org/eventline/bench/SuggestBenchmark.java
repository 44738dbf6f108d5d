package org.eventline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.eventline.article.Article;
import org.eventline.article.ArticleParser;
import org.eventline.schema.EventSchema;
import org.eventline.suggest.SuggestResources;
import org.eventline.suggest.Suggester;
import org.eventline.suggest.text.Sentence;

/**
 * Throughput of {@code suggest} in memory (not a test; never run by {@code mvn verify}): builds a
 * corpus of 10,000+ articles deterministically by recombining the sentences of the shipped seed
 * articles with other publication dates and place names, loads the gazetteer and dictionaries once,
 * warms up, then times the suggester over the whole corpus and prints articles per second and MB of
 * text per second.
 *
 * <p>Run from the repository root: {@code mvn -B -q install -DskipTests} then {@code mvn -B -q -f
 * benchmarks/pom.xml exec:exec -Dbench=SuggestBenchmark} (arguments, with {@code
 * -Dbench.args="COUNT SEEDS"}: article count, default 10,000, and seeds folder, default seeds).
 */
public final class SuggestBenchmark {

  private static final String[] PLACES = {
    "Lashkar Gah",
    "Kandahar",
    "Kabul",
    "Ghazni",
    "Kunduz",
    "Herat",
    "Baghdad",
    "Mosul",
    "Aden",
    "Taiz",
    "Belgrade",
    "Jolo",
    "Marawi",
    "Maiduguri",
    "Mogadishu",
    "Kismayo",
    "Beni",
    "Goma",
    "Donetsk",
    "Luhansk",
    "Aleppo",
    "Idlib",
    "Raqqa",
    "Deir ez-Zor",
    "Tripoli",
    "Benghazi",
    "Gao",
    "Timbuktu",
    "Peshawar",
    "Quetta",
    "Sanaa",
    "Hodeidah",
    "Kirkuk",
    "Fallujah",
    "Homs"
  };

  private static final String[] REPLACED = {
    "Lashkar Gah", "Kandahar", "Kabul", "Ghazni", "Baghdad", "Mosul", "Aden", "Belgrade", "Jolo"
  };

  private SuggestBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
    long t0 = System.nanoTime();
    SuggestResources resources = SuggestResources.load(EventSchema.load(), null);
    Suggester suggester = new Suggester(resources);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    List<Article> corpus = corpus(resources, seeds, count);
    long bytes =
        corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    for (int i = 0; i < Math.min(500, corpus.size()); i++) {
      suggester.suggest(corpus.get(i));
    }
    long suggestions = 0;
    long t1 = System.nanoTime();
    for (Article a : corpus) {
      suggestions += suggester.suggest(a).size();
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "resources loaded once in %.2f s%n"
            + "corpus: %d articles, %.2f MB of text (UTF-8), %d suggestions%n"
            + "suggest: %.2f s, %.1f articles/s, %.3f MB/s (%d cores, Java %s)%n",
        loadSeconds,
        corpus.size(),
        bytes / 1e6,
        suggestions,
        seconds,
        corpus.size() / seconds,
        bytes / 1e6 / seconds,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
  }

  /** Deterministic: the same seeds folder and count give the same corpus. */
  static List<Article> corpus(SuggestResources resources, Path seeds, int count)
      throws IOException {
    List<List<String>> paragraphs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".txt", "");
      Article a = ArticleParser.parse(f.toString(), id, Files.readString(f)).article();
      List<String> current = new ArrayList<>();
      int paragraph = -1;
      for (Sentence s : resources.sentences().split(a)) {
        if (s.paragraph() != paragraph && !current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
        paragraph = s.paragraph();
        current.add(s.text());
      }
      if (!current.isEmpty()) {
        paragraphs.add(current);
      }
    }
    Random random = new Random(20210811L);
    List<Article> out = new ArrayList<>(count);
    LocalDate first = LocalDate.of(2015, 1, 1);
    for (int i = 0; i < count; i++) {
      LocalDate date = first.plusDays(random.nextInt(3650));
      StringBuilder body = new StringBuilder();
      int n = 4 + random.nextInt(8);
      for (int p = 0; p < n; p++) {
        List<String> para = paragraphs.get(random.nextInt(paragraphs.size()));
        String text = String.join(" ", para);
        for (String place : REPLACED) {
          text = text.replace(place, PLACES[random.nextInt(PLACES.length)]);
        }
        body.append(text).append("\n\n");
      }
      String id = String.format(Locale.ROOT, "bench-%05d", i);
      out.add(ArticleParser.parse(id, id, "date " + date + "\n" + body).article());
    }
    return out;
  }
}
