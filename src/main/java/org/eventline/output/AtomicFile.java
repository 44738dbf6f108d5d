package org.eventline.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces one file so that a reader, or a process killed half-way, sees the old content or the new
 * one, never a mix: the new text is written to a temporary file beside the target, flushed to disk,
 * then renamed over the target. For {@code suggest}, which rewrites a curator's file: keeping its
 * comments and key order is the caller's part (it edits the text); never losing it is this one's.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /** Writes {@code text} as UTF-8 into {@code target}, atomically replacing what was there. */
  public static void replace(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The bytes of a replacement, written to a stream. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code content} into {@code target}, atomically replacing what was there. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace " + absolute + " atomically", e);
      }
      try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
        folder.force(true);
      } catch (IOException | UnsupportedOperationException e) {
        // folders cannot be synced on this platform; the rename is as durable as it makes it
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
