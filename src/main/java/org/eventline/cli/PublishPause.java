package org.eventline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.eventline.output.Publisher;
import picocli.CommandLine;

/**
 * A test hook, off unless the system property {@value #PROPERTY} names a publish phase: the build
 * then prints {@code eventline: paused at publish phase <PHASE>} and waits there, so that a test
 * can kill the real process at that point and check that the output is the old or the new one.
 */
final class PublishPause {

  static final String PROPERTY = "eventline.publish.pause";

  private PublishPause() {}

  static Consumer<Publisher.Phase> fromSystemProperty(CommandLine.Model.CommandSpec spec) {
    String wanted = System.getProperty(PROPERTY);
    if (wanted == null || wanted.isBlank()) {
      return phase -> {};
    }
    Publisher.Phase at;
    try {
      at = Publisher.Phase.valueOf(wanted.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "-D"
              + PROPERTY
              + ": no publish phase '"
              + wanted
              + "'; expected one of "
              + java.util.Arrays.toString(Publisher.Phase.values()));
    }
    PrintWriter err = spec.commandLine().getErr();
    return phase -> {
      if (phase == at) {
        err.println("eventline: paused at publish phase " + phase);
        err.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
