package org.eventline.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What a user waits for (not a test; never run by {@code mvn verify}): generates a corpus of
 * articles from the shipped seed articles (paragraphs recombined, other dates and place names;
 * deterministic), then times whole processes on the same files, in turn, round after round:
 * {@code java -jar target/eventline.jar suggest --seeds DIR}, chrono-node (dates only, installed
 * with {@code npm ci --prefix benchmarks/dates}) and Debian's python3-dateparser {@code
 * search_dates} (dates only, {@code /usr/bin/python3}). Prints each tool's median MB/s, the ratios
 * of medians of per-round ratios, and start-up: {@code suggest} on a folder of one article against
 * {@code --version}.
 *
 * <p>It needs nothing but the JDK (no eventline classes), so it runs as a single source file from
 * the repository root: {@code mvn -B -q package -DskipTests}, {@code npm ci --prefix
 * benchmarks/dates}, {@code apt-get install python3-dateparser}, then {@code java
 * benchmarks/src/main/java/org/eventline/bench/WholeProcessBenchmark.java [COUNT [ROUNDS]]}
 * (articles, default 2,100; rounds, default 3).
 *
 * <p>With {@code --many [COUNT [HEAP]]} it checks instead that {@code suggest} streams: it
 * generates COUNT (default 100,000) short articles of one paragraph each and runs {@code java
 * -XmxHEAP -jar target/eventline.jar suggest --quiet} (default heap 256m) on them, then prints the
 * exit code, the wall time, the largest heap left live after a garbage collection (from the JVM's
 * GC log) and the process's peak resident memory ({@code /usr/bin/time}).
 */
public final class WholeProcessBenchmark {

  private static final String[] PLACES = {
    "Lashkar Gah", "Kandahar", "Kabul", "Ghazni", "Kunduz", "Herat", "Baghdad", "Mosul", "Aden",
    "Taiz", "Belgrade", "Jolo", "Marawi", "Maiduguri", "Mogadishu", "Kismayo", "Beni", "Goma",
    "Donetsk", "Luhansk", "Aleppo", "Idlib", "Raqqa", "Tripoli", "Benghazi", "Gao", "Timbuktu",
    "Peshawar", "Quetta", "Sanaa", "Hodeidah", "Kirkuk", "Fallujah", "Homs"
  };

  private static final String[] REPLACED = {
    "Lashkar Gah", "Kandahar", "Kabul", "Ghazni", "Baghdad", "Mosul", "Aden", "Belgrade", "Jolo"
  };

