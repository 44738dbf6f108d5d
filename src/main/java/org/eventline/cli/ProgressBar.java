package org.eventline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.eventline.pipeline.Progress;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return at most ten
 * times a second: articles done of all, the rate, and the time left at that rate. Shown only when
 * standard error is a terminal, so that a piped or logged run stays free of it, and never under
 * {@code --quiet}. The line is cleared when the run ends, before the summary is printed.
 */
final class ProgressBar implements Progress {

  static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final String label;
  private final PrintWriter err;
  private final LongSupplier nanos;
  private int total;
  private int done;
  private long started;
  private long drawn = Long.MIN_VALUE;
  private int shownLength;

  ProgressBar(String label, PrintWriter err, LongSupplier nanos) {
    this.label = label;
    this.err = err;
    this.nanos = nanos;
  }

  /** The progress a command shows: a bar when standard error is a terminal and not quiet. */
  static Progress forCommand(String label, boolean quiet, PrintWriter err) {
    return quiet || !stderrIsTerminal()
        ? Progress.NONE
        : new ProgressBar(label, err, System::nanoTime);
  }

  /**
   * Whether standard error is a terminal. On Linux the descriptor's link names the device;
   * elsewhere the JVM's console (a terminal on standard input and output) stands in for it.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public void start(int total) {
    this.total = total;
    this.done = 0;
    this.started = nanos.getAsLong();
    draw(true);
  }

  @Override
  public void advance() {
    done++;
    draw(done == total);
  }

  @Override
  public void finish() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }

  private void draw(boolean force) {
    long now = nanos.getAsLong();
    if (!force && now - drawn < REDRAW_NANOS) {
      return;
    }
    drawn = now;
    String line = line(label, done, total, (now - started) / 1e9);
    int pad = Math.max(0, shownLength - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    shownLength = line.length();
  }

  /**
   * The bar's text: {@code suggest [#########---------------] 1,234/2,100 articles, 140/s, 6 s
   * left}. The rate and time left appear once a second has passed, when they mean something.
   */
  static String line(String label, int done, int total, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    StringBuilder s = new StringBuilder(label).append(" [");
    s.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
    s.append(String.format(Locale.ROOT, "%,d/%,d articles", done, total));
    if (seconds >= 1 && done > 0) {
      double rate = done / seconds;
      s.append(String.format(Locale.ROOT, ", %,.0f/s", rate));
      if (done < total) {
        s.append(", ").append(duration((total - done) / rate)).append(" left");
      }
    }
    return s.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(Math.ceil(seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
