package org.eventline.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eventline.pipeline.CurationQueue;

/**
 * The HTML of the workbench: a queue of articles, and the shell of an article page that its script
 * fills from the article's JSON. Every text is escaped; no inline script or style (the
 * Content-Security-Policy forbids them), and the article's text is never inserted as HTML: the
 * script adds it as text nodes.
 */
final class Pages {

  private Pages() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String head(String title) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + escape(title)
        + " · eventline</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>\n";
  }

  static String queue(List<CurationQueue.Row> rows, String show) {
    StringBuilder s = new StringBuilder(head("Queue"));
    long todo = rows.stream().filter(CurationQueue.Row::needsWork).count();
    s.append("<body class=\"queue\"><header><h1>eventline workbench</h1><p>")
        .append(rows.size())
        .append(rows.size() == 1 ? " article, " : " articles, ")
        .append(todo)
        .append(todo == 1 ? " needs" : " need")
        .append(
            " work. Keys: <kbd>n</kbd> next article that needs work, <kbd>j</kbd>/<kbd>k</kbd>"
                + " move, <kbd>Enter</kbd> open.</p><nav aria-label=\"filters\">");
    for (String f : List.of("all", "todo", "reviewed", "errors")) {
      s.append("<a href=\"/queue?show=")
          .append(f)
          .append("\"")
          .append(f.equals(show) ? " aria-current=\"page\"" : "")
          .append(">")
          .append(
              switch (f) {
                case "todo" -> "needs work";
                case "errors" -> "with errors";
                default -> f;
              })
          .append("</a> ");
    }
    s.append("</nav></header><main><table><caption>Articles</caption><thead><tr>")
        .append("<th scope=\"col\">article</th><th scope=\"col\">suggested</th>")
        .append("<th scope=\"col\">confirmed</th><th scope=\"col\">rejected</th>")
        .append("<th scope=\"col\">errors</th><th scope=\"col\">warnings</th>")
        .append("<th scope=\"col\">reviewed</th></tr></thead><tbody>\n");
    for (CurationQueue.Row r : rows) {
      boolean shown =
          switch (show) {
            case "todo" -> r.needsWork();
            case "reviewed" -> r.reviewed();
            case "errors" -> r.errors() > 0;
            default -> true;
          };
      if (!shown) {
        continue;
      }
      s.append("<tr data-needs-work=\"")
          .append(r.needsWork())
          .append("\"><td><a href=\"/article/")
          .append(escape(URLEncoder.encode(r.id(), StandardCharsets.UTF_8)))
          .append("\">")
          .append(escape(r.id()))
          .append("</a></td><td>")
          .append(r.suggested())
          .append("</td><td>")
          .append(r.confirmed())
          .append("</td><td>")
          .append(r.rejected())
          .append("</td><td>")
          .append(r.errors())
          .append("</td><td>")
          .append(r.warnings())
          .append("</td><td>")
          .append(r.reviewed() ? "✓ reviewed" : r.stale() ? "⟳ changed since review" : "· no")
          .append("</td></tr>\n");
    }
    s.append("</tbody></table></main><script type=\"module\" src=\"/static/queue.js\"></script>")
        .append("</body></html>\n");
    return s.toString();
  }

  static String article(String id, String token) {
    return head(id)
        + "<body class=\"article\" data-article=\""
        + escape(id)
        + "\" data-token=\""
        + escape(token)
        + "\">\n<header><a href=\"/queue\">← queue</a> <h1 id=\"title\"></h1>"
        + " <span id=\"save-state\" role=\"status\" aria-live=\"polite\"></span>"
        + " <button type=\"button\" id=\"keys-button\" aria-label=\"keyboard shortcuts\">?</button>"
        + "</header>\n<div id=\"banner\" role=\"alert\" hidden></div>\n"
        + "<main><section id=\"article\" aria-label=\"article text\"><pre id=\"text\"></pre>"
        + "<h2>Quotes that overlap others</h2><ol id=\"overlaps\"></ol></section>\n"
        + "<section id=\"side\" aria-label=\"events\"><ol id=\"events\"></ol>"
        + "<form id=\"editor\" aria-label=\"event fields\"></form>"
        + "<ul id=\"file-messages\" aria-label=\"messages of the file\"></ul></section></main>\n"
        + "<div id=\"selection-bar\" hidden></div>\n"
        + "<dialog id=\"keys\" aria-label=\"keyboard shortcuts\"></dialog>\n"
        + "<script type=\"module\" src=\"/static/app.js\"></script></body></html>\n";
  }
}
