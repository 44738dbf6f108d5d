package org.eventline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eventline.cli.Main;
import org.eventline.schema.EventSchema;
import org.eventline.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser (Debian's Chromium through Debian's chromedriver), on an article
 * with an emoji, CRLF line ends and curly quotes: what a curator sees and does, and what reaches
 * the file.
 */
class WorkbenchBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  static WebDriver browser;

  @TempDir Path seeds;
  Workbench workbench;
  Path curation;

  static final String ARTICLE =
      "date 2021-08-11\r\n"
          + "Fighting near Lashkar Gah\r\n"
          + "\r\n"
          + "Taliban fighters attacked government positions in Lashkar Gah 🙂 yesterday, killing at"
          + " least 12 soldiers, officials said. “We will not surrender,” a commander said on"
          + " Tuesday.\r\n"
          + "The insurgents have captured five out of 34 provincial capitals in the country in less"
          + " than a week.\r\n";

  static final String QUOTE_1 =
      "Taliban fighters attacked government positions in Lashkar Gah 🙂 yesterday, killing at"
          + " least 12 soldiers, officials said.";

  static final String QUOTE_2 =
      "The insurgents have captured five out of 34 provincial capitals in the country in less"
          + " than a week.";

  static final String CURATION =
      "# Curation of a.txt\r\n"
          + "events:\r\n"
          + "  - id: \"s-0000000001\"  # the attack\r\n"
          + "    status: \"suggested\"\r\n"
          + "    event_date: \"2021-08-10\"\r\n"
          + "    event_date_end: \"2021-08-10\"\r\n"
          + "    date_precision: \"day\"\r\n"
          + "    event_type: \"Battles\"\r\n"
          + "    sub_event_type: \"Armed clash\"\r\n"
          + "    actor1: \"Taliban\"\r\n"
          + "    location: \"Lashkar Gah\"\r\n"
          + "    admin1: \"Helmand\"\r\n"
          + "    country: \"Afghanistan\"\r\n"
          + "    iso3: \"AFG\"\r\n"
          + "    geo_precision: 1\r\n"
          + "    source_quote: \""
          + QUOTE_1
          + "\"\r\n"
          + "    date_phrase: \"yesterday\"\r\n"
          + "    casualty_phrase: \"killing at least 12 soldiers\"\r\n"
          + "    fatalities: 12\r\n"
          + "    suggestion:\r\n"
          + "      id: \"s-0000000001\"\r\n"
          + "      confidence: 0.80\r\n"
          + "      quote_start: 43\r\n"
          + "      quote_end: 160\r\n"
          + "  # the capitals, a second suggestion\r\n"
          + "  - id: \"s-0000000002\"\r\n"
          + "    status: \"suggested\"\r\n"
          + "    event_date: \"2021-08-05\"\r\n"
          + "    event_date_end: \"2021-08-11\"\r\n"
          + "    date_precision: \"week\"\r\n"
          + "    event_type: \"Battles\"\r\n"
          + "    sub_event_type: \"Non-state actor overtakes territory\"\r\n"
          + "    actor1: \"Taliban\"\r\n"
          + "    location: \"Afghanistan\"\r\n"
          + "    admin1: null\r\n"
          + "    country: \"Afghanistan\"\r\n"
          + "    iso3: \"AFG\"\r\n"
          + "    geo_precision: 3\r\n"
          + "    source_quote: \""
          + QUOTE_2
          + "\"\r\n"
          + "    suggestion:\r\n"
          + "      id: \"s-0000000002\"\r\n"
          + "      confidence: 0.55\r\n"
          + "      quote_start: 200\r\n"
          + "      quote_end: 300\r\n";

  @BeforeAll
  static void startBrowser() throws IOException {
    ExternalTool.require(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Debian's chromium and chromium-driver (see .ci/run)");
    Path profile = Files.createTempDirectory("eventline-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // A test may end with unsaved edits; the page then asks before it is left. Leaving is what the
    // next test wants, so the browser accepts.
    options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * Opens a page. A test may end with unsaved edits, and the page then asks before it is left
   * (beforeunload): headless Chromium can hold the next navigation on that dialog until the
   * page-load timeout ("Timed out receiving message from renderer", seen under a loaded build). A
   * page that does not load in 60 s is asked for once more, after accepting such a prompt; a second
   * failure fails the test.
   */
  private static void open(String url) {
    try {
      browser.get(url);
    } catch (org.openqa.selenium.TimeoutException first) {
      System.err.println("page load of " + url + " timed out; asking once more: " + first);
      try {
        browser.switchTo().alert().accept();
      } catch (org.openqa.selenium.NoAlertPresentException none) {
        // no prompt: the page was just slow
      }
      browser.get(url);
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void serve() throws IOException {
    Files.writeString(seeds.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
    curation = seeds.resolve("a.events.yaml");
    Files.writeString(curation, CURATION, StandardCharsets.UTF_8);
    workbench = Workbench.start(seeds, 0, "ana", EventSchema.load());
    open(workbench.address().toString());
    open("http://127.0.0.1:" + workbench.port() + "/article/a");
    waitFor(() -> !browser.findElements(By.cssSelector("[data-event-id]")).isEmpty());
  }

  @AfterEach
  void stop() {
    open("about:blank");
    workbench.close();
  }

  String file() throws IOException {
    return Files.readString(curation, StandardCharsets.UTF_8);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  /** Presses {@code key}, which edits the event (the page has unsaved edits), then s to save. */
  void editAndSave(CharSequence key) {
    press(key);
    waitFor(() -> "unsaved".equals(saveState()));
    press("s");
    waitFor(() -> "saved".equals(saveState()));
  }

  String saveState() {
    return browser.findElement(By.id("save-state")).getAttribute("data-state");
  }

  static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void everyQuoteIsHighlightedWithExactlyItsTextAndTheKeysWriteDecisionsKeepingComments()
      throws IOException {
    List<WebElement> quotes = browser.findElements(By.cssSelector("[data-event-id]"));
    assertEquals(2, quotes.size());
    for (WebElement q : quotes) {
      String id = q.getAttribute("data-event-id");
      String shown = (String) js("return arguments[0].textContent;", q);
      assertEquals(id.endsWith("1") ? QUOTE_1 : QUOTE_2, shown, id);
    }
    // c confirms the selected (first suggested) event, s saves; then j x s rejects the second.
    editAndSave("c");
    press("j");
    editAndSave("x");
    String after = file();
    assertTrue(
        after.contains("  - id: \"s-0000000001\"  # the attack\r\n    status: \"confirmed\""));
    assertTrue(after.contains("  # the capitals, a second suggestion\r\n"));
    assertTrue(after.contains("    status: \"rejected\"\r\n"), after);
    assertFalse(after.replace("\r\n", "").contains("\n"), "CRLF line ends kept");
    List<String> changed = changedLines(CURATION, after);
    assertEquals(
        List.of(
                "+     curator: \"ana\"",
                "+     curator: \"ana\"",
                "+     status: \"confirmed\"",
                "+     status: \"rejected\"",
                "-     status: \"suggested\"",
                "-     status: \"suggested\"")
            .stream()
            .sorted()
            .toList(),
        changed.stream().sorted().toList(),
        "only the status lines change, and a curator line is added");
  }

  /** Selects, in the text as shown, {@code text}, which starts where {@code from} first does. */
  void select(String from, String text) {
    js(
        "const pre = document.getElementById('text');"
            + "const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);"
            + "const nodes = []; let n; while ((n = walker.nextNode())) nodes.push(n);"
            + "const all = nodes.map((t) => t.data).join('');"
            + "const from = all.indexOf(arguments[0]); const to = from + arguments[1].length;"
            + "const at = (i) => { let seen = 0; for (const t of nodes) {"
            + "  if (i <= seen + t.data.length) return [t, i - seen]; seen += t.data.length; } };"
            + "const [a, ao] = at(from); const [b, bo] = at(to);"
            + "window.getSelection().setBaseAndExtent(a, ao, b, bo);",
        from,
        text);
  }

  @Test
  void shiftFAddsTheSelectionAsAnotherCasualtyPhrase() throws Exception {
    select("officials said", "officials said");
    editAndSave("F");
    String after = file();
    assertTrue(
        after.contains(
            "    casualty_phrase: \"killing at least 12 soldiers | officials said\"\r\n"),
        after);
    assertEquals(
        List.of(
            "+     casualty_phrase: \"killing at least 12 soldiers | officials said\"",
            "+     curator: \"ana\"",
            "-     casualty_phrase: \"killing at least 12 soldiers\""),
        changedLines(CURATION, after).stream().sorted().toList(),
        "only the phrase line changes, and a curator line is added");
    assertEquals(0, validate(), "validate passes on the saved file");
  }

  @Test
  void aSelectionBecomesTheQuoteAtOffsetsPythonConfirms() throws Exception {
    // Select, in the text as shown, from "Taliban" to the end of the commander's sentence.
    String longer = QUOTE_1 + " “We will not surrender,” a commander said on Tuesday.";
    select(QUOTE_1, longer);
    editAndSave("q");
    String after = file();
    assertTrue(after.contains("    source_quote: \"" + longer + "\""), after);
    java.util.regex.Matcher start =
        java.util.regex.Pattern.compile("\\n    quote_start: (\\d+)").matcher(after);
    java.util.regex.Matcher end =
        java.util.regex.Pattern.compile("\\n    quote_end: (\\d+)").matcher(after);
    assertTrue(start.find() && end.find(), after);
    int s = Integer.parseInt(start.group(1));
    int e = Integer.parseInt(end.group(1));
    assertEquals(longer, codePoints(ARTICLE, s, e));
    if (Files.isExecutable(ExternalTool.PYTHON)) {
      ExternalTool.Run python =
          ExternalTool.run(
              List.of(
                  ExternalTool.PYTHON.toString(),
                  "-c",
                  "import sys; t = open(sys.argv[1], encoding='utf-8-sig', newline='').read();"
                      + " sys.stdout.buffer.write(t[int(sys.argv[2]):int(sys.argv[3])]"
                      + ".encode('utf-8'))",
                  seeds.resolve("a.txt").toString(),
                  String.valueOf(s),
                  String.valueOf(e)),
              seeds,
              60);
      assertEquals(longer, python.output(), "Python's slice of the file");
    }
    List<String> changed = changedLines(CURATION, after);
    assertTrue(
        changed.stream()
            .allMatch(l -> l.matches("[-+]     (source_quote|quote_start|quote_end|curator): .*")),
        "only the edited lines: " + changed);
    assertEquals(0, validate(), "validate passes on the saved file");
  }

  @Test
  void changingTheEventTypeFiltersAndClearsTheSubEventType() {
    Select type = new Select(browser.findElement(By.id("field-event_type")));
    type.selectByValue("Protests");
    waitFor(
        () -> {
          List<String> options = new ArrayList<>();
          new Select(browser.findElement(By.id("field-sub_event_type")))
              .getOptions()
              .forEach(o -> options.add(o.getAttribute("value")));
          return options.contains("Peaceful protest") && !options.contains("Armed clash");
        });
    assertEquals(
        "",
        new Select(browser.findElement(By.id("field-sub_event_type")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the old sub-event type is cleared");
  }

  @Test
  void theMessagesShownAreValidatesAndANearMissQuoteIsFixedInOneClick() throws IOException {
    workbench.close();
    String straight = CURATION.replace(QUOTE_1, QUOTE_1.replace("🙂 ", ""));
    Files.writeString(curation, straight, StandardCharsets.UTF_8);
    workbench = Workbench.start(seeds, 0, "ana", EventSchema.load());
    open(workbench.address().toString());
    open("http://127.0.0.1:" + workbench.port() + "/article/a");
    waitFor(() -> !browser.findElements(By.cssSelector("#editor .message.error")).isEmpty());
    String shown = browser.findElement(By.cssSelector("#editor .message.error")).getText();
    StringWriter err = new StringWriter();
    Main.execute(
        new String[] {"validate", "--seeds", seeds.toString()},
        new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    String line =
        err.toString().lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow();
    String message = line.substring(line.indexOf(": error: ") + ": error: ".length());
    assertTrue(shown.startsWith("error: " + message), shown + "\nvalidate: " + message);
  }

  @Test
  void undoTakesBackAnUnsavedDecisionAndThenASavedOne() throws IOException {
    press("c");
    waitFor(() -> "unsaved".equals(saveState()));
    press("u");
    waitFor(() -> "saved".equals(saveState()));
    assertEquals(CURATION, file(), "nothing was saved");
    editAndSave("c");
    assertTrue(file().contains("status: \"confirmed\""));
    press("u");
    waitFor(
        () -> {
          try {
            return !file().contains("status: \"confirmed\"");
          } catch (IOException e) {
            return false;
          }
        });
    assertTrue(
        file().contains("  - id: \"s-0000000001\"  # the attack\r\n    status: \"suggested\""));
  }

  @Test
  void aChangeOnDiskWhileThePageIsOpenIsAConflictNeverAnOverwrite() throws IOException {
    press("c");
    waitFor(() -> "unsaved".equals(saveState()));
    String theirs = CURATION.replace("# the attack", "# edited in a text editor");
    Files.writeString(curation, theirs, StandardCharsets.UTF_8);
    press("s");
    waitFor(() -> "conflict".equals(saveState()));
    assertEquals(theirs, file(), "their save is kept, ours not written");
    assertTrue(
        browser.findElement(By.id("banner")).getText().contains("changed on disk"),
        browser.findElement(By.id("banner")).getText());
  }

  @Test
  void aWholeArticleCuratedByKeyboardAlone() throws IOException {
    press("c"); // confirm the first suggestion
    waitFor(() -> "unsaved".equals(saveState()));
    press("n"); // save, go to the next suggestion
    waitFor(() -> "saved".equals(saveState()));
    press("x"); // reject it
    waitFor(() -> "unsaved".equals(saveState()));
    press("r"); // save, mark the article reviewed
    waitFor(
        () -> {
          try {
            return file().contains("\r\nreview:\r\n  curator: \"ana\"");
          } catch (IOException e) {
            return false;
          }
        });
    assertEquals(0, validate(), "the reviewed file validates");
  }

  /**
   * The shipped seeds in the page: every event of every article highlighted with exactly its quote
   * (the README's screenshot is taken here, with -Dscreenshots.update=true).
   */
  @Test
  void everyShippedEventIsHighlightedWithExactlyItsQuote() throws Exception {
    workbench.close();
    Path shipped = Files.createDirectories(seeds.resolve("shipped"));
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, shipped.resolve(f.getFileName()));
      }
    }
    workbench = Workbench.start(shipped, 0, "ana", EventSchema.load());
    open(workbench.address().toString());
    int events = 0;
    try (var files = Files.list(shipped)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        open("http://127.0.0.1:" + workbench.port() + "/article/" + id);
        waitFor(() -> !browser.findElements(By.cssSelector("#events li")).isEmpty());
        for (WebElement q : browser.findElements(By.cssSelector("[data-event-id]"))) {
          String eventId = q.getAttribute("data-event-id");
          String shown = (String) js("return arguments[0].textContent;", q);
          assertTrue(text.contains(shown) && !shown.isEmpty(), eventId);
          events++;
        }
        assertEquals(
            browser.findElements(By.cssSelector("#events li")).size(),
            browser.findElements(By.cssSelector("[data-event-id]")).size(),
            "one element per event in " + id);
      }
    }
    assertEquals(75, events, "every shipped event, rejected ones included");
    if (Boolean.getBoolean("screenshots.update")) {
      open("http://127.0.0.1:" + workbench.port() + "/article/000_26d17594a1416e60");
      waitFor(() -> !browser.findElements(By.cssSelector("#events li")).isEmpty());
      Files.write(
          Path.of("docs/workbench.png"),
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
  }

  int validate() {
    return Main.execute(
        new String[] {"validate", "--seeds", seeds.toString()},
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  /** The lines that differ, "-" for removed and "+" for added, ignoring order. */
  static List<String> changedLines(String before, String after) {
    List<String> a = new ArrayList<>(List.of(before.split("\r\n", -1)));
    List<String> b = new ArrayList<>(List.of(after.split("\r\n", -1)));
    List<String> out = new ArrayList<>();
    List<String> bCopy = new ArrayList<>(b);
    for (String line : a) {
      if (!bCopy.remove(line)) {
        out.add("- " + line);
      }
    }
    List<String> aCopy = new ArrayList<>(a);
    for (String line : b) {
      if (!aCopy.remove(line)) {
        out.add("+ " + line);
      }
    }
    return out;
  }
}
