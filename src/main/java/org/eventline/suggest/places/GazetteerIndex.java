package org.eventline.suggest.places;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.eventline.EventlineException;

/**
 * The gazetteer as a compact binary index ({@code gazetteer.idx}), built from {@code
 * gazetteer.tsv.gz} at package time (the build runs {@link #main}) and read at start in a fraction
 * of a second: the TSV stays the single source of truth. The index holds the places encoded in one
 * byte array and the two name tables as flat arrays, all big-endian; its first int is {@link
 * #MAGIC}, the second {@link #VERSION}.
 */
public final class GazetteerIndex {

  static final String RESOURCE = "gazetteer.idx";
  static final int MAGIC = 0x45564758; // "EVGX"
  static final int VERSION = 1;

  private GazetteerIndex() {}

  /**
   * Builds the index: {@code args[0]} the source {@code gazetteer.tsv.gz}, {@code args[1]} the
   * index to write. Does nothing when an index of this version is there and newer than the source.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--store-in")) {
      storeIn(Path.of(args[1]));
      return;
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    if (upToDate(source, target)) {
      return;
    }
    Gazetteer gazetteer;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(source), 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      gazetteer = Gazetteer.read(reader);
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      write(gazetteer, out);
    }
    Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Rewrites a jar with the index stored rather than deflated (the build runs this on the shaded
   * jar, {@code --store-in target/eventline.jar}): inflating its 32 MB took 300-450 ms of every
   * start, reading it stored takes a few. Every other entry is copied as it was (same bytes, time
   * and method), so the jar stays reproducible.
   */
  static void storeIn(Path jar) throws IOException {
    String name = "org/eventline/suggest/" + RESOURCE;
    Path temporary = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(jar.toFile());
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(
                new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
      java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        java.util.zip.ZipEntry e = entries.nextElement();
        byte[] bytes;
        try (InputStream data = in.getInputStream(e)) {
          bytes = data.readAllBytes();
        }
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
        copy.setTime(e.getTime());
        if (e.getExtra() != null) {
          copy.setExtra(e.getExtra());
        }
        if (e.getName().equals(name)) {
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(bytes);
          copy.setMethod(java.util.zip.ZipEntry.STORED);
          copy.setSize(bytes.length);
          copy.setCompressedSize(bytes.length);
          copy.setCrc(crc.getValue());
        } else {
          copy.setMethod(e.getMethod());
          if (e.getMethod() == java.util.zip.ZipEntry.STORED) {
            copy.setSize(e.getSize());
            copy.setCompressedSize(e.getSize());
            copy.setCrc(e.getCrc());
          }
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(temporary, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean upToDate(Path source, Path target) throws IOException {
    if (!Files.exists(target)
        || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) <= 0) {
      return false;
    }
    try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(target))) {
      return in.readInt() == MAGIC && in.readInt() == VERSION;
    } catch (java.io.EOFException e) {
      return false;
    }
  }

  /** Writes a gazetteer's index. */
  static void write(Gazetteer gazetteer, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    PlaceTable places = gazetteer.places();
    writeBytes(out, places.bytes());
    writeInts(out, places.start());
    writeTable(out, gazetteer.byKey());
    writeTable(out, gazetteer.byCompactKey());
    writeMap(out, gazetteer.capitals());
    writeMap(out, gazetteer.admin1Units());
    out.flush();
  }

  /**
   * Reads the shipped index, or null when it is not on the class path. It is mapped where it lies
   * (a file of the class path, or the jar's stored entry) and used in place: allocating and filling
   * 32 MB of heap took 250-450 ms of every start, mapping it a few, and only the pages a run looks
   * at are read. An index the jar holds deflated, or one that cannot be mapped, is read into
   * memory.
   */
  static Gazetteer load() {
    String name = "org/eventline/suggest/" + RESOURCE;
    java.net.URL url = GazetteerIndex.class.getResource("/" + name);
    if (url == null) {
      return null;
    }
    try {
      ByteBuffer mapped = map(url, name);
      if (mapped != null) {
        return read(mapped);
      }
      try (InputStream in = url.openStream()) {
        return read(ByteBuffer.wrap(in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE, e);
    }
  }

  /** The resource mapped read-only, or null when it is neither a file nor a stored jar entry. */
  private static ByteBuffer map(java.net.URL url, String name) {
    try {
      if (url.getProtocol().equals("file")) {
        try (java.nio.channels.FileChannel channel =
            java.nio.channels.FileChannel.open(Path.of(url.toURI()))) {
          return channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
      }
      if (url.getProtocol().equals("jar")
          && url.openConnection() instanceof java.net.JarURLConnection jar
          && jar.getJarFileURL().getProtocol().equals("file")) {
        return StoredEntry.map(Path.of(jar.getJarFileURL().toURI()), name);
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }

  static Gazetteer read(ByteBuffer in) {
    if (in.remaining() < 8 || in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new EventlineException(
          RESOURCE + " is not a version " + VERSION + " gazetteer index; rebuild with mvn package");
    }
    PlaceTable places = new PlaceTable(bytesView(in), intsView(in));
    NameTable byKey = readTable(in);
    NameTable byCompactKey = readTable(in);
    Map<String, Integer> capitals = readMap(in);
    Map<String, Integer> admin1Units = readMap(in);
    if (in.hasRemaining()) {
      throw new EventlineException(RESOURCE + " has " + in.remaining() + " bytes too many");
    }
    return new Gazetteer(places, byKey, byCompactKey, capitals, admin1Units);
  }

  private static void writeTable(DataOutputStream out, NameTable t) throws IOException {
    writeBytes(out, t.keyBytes());
    writeInts(out, t.keyStart());
    writeInts(out, t.hashes());
    writeInts(out, t.codeStart());
    writeInts(out, t.codes());
    writeInts(out, t.slots());
  }

  private static NameTable readTable(ByteBuffer in) {
    return new NameTable(
        bytesView(in), intsView(in), intsView(in), intsView(in), intsView(in), intsView(in));
  }

  private static void writeMap(DataOutputStream out, Map<String, Integer> map) throws IOException {
    Map<String, Integer> sorted = new TreeMap<>(map);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      writeBytes(out, e.getKey().getBytes(StandardCharsets.UTF_8));
      out.writeInt(e.getValue());
    }
  }

  private static Map<String, Integer> readMap(ByteBuffer in) {
    int size = in.getInt();
    Map<String, Integer> map = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      map.put(new String(readBytes(in), StandardCharsets.UTF_8), in.getInt());
    }
    return map;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return bytes;
  }

  /** The next length-prefixed bytes, as a view of the index (nothing is copied). */
  private static ByteBuffer bytesView(ByteBuffer in) {
    int length = in.getInt();
    ByteBuffer view = in.slice(in.position(), length);
    in.position(in.position() + length);
    return view;
  }

  /** The next length-prefixed big-endian ints, as a view of the index (nothing is copied). */
  private static java.nio.IntBuffer intsView(ByteBuffer in) {
    int count = in.getInt();
    java.nio.IntBuffer view = in.slice(in.position(), count * Integer.BYTES).asIntBuffer();
    in.position(in.position() + count * Integer.BYTES);
    return view;
  }

  private static void writeBytes(DataOutputStream out, ByteBuffer bytes) throws IOException {
    out.writeInt(bytes.limit());
    for (int i = 0; i < bytes.limit(); i++) {
      out.write(bytes.get(i));
    }
  }

  private static void writeInts(DataOutputStream out, java.nio.IntBuffer ints) throws IOException {
    out.writeInt(ints.limit());
    for (int i = 0; i < ints.limit(); i++) {
      out.writeInt(ints.get(i));
    }
  }
}
