package org.eventline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code java -jar eventline.jar} again, once, with the JVM options the work needs, since a
 * jar cannot give them itself: {@code -XX:TieredStopAtLevel=1} (only the quick compiler: on 2 cores
 * the optimising compiler spent more CPU compiling the suggester's large methods than it saved; a
 * 2,100-article run took half the time without it) and, when the build left one beside the jar, the
 * class-data-sharing archive {@code eventline.jsa} (the ~2,600 classes of picocli, Jackson,
 * networknt and the suggester mapped instead of loaded and verified), and {@code -XX:+UseSerialGC}:
 * the work is short-lived allocation by one or two workers, which the serial collector clears with
 * less bookkeeping than G1 (a 2,100-article suggest run on 2 cores took 7.07 s against 7.78 s wall,
 * 12.9 s against 14.6 s of CPU, and peaked at 224 MiB against 578 MiB; start-up on one article 1.02
 * s against 1.05 s; medians of 5 paired runs; the parallel collector was slower still). The
 * collector is left alone when the user's options already choose one ({@code -XX:+UseG1GC}), on the
 * command line or in {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}, which reach the child
 * too: two collectors stop the JVM before it starts. The options the user gave the first JVM
 * ({@code -Xmx256m}) are passed on, standard input, output and error are inherited, and the exit
 * code is the child's.
 *
 * <p>Not relaunched: {@code serve} (a long-running server, whose process a user or a test stops), a
 * bare {@code --help} or {@code --version}, a JVM not started with {@code -jar}, and any run with
 * {@code EVENTLINE_RELAUNCH=0} in the environment. When the child cannot be started the command
 * runs in this JVM.
 */
public final class Relaunch {

  /** Set on the child's command line, so that it never relaunches again. */
  static final String CHILD_PROPERTY = "eventline.launched";

  /** The environment variable that turns relaunching off ({@code 0}). */
  static final String SWITCH = "EVENTLINE_RELAUNCH";

  /** The class-data-sharing archive the build writes beside the jar. */
  static final String ARCHIVE = "eventline.jsa";

  private static final Set<String> IN_PROCESS =
      Set.of("serve", "--help", "-h", "--version", "-V", "help");

  private Relaunch() {}

  /**
   * The jar's entry point: relaunches when {@link #command} says so, else runs {@link Main}. It
   * names no picocli type, so that the first JVM loads nothing it does not need.
   */
  public static void main(String[] args) {
    if (Boolean.getBoolean(CHILD_PROPERTY)) {
      stopWithParent();
    }
    Optional<Integer> relaunched = run(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    Main.main(args);
  }

  /**
   * In the child: stops this JVM when the JVM that started it ends first (the JDK notices within a
   * few seconds: a parent's exit is polled). A parent killed with SIGKILL cannot pass the signal
   * on, and a child left running would go on writing the files the user believed stopped (and, in a
   * test that kills the build at a chosen step, would wait there forever). Stopping it abruptly is
   * what killing it would have done; every write is atomic. Normally the parent waits for the
   * child, so this never fires.
   */
  static void stopWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(KILLED)));
  }

  /** The exit code of a process ended by SIGKILL, as shells report it (128 + 9). */
  static final int KILLED = 137;

  /**
   * The child's command line, or empty when this run stays in this JVM.
   *
   * @param javaHome the running JVM's home
   * @param jvmArguments this JVM's command line after the executable ({@code -Xmx256m -jar x.jar
   *     suggest ...})
   * @param args the command's arguments
   * @param environmentOptions the JVM options the environment gives every JVM ({@code
   *     JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}), unsplit, absent ones left out
   * @param relaunchSwitch the value of {@link #SWITCH}, or null
   * @param child whether this JVM is already the child
   * @param archiveExists whether a path names a readable file
   */
  static Optional<List<String>> command(
      Path javaHome,
      List<String> jvmArguments,
      String[] args,
      List<String> environmentOptions,
      String relaunchSwitch,
      boolean child,
      java.util.function.Predicate<Path> archiveExists) {
    if (child || "0".equals(relaunchSwitch) || args.length == 0 || IN_PROCESS.contains(args[0])) {
      return Optional.empty();
    }
    int jar = jvmArguments.indexOf("-jar");
    if (jar < 0 || jar + 1 >= jvmArguments.size()) {
      return Optional.empty();
    }
    List<String> options = jvmArguments.subList(0, jar);
    if (options.stream()
        .anyMatch(
            o ->
                o.startsWith("-XX:TieredStopAtLevel")
                    || o.startsWith("-Xshare")
                    || o.contains("SharedArchiveFile")
                    || o.contains("ArchiveClassesAtExit"))) {
      return Optional.empty(); // the user chose the compiler or the sharing: leave it to them
    }
    Path jarFile = Path.of(jvmArguments.get(jar + 1)).toAbsolutePath();
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(options);
    command.add("-XX:TieredStopAtLevel=1");
    if (!choosesCollector(options, environmentOptions)) {
      command.add("-XX:+UseSerialGC");
    }
    Path archive = jarFile.resolveSibling(ARCHIVE);
    if (archiveExists.test(archive)) {
      // an archive of another JVM or another jar is ignored by the JVM; say nothing about it
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xshare:auto");
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    }
    command.add("-D" + CHILD_PROPERTY + "=true");
    command.add("-jar");
    command.add(jarFile.toString());
    command.addAll(Arrays.asList(args));
    return Optional.of(command);
  }

  /** A JVM option that chooses the garbage collector ({@code -XX:+UseG1GC}, {@code +UseZGC}). */
  private static final java.util.regex.Pattern COLLECTOR =
      java.util.regex.Pattern.compile("-XX:\\+Use\\w*GC\\b");

  /**
   * True when the user's options may choose a collector: one names it, or a file of options may (an
   * argument file, an option starting with {@code '@'}; {@code -XX:Flags=}, {@code
   * -XX:VMOptionsFile=}), whose content this JVM does not read.
   */
  static boolean choosesCollector(List<String> options, List<String> environmentOptions) {
    return options.stream()
            .anyMatch(
                o ->
                    COLLECTOR.matcher(o).find()
                        || o.startsWith("@")
                        || o.startsWith("-XX:Flags=")
                        || o.startsWith("-XX:VMOptionsFile="))
        || environmentOptions.stream().anyMatch(o -> COLLECTOR.matcher(o).find());
  }

  /**
   * Runs the command in a child JVM when {@link #command} says so and returns its exit code, or
   * empty when it is to run here.
   */
  static Optional<Integer> run(String[] args) {
    Optional<List<String>> command =
        command(
            Path.of(System.getProperty("java.home")),
            ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()),
            args,
            java.util.stream.Stream.of(
                    System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS"))
                .filter(java.util.Objects::nonNull)
                .toList(),
            System.getenv(SWITCH),
            Boolean.getBoolean(CHILD_PROPERTY),
            Files::isReadable);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    // Ctrl-C reaches both JVMs; this one waits for the child to finish its atomic writes.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    while (true) {
      try {
        return Optional.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the child decides when the run ends
      }
    }
  }
}
