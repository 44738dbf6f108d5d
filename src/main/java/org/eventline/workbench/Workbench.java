package org.eventline.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventline.article.Article;
import org.eventline.pipeline.ArticleCuration;
import org.eventline.pipeline.Corpus;
import org.eventline.pipeline.CurationQueue;
import org.eventline.pipeline.DatasetVocabulary;
import org.eventline.pipeline.PlaceChoices;
import org.eventline.pipeline.ValidationReport;
import org.eventline.schema.EventSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eventline serve}: the curator's workbench, a local web server over a seeds folder. It
 * listens on the loopback interface only, checks every request ({@link Guard}), accepts only the
 * ids of articles in the folder, and writes only through {@link ArticleCuration}: the one editing
 * core, onto the version of the file the page was showing. Serving and browsing write nothing.
 */
public final class Workbench implements AutoCloseable {

  /** The largest request body accepted, in bytes. */
  static final int MAX_BODY = 256 * 1024;

  private static final Pattern ARTICLE = Pattern.compile("^/article/([^/]+)$");
  private static final Pattern API = Pattern.compile("^/api/article/([^/]+)(/[a-z]+)?$");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Guard guard;
  private final String token;
  private final Path seeds;
  private final EventSchema schema;
  private final ArticleCuration curation;
  private final String curator;
  private final Lookups lookups;

  private Workbench(HttpServer server, String token, Path seeds, EventSchema schema, String curator)
      throws IOException {
    this.server = server;
    this.token = token;
    this.guard = new Guard(token, server.getAddress().getPort());
    this.seeds = seeds.toRealPath();
    this.schema = schema;
    this.curation = new ArticleCuration(schema, this.seeds, Clock.systemUTC());
    this.curator = curator;
    this.lookups = new Lookups(this.seeds, schema);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a workbench.
   *
   * @param port the port, or 0 for a free one
   * @throws java.net.BindException when the port is in use
   */
  public static Workbench start(Path seeds, int port, String curator, EventSchema schema)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Workbench workbench = new Workbench(server, token, seeds, schema, curator);
    server.start();
    return workbench;
  }

