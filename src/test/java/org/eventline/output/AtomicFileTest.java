package org.eventline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("a.events.yaml");
    Files.writeString(file, "# curator's comment\nevents: []\n");
    AtomicFile.replace(file, "# curator's comment\nevents:\n  - id: x\n");
    assertEquals("# curator's comment\nevents:\n  - id: x\n", Files.readString(file));
    assertEquals(List.of(file), list());
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileWhole() throws IOException {
    Path file = dir.resolve("a.events.yaml");
    Files.writeString(file, "events: []\n");
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write("events:\n  - id: half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", failure.getMessage());
    assertEquals("events: []\n", Files.readString(file));
    assertEquals(List.of(file), list());
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
