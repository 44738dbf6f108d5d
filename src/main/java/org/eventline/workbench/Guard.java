package org.eventline.workbench;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * What a request must show before the workbench serves it; the server writes files, so anything a
 * web page elsewhere could make the browser send is refused. The Host must be this server's
 * loopback address and port (no DNS rebinding); every request but the launch link carries the
 * session cookie the launch token was exchanged for; a write also carries the token in a custom
 * header (which no other site can set), and its Origin and fetch metadata, when the browser sends
 * them, must say same-origin.
 */
final class Guard {

  /** The cookie that carries the session. */
  static final String COOKIE = "eventline_session";

  /** The header a write must carry, with the token. */
  static final String TOKEN_HEADER = "X-Eventline-Token";

  private final String token;
  private final int port;

  Guard(String token, int port) {
    this.token = token;
    this.port = port;
  }

  /** A refusal: the status code and why. */
  record Refusal(int status, String reason) {}

  /** The hosts a request may name: this server's loopback address and port. */
  List<String> hosts() {
    return List.of("127.0.0.1:" + port, "localhost:" + port);
  }

  Optional<Refusal> host(Headers headers) {
    String host = headers.getFirst("Host");
    if (host == null || !hosts().contains(host.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.of(
          new Refusal(403, "this server answers only to http://127.0.0.1:" + port + "/"));
    }
    return Optional.empty();
  }

  /** Whether the launch token given is this server's. */
  boolean launches(String given) {
    return given != null && same(given, token);
  }

  Optional<Refusal> session(Headers headers) {
    String cookies = String.join(";", headers.getOrDefault("Cookie", List.of()));
    for (String part : cookies.split(";")) {
      String p = part.strip();
      if (p.startsWith(COOKIE + "=") && same(p.substring(COOKIE.length() + 1), token)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Refusal(
            403, "no session: open the address eventline serve printed (it holds the token)"));
  }

  Optional<Refusal> write(Headers headers) {
    String header = headers.getFirst(TOKEN_HEADER);
    if (header == null || !same(header, token)) {
      return Optional.of(new Refusal(403, "a write must come from the workbench page"));
    }
    String origin = headers.getFirst("Origin");
    if (origin != null
        && !origin.equals("http://127.0.0.1:" + port)
        && !origin.equals("http://localhost:" + port)) {
      return Optional.of(new Refusal(403, "a write from another origin is refused"));
    }
    String site = headers.getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      return Optional.of(new Refusal(403, "a write from another site is refused"));
    }
    String type = headers.getFirst("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return Optional.of(new Refusal(415, "a write is JSON (Content-Type: application/json)"));
    }
    return Optional.empty();
  }

  /** The cookie set when the launch token is exchanged. */
  String cookie() {
    return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
