package org.eventline.suggest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eventline.suggest.casualties.CasualtyExpressions;
import org.eventline.suggest.dates.DateExpressions;

/**
 * Throughput of the two extractors, kept apart from the tests (which never assert timings). Runs
 * every sentence of the golden inputs (the shipped articles and headlines) as many times as it
 * takes to make {@code articles} articles of about 20 sentences, each time with another publication
 * date, and prints what it measured.
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes org.eventline.suggest.ExtractorBenchmark [articles]
 * </pre>
 */
public final class ExtractorBenchmark {

  private static final int SENTENCES_PER_ARTICLE = 20;

  private ExtractorBenchmark() {}

  public static void main(String[] args) throws IOException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<ExtractorPropertiesTest.Sentence> sentences = ExtractorPropertiesTest.goldenSentences();
    int total = articles * SENTENCES_PER_ARTICLE;
    run(sentences, Math.min(total, 50_000)); // warm-up
    long start = System.nanoTime();
    long[] found = run(sentences, total);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d sentences (%d articles of %d sentences, from %d distinct sentences) in %.2f s:"
            + " %.0f sentences/s, %.0f articles/s, %.1f microseconds per sentence;"
            + " %d date mentions, %d casualty mentions%n",
        total,
        articles,
        SENTENCES_PER_ARTICLE,
        sentences.size(),
        seconds,
        total / seconds,
        articles / seconds,
        seconds * 1e6 / total,
        found[0],
        found[1]);
  }

  private static long[] run(List<ExtractorPropertiesTest.Sentence> sentences, int count) {
    long dates = 0;
    long casualties = 0;
    for (int i = 0; i < count; i++) {
      ExtractorPropertiesTest.Sentence s = sentences.get(i % sentences.size());
      LocalDate published = s.published().plusDays(i / sentences.size() % 400);
      dates += DateExpressions.find(s.text(), published).size();
      casualties += CasualtyExpressions.find(s.text()).size();
    }
    return new long[] {dates, casualties};
  }
}
