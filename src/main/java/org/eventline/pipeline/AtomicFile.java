package org.eventline.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the new text is written to a temporary file in the same
 * folder, forced to disk, then renamed over the old one, so that a crash leaves either the old file
 * or the new one, never half of it.
 */
final class AtomicFile {

  private AtomicFile() {}

  static void write(Path file, String text) throws IOException {
    replaceIfUnchanged(file, null, text);
  }

  /**
   * Replaces a file's content atomically (temporary file forced to disk, then renamed) but leaves
   * the folder's sync to the caller: a run that replaces many files in one folder calls {@link
   * #syncDirectory(Path)} once at the end. A crash before that sync leaves each file old or new,
   * never half written.
   */
  static void writeUnsynced(Path file, String text) throws IOException {
    replace(file, null, text, false);
  }

  /**
   * Replaces a file's content unless someone changed the file since it was read: its bytes are
   * compared with what was read right before the rename.
   *
   * @param read the bytes the new text was made from; null to replace whatever is there, an empty
   *     array when the file did not exist
   * @return false, having written nothing, when the file changed
   */
  static boolean replaceIfUnchanged(Path file, byte[] read, String text) throws IOException {
    return replace(file, read, text, true);
  }

  private static boolean replace(Path file, byte[] read, String text, boolean sync)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (Files.exists(file)) {
        try {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the temporary file keeps the default permissions
        }
      }
      if (read != null && !java.util.Arrays.equals(read, current(file))) {
        return false;
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // A plain move could leave half a curation file: refuse rather than risk the curator's
        // work.
        throw new IOException(
            "the file system cannot replace "
                + file
                + " atomically; curation files were left as they were",
            e);
      }
      if (sync) {
        syncDirectory(dir);
      }
      return true;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static byte[] current(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
  }

  /** Makes the rename itself durable: on Linux a directory can be opened and forced to disk. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
    }
  }
}
