package org.eventline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelaunchTest {

  private static final Path HOME = Path.of("/opt/jdk");

  private static Optional<List<String>> command(
      List<String> jvm, String[] args, String switchValue, boolean child, boolean archive) {
    return Relaunch.command(HOME, jvm, args, List.of(), switchValue, child, p -> archive);
  }

  @Test
  void aJarRunIsRelaunchedWithTheQuickCompilerTheSerialCollectorTheArchiveAndTheUsersOptions() {
    List<String> child =
        command(
                List.of("-Xmx256m", "-Dx=y", "-jar", "/p/target/eventline.jar"),
                new String[] {"suggest", "--seeds", "s"},
                null,
                false,
                true)
            .orElseThrow();
    assertEquals(
        List.of(
            "/opt/jdk/bin/java",
            "-Xmx256m",
            "-Dx=y",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=/p/target/eventline.jsa",
            "-Xshare:auto",
            "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off",
            "-Deventline.launched=true",
            "-jar",
            "/p/target/eventline.jar",
            "suggest",
            "--seeds",
            "s"),
        child);
  }

  @Test
  void withoutAnArchiveOnlyTheCompilerAndTheCollectorChange() {
    List<String> child =
        command(List.of("-jar", "/p/e.jar"), new String[] {"build"}, null, false, false)
            .orElseThrow();
    assertTrue(child.stream().noneMatch(a -> a.contains("Share")), child::toString);
    assertTrue(child.contains("-XX:TieredStopAtLevel=1"), child::toString);
    assertTrue(child.contains("-XX:+UseSerialGC"), child::toString);
  }

  @Test
  void aCollectorTheUserChoseIsKeptAndNoSecondIsAdded() {
    String[] suggest = {"suggest"};
    List<String> onTheCommandLine =
        command(List.of("-XX:+UseG1GC", "-jar", "/p/e.jar"), suggest, null, false, true)
            .orElseThrow();
    assertTrue(onTheCommandLine.contains("-XX:+UseG1GC"), onTheCommandLine::toString);
    assertTrue(!onTheCommandLine.contains("-XX:+UseSerialGC"), onTheCommandLine::toString);
    for (String environment :
        List.of("-XX:+UseParallelGC", "-Xmx2g -XX:+UseZGC", "-XX:+UseSerialGC -Xss4m")) {
      List<String> child =
          Relaunch.command(
                  HOME,
                  List.of("-jar", "/p/e.jar"),
                  suggest,
                  List.of(environment),
                  null,
                  false,
                  p -> true)
              .orElseThrow();
      assertTrue(!child.contains("-XX:+UseSerialGC"), environment + ": " + child);
    }
    for (String file : List.of("@jvm.opts", "-XX:Flags=.hotspotrc", "-XX:VMOptionsFile=o.txt")) {
      List<String> child =
          command(List.of(file, "-jar", "/p/e.jar"), suggest, null, false, true).orElseThrow();
      assertTrue(!child.contains("-XX:+UseSerialGC"), file + " may choose one: " + child);
    }
    List<String> other =
        Relaunch.command(
                HOME,
                List.of("-XX:+UseStringDeduplication", "-jar", "/p/e.jar"),
                suggest,
                List.of("-Xmx2g"),
                null,
                false,
                p -> true)
            .orElseThrow();
    assertTrue(other.contains("-XX:+UseSerialGC"), "no collector chosen: " + other);
  }

  @Test
  void theseRunsStayInThisJvm() {
    List<String> jar = List.of("-jar", "/p/e.jar");
    String[] suggest = {"suggest"};
    assertTrue(command(jar, suggest, null, true, true).isEmpty(), "already the child");
    assertTrue(command(jar, suggest, "0", false, true).isEmpty(), "EVENTLINE_RELAUNCH=0");
    assertTrue(command(jar, new String[] {"serve"}, null, false, true).isEmpty(), "serve");
    assertTrue(command(jar, new String[] {"--version"}, null, false, true).isEmpty());
    assertTrue(command(jar, new String[] {"--help"}, null, false, true).isEmpty());
    assertTrue(command(jar, new String[0], null, false, true).isEmpty(), "no command");
    assertTrue(
        command(List.of("-cp", "x", "org.eventline.cli.Main"), suggest, null, false, true)
            .isEmpty(),
        "not started with -jar");
    assertTrue(
        command(List.of("-XX:TieredStopAtLevel=4", "-jar", "/p/e.jar"), suggest, null, false, true)
            .isEmpty(),
        "the user chose the compiler");
    assertTrue(
        command(List.of("-Xshare:off", "-jar", "/p/e.jar"), suggest, null, false, true).isEmpty(),
        "the user chose the sharing");
  }
}
