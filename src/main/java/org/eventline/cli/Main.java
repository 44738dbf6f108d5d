package org.eventline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code eventline} command: a thin adapter from the command line to the pipeline. */
@Command(
    name = "eventline",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Turns dated news articles into a conflict-event dataset in which every figure is backed by a verbatim quote.",
    subcommands = {
      ValidateCommand.class,
      BuildCommand.class,
      SuggestCommand.class,
      CurationCommands.Confirm.class,
      CurationCommands.Reject.class,
      CurationCommands.ReviewArticles.class,
      SetCommand.class,
      ServeCommand.class,
      PlaceCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Option(
      names = "--stacktrace",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the full stack trace of an internal error.")
  boolean stacktrace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: validate, build, suggest, confirm, reject, set, review, place, serve or eval");
  }

  public static void main(String[] args) {
    // Charts are drawn off screen: never open a connection to a display, even when one is set.
    System.setProperty("java.awt.headless", "true");
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (tests call this). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      err.println(
          "eventline: internal error: "
              + (e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
              + " ("
              + e.getMessage()
              + ")");
      err.println(
          "No input should cause this: the limits in docs/troubleshooting.md keep every file"
              + " small. Please report it at https://github.com/eventline/eventline/issues with"
              + " the command you ran and the file that caused it; meanwhile you can give Java"
              + " more memory with JAVA_TOOL_OPTIONS=-Xmx2g.");
      err.flush();
      return ExitCode.INTERNAL;
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    ExitCode.listIn(cli);
    cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("eventline: error: " + e.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          PrintWriter err = c.getErr();
          err.println("eventline: internal error: " + e);
          err.println(
              "This is a bug in eventline or a failure of the machine (disk, permissions)."
                  + " Please report it at https://github.com/eventline/eventline/issues with the command you ran,"
                  + " its output, and the output of the same command with --stacktrace.");
          if (parsed.matchedOptionValue("--stacktrace", false) || hasStacktrace(parsed)) {
            e.printStackTrace(err);
          }
          err.flush();
          return ExitCode.INTERNAL;
        });
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL);
    return cli;
  }

  private static boolean hasStacktrace(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"eventline " + (v == null ? "(development)" : v)};
    }
  }
}
