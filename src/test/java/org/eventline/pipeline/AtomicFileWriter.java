package org.eventline.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A process for {@link AtomicFileKillTest} to kill: replaces one file with {@link AtomicFile} again
 * and again, alternating two contents, until it is killed.
 */
public final class AtomicFileWriter {
  private AtomicFileWriter() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    String[] contents = {AtomicFileKillTest.content('a'), AtomicFileKillTest.content('b')};
    System.out.println("writing");
    System.out.flush();
    for (int i = 0; ; i++) {
      AtomicFile.write(file, contents[i % 2]);
    }
  }
}
