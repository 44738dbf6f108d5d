package org.eventline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Does {@code suggest} stream over a folder? Generates many short articles (one paragraph of a
 * shipped seed article each, with another publication date) and runs {@code java -Xmx256m -jar
 * target/eventline.jar suggest --quiet} on them as a whole process, then prints the exit code, the
 * wall time, the largest heap left live after a garbage collection (from the JVM's GC log) and the
 * process's peak resident memory. Run from the repository root after {@code mvn package}:
 *
 * <pre>java benchmarks/src/main/java/org/eventline/bench/ManyArticlesRun.java 100000</pre>
 */
public final class ManyArticlesRun {

  private ManyArticlesRun() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String heap = args.length > 1 ? args[1] : "256m";
    Path work = Path.of("benchmarks/target/many").toAbsolutePath();
    Path corpus = work.resolve("corpus");
    long bytes = generate(Path.of("seeds"), corpus, count);
    Path gcLog = work.resolve("gc.log");
    Files.deleteIfExists(gcLog);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            "/usr/bin/time",
            "-f",
            "max-rss-kb %M",
            java,
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
    Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
    while (m.find()) {
      live = Math.max(live, Long.parseLong(m.group(1)));
    }
    Matcher rss = Pattern.compile("max-rss-kb (\\d+)").matcher(errText);
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

  static long generate(Path seeds, Path out, int count) throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
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
    Random random = new Random(100_000L);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      String text =
          "date "
              + java.time.LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650))
              + "\n"
              + paragraphs.get(random.nextInt(paragraphs.size()))
              + "\n";
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(String.format(Locale.ROOT, "many-%06d.txt", i)), b);
      bytes += b.length;
    }
    return bytes;
  }
}