  private WholeProcessBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--many")) {
      many(
          args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
          args.length > 2 ? args[2] : "256m");
      return;
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path jar = Path.of("target/eventline.jar").toAbsolutePath();
    Path work = Path.of("benchmarks/target/whole-process").toAbsolutePath();
    Path corpus = work.resolve("corpus");
    Path one = work.resolve("one");
    long bytes = generate(Path.of("seeds"), corpus, count);
    generate(Path.of("seeds"), one, 1);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> suggest = List.of(java, "-jar", jar.toString(), "suggest", "--seeds", corpus.toString());
    List<String> chrono =
        List.of("node", Path.of("benchmarks/dates/chrono-dates.js").toString(), corpus.toString());
    List<String> dateparser =
        List.of(
            "/usr/bin/python3",
            Path.of("benchmarks/dates/dateparser_dates.py").toString(),
            corpus.toString());
    System.out.printf(
        Locale.ROOT,
        "corpus: %d articles, %.2f MB (UTF-8), %d rounds, %d cores, Java %s%n",
        count,
        bytes / 1e6,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    double[] s = new double[rounds];
    double[] c = new double[rounds];
    double[] d = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      clean(corpus);
      s[r] = time(suggest);
      c[r] = time(chrono);
      d[r] = time(dateparser);
      System.out.printf(
          Locale.ROOT, "round %d: suggest %.2f s, chrono-node %.2f s, dateparser %.2f s%n",
          r + 1, s[r], c[r], d[r]);
    }
    report("eventline suggest", bytes, s);
    report("chrono-node (dates only)", bytes, c);
    report("python3-dateparser search_dates (dates only)", bytes, d);
    System.out.printf(
        Locale.ROOT,
        "suggest MB/s / chrono-node MB/s: %.2f (median of per-round ratios)%n"
            + "suggest MB/s / dateparser MB/s: %.2f%n",
        median(ratios(c, s)),
        median(ratios(d, s)));
    double[] startOne = new double[5];
    double[] version = new double[5];
    List<String> suggestOne = List.of(java, "-jar", jar.toString(), "suggest", "--seeds", one.toString());
    List<String> versionCmd = List.of(java, "-jar", jar.toString(), "--version");
    for (int r = 0; r < startOne.length; r++) {
      clean(one);
      startOne[r] = time(suggestOne);
      version[r] = time(versionCmd);
    }
    System.out.printf(
        Locale.ROOT,
        "start-up: suggest on one article %.2f s, --version %.2f s, ratio %.1f (medians of 5)%n",
        median(startOne),
        median(version),
        median(ratios(startOne, version)));
  }

  private static void report(String name, long bytes, double[] seconds) {
    double m = median(seconds);
    System.out.printf(
        Locale.ROOT,
        "%-46s median %.2f s (min %.2f, max %.2f), %.3f MB/s%n",
        name,
        m,
        Arrays.stream(seconds).min().orElse(0),
        Arrays.stream(seconds).max().orElse(0),
        bytes / 1e6 / m);
  }

  private static double[] ratios(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return r;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Seconds from start to exit of a whole process; fails on a non-zero exit. */
  private static double time(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("bench", ".log");
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited " + exit + ":\n" + Files.readString(log));
    }
    Files.delete(log);
    return seconds;
  }

  private static void clean(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> !f.toString().endsWith(".txt")).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Runs suggest on many short articles in a small heap (see the class comment). */
  private static void many(int count, String heap) throws Exception {
    Path work = Path.of("benchmarks/target/many").toAbsolutePath();
    Path corpus = work.resolve("corpus");
    long bytes = generate(Path.of("seeds"), corpus, count, 1, 1, 100_000L, "many-%06d.txt");
    Path gcLog = work.resolve("gc.log");
    Files.deleteIfExists(gcLog);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            "/usr/bin/time",
            "-f",
            "max-rss-kb %M",
            javaBin,
            "-Xmx" + heap,
            "-Xlog:gc:file=" + gcLog,
            "-jar",
            Path.of("target/eventline.jar").toAbsolutePath().toString(),
            "suggest",
            "--quiet",
            "--seeds",
            corpus.toString());
    System.out.printf(
        Locale.ROOT, "corpus: %,d articles, %.1f MB; running: %s%n", count, bytes / 1e6, command);
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    long live = 0;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
    while (m.find()) {
      live = Math.max(live, Long.parseLong(m.group(1)));
    }
    java.util.regex.Matcher rss =
        java.util.regex.Pattern.compile("max-rss-kb (\\d+)").matcher(errText);
    System.out.printf(
        Locale.ROOT,
        "exit %d in %.1f s (%.0f articles/s); largest heap live after a GC: %d MB of -Xmx%s;"
            + " peak resident memory %s MB%n",
        exit,
        seconds,
        count / seconds,
        live,
        heap,
        rss.find() ? String.valueOf(Long.parseLong(rss.group(1)) / 1024) : "?");
    System.out.println(outLines.isEmpty() ? "(no output)" : outLines.get(outLines.size() - 1));
    if (exit != 0) {
      System.out.println(errText.length() > 2000 ? errText.substring(0, 2000) : errText);
      System.exit(1);
    }
  }

  /** Deterministic: the same seeds folder and count give the same files. Returns their bytes. */
  static long generate(Path seeds, Path out, int count) throws IOException {
    return generate(seeds, out, count, 4, 8, 20210811L, "bench-%05d.txt");
  }

  /**
   * Articles of {@code minParagraphs} to {@code minParagraphs + extraParagraphs - 1} paragraphs of
   * the seed articles, with other dates and place names; deterministic for a random seed.
   */
  static long generate(
      Path seeds,
      Path out,
      int count,
      int minParagraphs,
      int extraParagraphs,
      long randomSeed,
      String names)
      throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(out);
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
          if (line.strip().length() > 80) {
            paragraphs.add(line.strip());
          }
        }
      }
    }
    Random random = new Random(randomSeed);
    LocalDate first = LocalDate.of(2015, 1, 1);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("date " + first.plusDays(random.nextInt(3650)) + "\n");
      int n = minParagraphs + random.nextInt(extraParagraphs);
      for (int p = 0; p < n; p++) {
        String para = paragraphs.get(random.nextInt(paragraphs.size()));
        for (String place : REPLACED) {
          para = para.replace(place, PLACES[random.nextInt(PLACES.length)]);
        }
        text.append(para).append("\n\n");
      }
      byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(String.format(Locale.ROOT, names, i)), b);
      bytes += b.length;
    }
    return bytes;
  }
}
