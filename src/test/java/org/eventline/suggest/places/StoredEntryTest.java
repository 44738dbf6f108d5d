package org.eventline.suggest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredEntryTest {

  @TempDir Path tmp;

  @Test
  void aStoredEntryIsMappedWhereItLiesAndADeflatedOrMissingOneIsNot() throws Exception {
    byte[] stored = "the stored bytes, read in place".repeat(100).getBytes(StandardCharsets.UTF_8);
    byte[] deflated = "deflated".repeat(100).getBytes(StandardCharsets.UTF_8);
    Path zip = tmp.resolve("a.jar");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      ZipEntry first = new ZipEntry("a/deflated.txt");
      out.putNextEntry(first);
      out.write(deflated);
      out.closeEntry();
      ZipEntry entry = new ZipEntry("org/eventline/x.idx");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(stored.length);
      entry.setCompressedSize(stored.length);
      CRC32 crc = new CRC32();
      crc.update(stored);
      entry.setCrc(crc.getValue());
      entry.setExtra(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
      out.putNextEntry(entry);
      out.write(stored);
      out.closeEntry();
      out.setComment("a comment after the directory");
    }
    ByteBuffer mapped = StoredEntry.map(zip, "org/eventline/x.idx");
    byte[] read = new byte[mapped.remaining()];
    mapped.get(read);
    assertEquals(
        new String(stored, StandardCharsets.UTF_8), new String(read, StandardCharsets.UTF_8));
    assertNull(StoredEntry.map(zip, "a/deflated.txt"), "a deflated entry is read as a stream");
    assertNull(StoredEntry.map(zip, "org/eventline/y.idx"), "no such entry");
  }

  @Test
  void aFileThatIsNoZipGivesNothing() throws Exception {
    Path notZip = tmp.resolve("b.jar");
    Files.writeString(notZip, "not a zip file at all");
    assertNull(StoredEntry.map(notZip, "x"));
  }
}
