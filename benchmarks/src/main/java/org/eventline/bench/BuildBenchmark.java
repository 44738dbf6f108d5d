package org.eventline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventline.pipeline.DatasetBuild;
import org.eventline.pipeline.DatasetValidation;
import org.eventline.pipeline.ValidationReport;
import org.eventline.schema.EventSchema;

/**
 * Throughput and memory of {@code validate} and {@code build} on a generated corpus (default
 * 100,000 articles, each with a curation file of two events), to back the design goal that the
 * build reads one article at a time. Prints articles per second, MB of input per second and the
 * peak heap used; asserts nothing.
 */
public final class BuildBenchmark {

  private static final String ARTICLE =
      "date %s\nFighting near %s\n\nTaliban fighters attacked government positions in %s"
          + " yesterday, killing at least %d soldiers, officials said. Residents said the market"
          + " in %s was closed on %s, and that shops would reopen when the fighting stops.\n";

  private static final String EVENT =
      "  - id: b-%07d-%d\n    status: confirmed\n    event_date: %s\n    event_date_end: %s\n"
          + "    date_precision: day\n    date_phrase: yesterday\n    event_type: Battles\n"
          + "    sub_event_type: Armed clash\n    actor1: Taliban\n    actor1_category: Rebel groups\n"
          + "    actor2: Military Forces of Afghanistan (2004-2021)\n    location: %s\n"
          + "    admin1: Helmand\n    country: Afghanistan\n    iso3: AFG\n    latitude: %s\n"
          + "    longitude: %s\n    geo_precision: 1\n    fatalities: %d\n    fatalities_low: %d\n"
          + "    casualty_phrase: killing at least %d soldiers\n"
          + "    source_quote: \"Taliban fighters attacked government positions in %s yesterday,"
          + " killing at least %d soldiers, officials said.\"\n";

  private static final String[] PLACES = {"Lashkar Gah", "Gereshk", "Nad Ali", "Sangin", "Musa Qala"};

  private BuildBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("eventline-bench");
    try {
      Path seeds = dir.resolve("seeds");
      long bytes = generate(seeds, count);
      EventSchema schema = EventSchema.load();
      long t0 = System.nanoTime();
      ValidationReport report = new DatasetValidation(schema).run(seeds);
      double validate = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "corpus: %d articles + %d curation files, %.1f MB, %d events (%d errors)%n"
              + "validate: %.1f s, %.0f articles/s, %.2f MB/s, peak heap so far %.0f MB%n",
          count, count, bytes / 1e6, report.events().size(), report.errors(),
          validate, count / validate, bytes / 1e6 / validate, peakHeap() / 1e6);
      report = null; // the build validates again; keep one copy of the events, as a user's run does
      long t1 = System.nanoTime();
      DatasetBuild.Result build = new DatasetBuild(schema).run(seeds, dir.resolve("output"));
      double total = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "build (validate + render + publish %d files): %.1f s, %.0f articles/s, %.2f MB/s%n"
              + "peak heap used: %.0f MB of max %.0f MB (%d cores, Java %s)%n",
          build.files().size(), total, count / total, bytes / 1e6 / total,
          peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    } finally {
      delete(dir);
    }
  }

  /** Writes a deterministic corpus and returns its size in bytes. */
  static long generate(Path seeds, int count) throws IOException {
    Files.createDirectories(seeds);
    long bytes = 0;
    LocalDate first = LocalDate.of(2021, 1, 1);
    for (int i = 0; i < count; i++) {
      LocalDate published = first.plusDays(i % 365);
      String place = PLACES[i % PLACES.length];
      int killed = 1 + i % 40;
      String id = String.format(Locale.ROOT, "a%07d", i);
      String article = String.format(Locale.ROOT, ARTICLE, published, place, place, killed, place, "Monday");
      StringBuilder curation = new StringBuilder("# generated\nevents:\n");
      for (int e = 0; e < 2; e++) {
        LocalDate day = published.minusDays(1);
        curation.append(String.format(Locale.ROOT, EVENT, i, e, day, day, place,
            "31.5938", "64.3716", killed, killed, killed, place, killed));
      }
      byte[] a = article.getBytes(StandardCharsets.UTF_8);
      byte[] c = curation.toString().replace("yesterday,\n", "yesterday,").getBytes(StandardCharsets.UTF_8);
      Files.write(seeds.resolve(id + ".txt"), a);
      Files.write(seeds.resolve(id + ".events.yaml"), c);
      bytes += a.length + c.length;
    }
    return bytes;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
