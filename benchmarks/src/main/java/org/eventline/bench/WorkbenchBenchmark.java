package org.eventline.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The workbench as a curator's browser meets it: the real jar's {@code serve} process on a copy of
 * the shipped seeds in which the largest development article has fresh suggestions and no curation
 * yet; times the server's
 * answer for the largest article's page data, a preview (an edit checked across the dataset) and a
 * save, and weighs the page (HTML, script, stylesheet, schema and article data). Not a test: it
 * prints figures.
 *
 * <p>Run from the repository root after {@code mvn -B -q -DskipTests install}: {@code mvn -B -q -f
 * benchmarks/pom.xml compile exec:exec -Dbench=WorkbenchBenchmark}
 */
public final class WorkbenchBenchmark {

  private WorkbenchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("seeds")) ? here : here.getParent();
    Path jar = root.resolve("target/eventline.jar");
    Path seeds = Files.createTempDirectory("eventline-workbench-bench");
    try (Stream<Path> files = Files.list(root.resolve("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Path dev = root.resolve("../shared/articles-dev");
    Path largest;
    try (Stream<Path> files = Files.list(Files.isDirectory(dev) ? dev : root.resolve("seeds"))) {
      largest =
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .max(Comparator.comparingLong(p -> p.toFile().length()))
              .orElseThrow();
    }
    String id = largest.getFileName().toString().replace(".txt", "");
    if (!Files.exists(seeds.resolve(largest.getFileName()))) {
      Files.copy(largest, seeds.resolve(largest.getFileName()));
    }
    // The article as a curator meets it: fresh suggestions, no curation yet.
    Files.deleteIfExists(seeds.resolve(id + ".events.yaml"));
    run(List.of("java", "-jar", jar.toString(), "suggest", "--seeds", seeds.toString(), id));
    Process serve =
        new ProcessBuilder(
                "java", "-jar", jar.toString(), "serve", "--seeds", seeds.toString(), "--port", "0",
                "--curator", "bench")
            .redirectErrorStream(true)
            .start();
    try {
      String address =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      URI launch = URI.create(address);
      String base = "http://127.0.0.1:" + launch.getPort();
      String token = launch.getQuery().substring("token=".length());
      HttpClient http = HttpClient.newHttpClient();
      String cookie = "eventline_session=" + token;
      java.util.function.Function<String, HttpRequest.Builder> get =
          path -> HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie);
      long weight = 0;
      for (String path :
          List.of(
              "/article/" + id,
              "/static/app.js",
              "/static/app.css",
              "/static/schema.json",
              "/api/article/" + id)) {
        weight += http.send(get.apply(path).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
      }
      long actors =
          http.send(get.apply("/api/actors").build(), HttpResponse.BodyHandlers.ofByteArray())
              .body()
              .length;
      List<Double> render = new ArrayList<>();
      List<Double> preview = new ArrayList<>();
      List<Double> save = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        long t0 = System.nanoTime();
        String state =
            http.send(get.apply("/api/article/" + id).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        render.add((System.nanoTime() - t0) / 1e6);
        String version = field(state, "version");
        String event = field(state.substring(state.indexOf("\"events\"")), "id");
        String body =
            "{\"version\":\""
                + version
                + "\",\"ops\":[{\"op\":\"set\",\"event\":\""
                + event
                + "\",\"field\":\"notes\",\"value\":\"benchmark edit "
                + i
                + "\"}]}";
        for (String action : List.of("preview", "save")) {
          HttpRequest post =
              get.apply("/api/article/" + id + "/" + action)
                  .header("Content-Type", "application/json")
                  .header("X-Eventline-Token", token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build();
          long t1 = System.nanoTime();
          int status = http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
          double ms = (System.nanoTime() - t1) / 1e6;
          if (status != 200) {
            throw new IllegalStateException(action + " answered " + status);
          }
          (action.equals("save") ? save : preview).add(ms);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "workbench (java -jar eventline.jar serve, %d articles, largest article %s, %d bytes)%n",
          Files.list(seeds).filter(p -> p.toString().endsWith(".txt")).count(),
          id,
          largest.toFile().length());
      System.out.printf(Locale.ROOT, "  article data (GET /api/article): %s%n", stats(render));
      System.out.printf(Locale.ROOT, "  preview an edit (validated across the dataset): %s%n", stats(preview));
      System.out.printf(Locale.ROOT, "  save an edit: %s%n", stats(save));
      System.out.printf(
          Locale.ROOT,
          "  page weight: %.1f KB (HTML, script, stylesheet, schema, article data); actor list %.1f KB%n",
          weight / 1024.0,
          actors / 1024.0);
    } finally {
      serve.destroy();
    }
  }

  private static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
    return json.substring(at, json.indexOf('"', at));
  }

  private static String stats(List<Double> ms) {
    List<Double> sorted = ms.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "median %.1f ms, p90 %.1f ms, first %.1f ms (%d runs)",
        sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.9)),
        ms.get(0),
        ms.size());
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
  }
}
