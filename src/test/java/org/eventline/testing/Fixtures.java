package org.eventline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Golden-file fixtures: each folder under a kind's root is one case, found by name. */
public final class Fixtures {

  private Fixtures() {}

  /** The case folders' names under a root, sorted, for a parameterized test's source. */
  public static Stream<String> cases(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }
}
