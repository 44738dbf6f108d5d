package org.eventline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eventline.schema.EventSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of the workbench, at the HTTP level: a server that writes files answers only its
 * own page, on the loopback interface, about the articles of its folder.
 */
class WorkbenchSecurityTest {

  @TempDir Path dir;
  Path seeds;
  Workbench workbench;
  String token;
  String cookie;
  byte[] curationBefore;

  static final String SAVE_BODY =
      "{\"version\":\"VERSION\",\"ops\":[{\"op\":\"status\",\"event\":\"t-01\",\"value\":\"rejected\"}]}";

  @BeforeEach
  void start() throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    Path ok = Path.of("src/test/resources/fixtures/validate/ok/seeds");
    Files.copy(ok.resolve("a.txt"), seeds.resolve("a.txt"));
    Files.copy(ok.resolve("a.events.yaml"), seeds.resolve("a.events.yaml"));
    curationBefore = Files.readAllBytes(seeds.resolve("a.events.yaml"));
    workbench = Workbench.start(seeds, 0, "ana", EventSchema.load());
    token = workbench.address().getQuery().substring("token=".length());
    cookie = Guard.COOKIE + "=" + token;
  }

  @AfterEach
  void stop() {
    workbench.close();
  }

  record Response(int status, Map<String, String> headers, String body) {}

  /** A raw HTTP/1.1 request, every header as given (a browser's or an attacker's). */
  Response request(String method, String path, Map<String, String> headers, String body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), workbench.port())) {
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      Map<String, String> all = new LinkedHashMap<>();
      all.put("Host", "127.0.0.1:" + workbench.port());
      all.put("Connection", "close");
      all.putAll(headers);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        all.put("Content-Length", String.valueOf(bytes.length));
      }
      all.forEach(
          (k, v) -> {
            if (v != null) {
              req.append(k).append(": ").append(v).append("\r\n");
            }
          });
      req.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int headEnd = raw.indexOf("\r\n\r\n");
      String[] lines = raw.substring(0, headEnd).split("\r\n");
      Map<String, String> h = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        h.put(
            lines[i].substring(0, colon).toLowerCase(java.util.Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
      return new Response(Integer.parseInt(lines[0].split(" ")[1]), h, raw.substring(headEnd + 4));
    }
  }

  Response get(String path) throws IOException {
    return request("GET", path, Map.of("Cookie", cookie), null);
  }

  String version() throws IOException {
    String body = get("/api/article/a/version").body();
    return body.substring(body.indexOf(":\"") + 2, body.lastIndexOf('"'));
  }

  Map<String, String> writeHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Cookie", cookie);
    h.put(Guard.TOKEN_HEADER, token);
    h.put("Content-Type", "application/json");
    h.put("Origin", "http://127.0.0.1:" + workbench.port());
    h.put("Sec-Fetch-Site", "same-origin");
    return h;
  }

  Response save(Map<String, String> headers) throws IOException {
    return request("POST", "/api/article/a/save", headers, SAVE_BODY.replace("VERSION", version()));
  }

  void unchanged() throws IOException {
    assertEquals(
        new String(curationBefore, StandardCharsets.UTF_8),
        Files.readString(seeds.resolve("a.events.yaml")),
        "the curation file is untouched");
  }

  @Test
  void listensOnTheLoopbackInterfaceOnly() {
    assertTrue(workbench.listening().isLoopbackAddress(), workbench.listening().toString());
    assertEquals("127.0.0.1", workbench.address().getHost());
  }

  @Test
  void theLaunchTokenBecomesAnHttpOnlySameSiteCookie() throws IOException {
    Response launch = request("GET", "/?token=" + token, Map.of(), null);
    assertEquals(303, launch.status());
    assertEquals("/queue", launch.headers().get("location"));
    String set = launch.headers().get("set-cookie");
    assertTrue(set.contains("HttpOnly") && set.contains("SameSite=Strict"), set);
    assertEquals(403, request("GET", "/?token=wrong", Map.of(), null).status());
    assertEquals(403, request("GET", "/?token=", Map.of(), null).status());
  }

  @Test
  void aForeignHostIsRefused() throws IOException {
    Map<String, String> h = new LinkedHashMap<>(Map.of("Cookie", cookie));
    h.put("Host", "evil.example:" + workbench.port());
    assertEquals(403, request("GET", "/queue", h, null).status());
    h.put("Host", "127.0.0.1:1");
    assertEquals(403, request("GET", "/queue", h, null).status());
    assertEquals(200, get("/queue").status());
  }

  @Test
  void withoutTheSessionCookieEverythingIsRefused() throws IOException {
    for (String path : new String[] {"/queue", "/article/a", "/api/article/a", "/static/app.js"}) {
      assertEquals(403, request("GET", path, Map.of(), null).status(), path);
      assertEquals(
          403, request("GET", path, Map.of("Cookie", Guard.COOKIE + "=nope"), null).status(), path);
    }
  }

  @Test
  void aWriteWithoutTheSameOriginProofIsRefused() throws IOException {
    Map<String, String> noToken = writeHeaders();
    noToken.remove(Guard.TOKEN_HEADER);
    assertEquals(403, save(noToken).status());
    Map<String, String> badToken = writeHeaders();
    badToken.put(Guard.TOKEN_HEADER, "guess");
    assertEquals(403, save(badToken).status());
    Map<String, String> otherOrigin = writeHeaders();
    otherOrigin.put("Origin", "http://evil.example");
    assertEquals(403, save(otherOrigin).status());
    Map<String, String> crossSite = writeHeaders();
    crossSite.put("Sec-Fetch-Site", "cross-site");
    assertEquals(403, save(crossSite).status());
    Map<String, String> form = writeHeaders();
    form.put("Content-Type", "application/x-www-form-urlencoded");
    assertEquals(415, save(form).status());
    Map<String, String> noCookie = writeHeaders();
    noCookie.remove("Cookie");
    assertEquals(403, save(noCookie).status());
    unchanged();
    Response ok = save(writeHeaders());
    assertEquals(200, ok.status(), ok.body());
    assertTrue(Files.readString(seeds.resolve("a.events.yaml")).contains("status: \"rejected\""));
  }

  @Test
  void onlyArticlesOfTheFolderAreServed() throws IOException {
    Files.writeString(dir.resolve("outside.txt"), "date 2021-08-11\nsecret\n");
    for (String path :
        new String[] {
          "/article/nope",
          "/api/article/nope",
          "/article/..%2Foutside",
          "/api/article/..%2Foutside",
          "/api/article/%2E%2E%2Foutside",
          "/static/../a.txt",
          "/static/app.js.map"
        }) {
      Response r = get(path);
      assertEquals(404, r.status(), path);
      assertFalse(r.body().contains("secret"), path);
    }
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
    Path outside = Files.writeString(dir.resolve("b.events.yaml"), "events: []\n");
    Files.copy(seeds.resolve("a.txt"), seeds.resolve("b.txt"));
    Files.createSymbolicLink(seeds.resolve("b.events.yaml"), outside);
    assertEquals(404, get("/api/article/b").status());
    Map<String, String> h = writeHeaders();
    Response r = request("POST", "/api/article/b/save", h, "{\"version\":\"none\",\"ops\":[]}");
    assertEquals(404, r.status());
    assertEquals("events: []\n", Files.readString(outside));
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws IOException {
    String big =
        "{\"version\":\"x\",\"ops\":[],\"pad\":\"" + "x".repeat(Workbench.MAX_BODY) + "\"}";
    assertEquals(413, request("POST", "/api/article/a/save", writeHeaders(), big).status());
    unchanged();
  }

  @Test
  void otherMethodsAreRefused() throws IOException {
    for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
      assertEquals(405, request(method, "/api/article/a", writeHeaders(), "{}").status(), method);
    }
    unchanged();
  }

  @Test
  void aStaleVersionIsAConflictNotAnOverwrite() throws IOException {
    Response r =
        request(
            "POST",
            "/api/article/a/save",
            writeHeaders(),
            SAVE_BODY.replace("VERSION", "0".repeat(64)));
    assertEquals(409, r.status());
    assertTrue(r.body().contains("\"conflict\":true"), r.body());
    unchanged();
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws IOException {
    for (String path : new String[] {"/queue", "/article/a"}) {
      Response r = get(path);
      assertEquals(200, r.status(), path);
      String csp = r.headers().get("content-security-policy");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      assertTrue(csp.contains("default-src 'none'"), csp);
      assertFalse(r.body().contains("<script>"), "no inline script in " + path);
      assertFalse(r.body().matches("(?s).*<script(?![^>]*\\ssrc=).*"), "every script has a src");
      assertFalse(r.body().contains(" style="), "no inline style in " + path);
      assertEquals("nosniff", r.headers().get("x-content-type-options"));
    }
  }

  @Test
  void browsingWritesNothingInTheSeedsFolder() throws IOException {
    java.util.List<String> before;
    try (var files = Files.list(seeds)) {
      before = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String path : new String[] {"/queue", "/article/a", "/api/article/a", "/api/actors"}) {
      assertEquals(200, get(path).status(), path);
    }
    Response preview =
        request(
            "POST",
            "/api/article/a/preview",
            writeHeaders(),
            SAVE_BODY.replace("VERSION", version()));
    assertEquals(200, preview.status(), preview.body());
    try (var files = Files.list(seeds)) {
      assertEquals(before, files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    unchanged();
  }

  @Test
  void aPortInUseIsAUsageErrorThatSuggestsPortZero() throws IOException {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      java.io.StringWriter err = new java.io.StringWriter();
      int exit =
          org.eventline.cli.Main.execute(
              new String[] {
                "serve",
                "--seeds",
                seeds.toString(),
                "--curator",
                "ana",
                "--port",
                String.valueOf(taken.getLocalPort())
              },
              new java.io.PrintWriter(new java.io.StringWriter()),
              new java.io.PrintWriter(err));
      assertEquals(2, exit, err.toString());
      assertTrue(err.toString().contains("is in use; choose another, or --port 0"), err.toString());
    }
  }

  @Test
  void thePickersAnswerFromTheDictionaryAndTheGazetteer() throws IOException {
    Response actors = get("/api/actors");
    assertEquals(200, actors.status());
    assertTrue(actors.body().contains("\"name\":\"Taliban\""), actors.body());
    Response places = get("/api/places?q=Lashkar%20Gah&country=AFG");
    assertEquals(200, places.status());
    assertTrue(places.body().contains("\"admin1\":\"Helmand\""), places.body());
    assertTrue(places.body().contains("\"latitude\":\"31.5938\""), places.body());
  }

  @Test
  void aMalformedCurationFileIsShownReadOnlyAndNeverRewritten() throws IOException {
    String broken = "events:\n  - id: \"t-01\n    status: confirmed\n";
    Files.writeString(seeds.resolve("a.events.yaml"), broken);
    Response state = get("/api/article/a");
    assertEquals(200, state.status());
    assertTrue(state.body().contains("\"readOnly\":true"), state.body());
    assertTrue(state.body().contains("invalid YAML"), state.body());
    Response save = save(writeHeaders());
    assertEquals(409, save.status(), save.body());
    assertEquals(broken, Files.readString(seeds.resolve("a.events.yaml")));
  }

  @Test
  void aReviewedArticleMustBeReopenedBeforeItsEventsChange() throws IOException {
    Response review =
        request(
            "POST",
            "/api/article/a/save",
            writeHeaders(),
            "{\"version\":\"" + version() + "\",\"ops\":[{\"op\":\"review\"}]}");
    assertEquals(200, review.status(), review.body());
    String reviewed = Files.readString(seeds.resolve("a.events.yaml"));
    Response refused = save(writeHeaders());
    assertEquals(422, refused.status());
    assertTrue(
        refused.body().contains("the article is marked reviewed: reopen it first"), refused.body());
    assertEquals(reviewed, Files.readString(seeds.resolve("a.events.yaml")));
    Response reopen =
        request(
            "POST",
            "/api/article/a/save",
            writeHeaders(),
            "{\"version\":\"" + version() + "\",\"ops\":[{\"op\":\"reopen\"}]}");
    assertEquals(200, reopen.status(), reopen.body());
    unchanged();
    assertEquals(200, save(writeHeaders()).status());
  }
}