  /** The address to open: it holds the launch token. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The interface the server listens on. */
  public InetAddress listening() {
    return server.getAddress().getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      route(ex);
    } catch (RuntimeException e) {
      send(ex, 500, "text/plain", ("internal error: " + e).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void route(HttpExchange ex) throws IOException {
    Optional<Guard.Refusal> refused = guard.host(ex.getRequestHeaders());
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    if (refused.isEmpty() && !method.equals("GET") && !method.equals("POST")) {
      refused = Optional.of(new Guard.Refusal(405, "only GET and POST"));
    }
    if (refused.isEmpty() && method.equals("GET") && path.equals("/")) {
      launch(ex);
      return;
    }
    if (refused.isEmpty()) {
      refused = guard.session(ex.getRequestHeaders());
    }
    if (refused.isEmpty() && method.equals("POST")) {
      refused = guard.write(ex.getRequestHeaders());
    }
    if (refused.isPresent()) {
      refuse(ex, refused.get());
      return;
    }
    if (method.equals("GET") && path.equals("/queue")) {
      html(ex, Pages.queue(queue(), filter(ex)));
      return;
    }
    if (method.equals("GET") && path.equals("/static/schema.json")) {
      json(ex, 200, schemaInfo());
      return;
    }
    if (method.equals("GET") && path.startsWith("/static/")) {
      asset(ex, path.substring("/static/".length()));
      return;
    }
    if (method.equals("GET") && path.equals("/api/actors")) {
      json(ex, 200, lookups.actors());
      return;
    }
    if (method.equals("GET") && path.equals("/api/places")) {
      Map<String, String> q = query(ex);
      json(ex, 200, lookups.places(q.getOrDefault("q", ""), q.get("country")));
      return;
    }
    Matcher page = ARTICLE.matcher(path);
    if (method.equals("GET") && page.matches()) {
      Optional<String> id = article(page.group(1));
      if (id.isEmpty()) {
        refuse(ex, new Guard.Refusal(404, "no such article in the seeds folder"));
        return;
      }
      html(ex, Pages.article(id.get(), token));
      return;
    }
    Matcher api = API.matcher(path);
    if (api.matches()) {
      Optional<String> id = article(api.group(1));
      if (id.isEmpty()) {
        refuse(ex, new Guard.Refusal(404, "no such article in the seeds folder"));
        return;
      }
      String action = api.group(2) == null ? "" : api.group(2);
      api(ex, method, id.get(), action);
      return;
    }
    refuse(ex, new Guard.Refusal(404, "not found"));
  }

  /** The launch link: its token is exchanged for the session cookie, then the queue. */
  private void launch(HttpExchange ex) throws IOException {
    if (!guard.launches(query(ex).get("token"))) {
      refuse(ex, new Guard.Refusal(403, "open the address eventline serve printed"));
      return;
    }
    ex.getResponseHeaders().add("Set-Cookie", guard.cookie());
    ex.getResponseHeaders().add("Location", "/queue");
    send(ex, 303, "text/plain", new byte[0]);
  }

  /**
   * The id of an article of the folder, or empty: only ids found in the folder are accepted, and
   * their files must be regular files inside it (a symbolic link out is refused).
   */
  Optional<String> article(String raw) throws IOException {
    String id = java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    Corpus corpus = Corpus.scan(seeds);
    if (!corpus.hasArticle(id)) {
      return Optional.empty();
    }
    for (Path file : List.of(corpus.articlePath(id), corpus.curationPath(id))) {
      Path normal = file.normalize();
      if (!normal.startsWith(seeds) || !normal.getParent().equals(seeds)) {
        return Optional.empty();
      }
      if (Files.isSymbolicLink(normal)
          || Files.exists(normal) && !Files.isRegularFile(normal, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
    }
    return Optional.of(id);
  }

  private void api(HttpExchange ex, String method, String id, String action) throws IOException {
    if (method.equals("GET") && action.isEmpty()) {
      json(ex, 200, state(id, null, List.of()));
      return;
    }
    if (method.equals("GET") && action.equals("/version")) {
      ArticleCuration.Read read = curation.read(id);
      json(ex, 200, Map.of("version", ArticleCuration.version(read.curation())));
      return;
    }
    if (method.equals("POST") && (action.equals("/preview") || action.equals("/save"))) {
      Optional<byte[]> body = body(ex);
      if (body.isEmpty()) {
        refuse(ex, new Guard.Refusal(413, "the request is larger than " + MAX_BODY + " bytes"));
        return;
      }
      edit(ex, id, action.equals("/save"), body.get());
      return;
    }
    refuse(ex, new Guard.Refusal(404, "not found"));
  }

  private void edit(HttpExchange ex, String id, boolean save, byte[] body) throws IOException {
    JsonNode request;
    List<ArticleCuration.Op> ops = new ArrayList<>();
    try {
      request = JSON.readTree(body);
      for (JsonNode op : request.path("ops")) {
        ops.add(JSON.treeToValue(op, ArticleCuration.Op.class));
      }
    } catch (RuntimeException e) {
      refuse(ex, new Guard.Refusal(400, "the request is not the JSON the page sends"));
      return;
    }
    String version = request.path("version").asString("");
    ArticleCuration.Read read = curation.read(id);
    Article article = read.article();
    if (article == null) {
      refuse(ex, new Guard.Refusal(409, "the article cannot be read: run eventline validate"));
      return;
    }
    String current = text(read.curation());
    String disk = ArticleCuration.version(read.curation());
    if (!disk.equals(version)) {
      json(ex, 409, Map.of("conflict", true, "state", state(id, null, List.of())));
      return;
    }
    if (current != null && curation.document(id, current).document() == null) {
      refuse(ex, new Guard.Refusal(409, "the curation file is malformed; fix it in a text editor"));
      return;
    }
    ArticleCuration.Applied applied = curation.apply(article, current, ops, curator);
    if (!applied.ok()) {
      json(ex, 422, Map.of("refused", applied.refused(), "state", state(id, null, List.of())));
      return;
    }
    if (!save) {
      json(ex, 200, state(id, applied.text(), List.of()));
      return;
    }
    ArticleCuration.Saved saved = curation.save(id, version, applied);
    if (saved == ArticleCuration.Saved.CONFLICT) {
      json(ex, 409, Map.of("conflict", true, "state", state(id, null, List.of())));
      return;
    }
    json(ex, 200, state(id, null, List.of()));
  }

  /** The state of an article, with its curation file as on disk, or as given (a preview). */
  ArticleState.State state(String id, String preview, List<String> refused) throws IOException {
    ArticleCuration.Read read = curation.read(id);
    String text = preview != null ? preview : text(read.curation());
    ValidationReport report = curation.check(id, text);
    if (read.article() == null) {
      throw new IllegalStateException("the article " + id + " cannot be read");
    }
    return ArticleState.of(
        read.article(),
        curation.shown(id),
        text,
        ArticleCuration.version(read.curation()),
        report,
        refused);
  }

  /**
   * What the page's forms are generated from: the schema's fields (type, format, allowed values,
   * description, required), the sub-event types of each event type, and the fields a curator does
   * not set.
   */
  private Map<String, Object> schemaInfo() {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (var f : schema.fields()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", f.name());
      m.put("type", f.type());
      m.put("format", f.format());
      m.put("enum", f.enumValues());
      m.put("required", f.required());
      m.put("description", f.description());
      fields.add(m);
    }
    Map<String, List<String>> sub = new LinkedHashMap<>();
    for (JsonNode rule : schema.eventSchemaNode().path("allOf")) {
      String type =
          rule.path("if").path("properties").path("event_type").path("const").asString("");
      List<String> values = new ArrayList<>();
      rule.path("then")
          .path("properties")
          .path("sub_event_type")
          .path("enum")
          .forEach(v -> values.add(v.asString()));
      if (!type.isEmpty()) {
        sub.put(type, values);
      }
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("fields", fields);
    info.put("subEventTypes", sub);
    info.put("notSet", org.eventline.pipeline.FieldValues.notSet());
    return info;
  }

  private static String text(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private List<CurationQueue.Row> queue() throws IOException {
    return CurationQueue.rows(seeds, schema);
  }

  private static String filter(HttpExchange ex) {
    return query(ex).getOrDefault("show", "all");
  }

  private static Optional<byte[]> body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      return bytes.length > MAX_BODY ? Optional.empty() : Optional.of(bytes);
    }
  }

  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          java.net.URLDecoder.decode(k, StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  private void asset(HttpExchange ex, String name) throws IOException {
    String type =
        switch (name) {
          case "app.js", "queue.js" -> "text/javascript";
          case "app.css" -> "text/css";
          default -> null;
        };
    if (type == null) {
      refuse(ex, new Guard.Refusal(404, "not found"));
      return;
    }
    try (InputStream in = Workbench.class.getResourceAsStream(name)) {
      send(ex, 200, type + "; charset=utf-8", in.readAllBytes());
    }
  }

  private static void html(HttpExchange ex, String page) throws IOException {
    send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(HttpExchange ex, int status, Object value) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
  }

  private static void refuse(HttpExchange ex, Guard.Refusal r) throws IOException {
    send(ex, r.status(), "text/plain; charset=utf-8", r.reason().getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    h.set("X-Frame-Options", "DENY");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The pickers' data: actors (cheap) and places (the gazetteer, loaded on first use). */
  static final class Lookups {
    private final Path seeds;
    private final EventSchema schema;
    private final PlaceChoices places;

    Lookups(Path seeds, EventSchema schema) {
      this.seeds = seeds;
      this.schema = schema;
      this.places = new PlaceChoices(seeds, schema);
    }

    List<DatasetVocabulary.ActorChoice> actors() throws IOException {
      return DatasetVocabulary.read(seeds, schema).actorChoices();
    }

    List<Map<String, String>> places(String q, String country) throws IOException {
      return places.find(q, country, 8);
    }
  }
}
