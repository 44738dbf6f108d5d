package org.eventline.suggest.places;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Maps an entry a zip file holds stored (not deflated) straight from the file: the zip's central
 * directory gives the entry's local header, which gives where its bytes start (PKWARE APPNOTE,
 * sections 4.3.7, 4.3.12 and 4.3.16). {@code java.util.zip} reads entries only through a stream.
 * Zip64 archives and deflated entries are not handled (null: the caller reads the stream).
 */
final class StoredEntry {

  private static final int END = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;

  private StoredEntry() {}

  /** The entry's bytes mapped read-only, or null when it is absent, deflated or in a Zip64 file. */
  static ByteBuffer map(Path zip, String name) throws IOException {
    try (FileChannel channel = FileChannel.open(zip)) {
      long size = channel.size();
      int tail = (int) Math.min(size, 22 + 0xFFFF);
      ByteBuffer end = read(channel, size - tail, tail);
      int at = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == END) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        return null;
      }
      long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
      long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
      if (directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
        return null;
      }
      ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
      byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
      int p = 0;
      while (p + 46 <= directory.limit() && directory.getInt(p) == CENTRAL) {
        int method = Short.toUnsignedInt(directory.getShort(p + 10));
        long compressed = Integer.toUnsignedLong(directory.getInt(p + 20));
        long uncompressed = Integer.toUnsignedLong(directory.getInt(p + 24));
        int nameLength = Short.toUnsignedInt(directory.getShort(p + 28));
        int extraLength = Short.toUnsignedInt(directory.getShort(p + 30));
        int commentLength = Short.toUnsignedInt(directory.getShort(p + 32));
        long local = Integer.toUnsignedLong(directory.getInt(p + 42));
        if (nameLength == wanted.length && sameName(directory, p + 46, wanted)) {
          if (method != 0 || compressed != uncompressed || local == 0xFFFFFFFFL) {
            return null;
          }
          ByteBuffer header = read(channel, local, 30);
          if (header.getInt(0) != LOCAL) {
            return null;
          }
          long data =
              local
                  + 30
                  + Short.toUnsignedInt(header.getShort(26))
                  + Short.toUnsignedInt(header.getShort(28));
          return channel.map(FileChannel.MapMode.READ_ONLY, data, uncompressed);
        }
        p += 46 + nameLength + extraLength + commentLength;
      }
      return null;
    }
  }

  private static boolean sameName(ByteBuffer directory, int from, byte[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      if (directory.get(from + i) != wanted[i]) {
        return false;
      }
    }
    return true;
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the zip file ends early");
      }
    }
    return buffer.flip();
  }
}
