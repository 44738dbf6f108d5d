package org.eventline.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.eventline.schema.EventSchema;
import org.eventline.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eventline serve}: starts the curator's workbench and waits for Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the curator's workbench: a local web page to review, correct and add events beside"
          + " the article. Prints its address (with a launch token) on the first line; open it in a"
          + " browser on this machine. Listens on 127.0.0.1 only. Serving and browsing write"
          + " nothing; a save writes only the curation file it edits, atomically, and never over a"
          + " change made on disk meanwhile. Ctrl-C stops it."
    })
@ExitCode.InvalidData("not returned by serve")
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Mixin CurationCommands.Common common;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8750",
      description = "The port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = common.seeds.existing(spec);
    String curator = common.curator.required(spec);
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port: 0 to 65535");
    }
    Workbench workbench;
    try {
      workbench = Workbench.start(folder, port, curator, EventSchema.load());
    } catch (BindException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--port: port " + port + " is in use; choose another, or --port 0 for a free one");
    }
    // Ctrl-C runs the shutdown hook, which releases the wait below; the server then stops.
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown);
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println(workbench.address());
    out.println(
        "eventline workbench for "
            + folder
            + " as "
            + curator
            + "; open the address above in a browser on this machine. Ctrl-C stops it.");
    out.flush();
    try {
      stop.await();
    } finally {
      workbench.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping already: the hook ran
      }
    }
    return ExitCode.OK;
  }
}
