package org.eventline.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.curation.Review;

/**
 * Reads input files at the edge: strict UTF-8 (a bad byte is reported with its offset, never
 * guessed), a leading byte-order mark dropped, a size limit instead of an out-of-memory crash.
 */
final class TextFiles {

  /** Largest article read, in bytes: a long news report is under 100 KB. */
  static final long MAX_ARTICLE_BYTES = 16L * 1024 * 1024;

  /** Largest curation file read, in bytes: some thousands of events. */
  static final long MAX_CURATION_BYTES = 2L * 1024 * 1024;

  private TextFiles() {}

  /**
   * The text, or the problem that stopped it being read.
   *
   * @param sha256 the SHA-256 of the file's bytes (lower-case hex), or null when it was not read
   */
  record Read(String text, Problem problem, String sha256) {
    Read(String text, Problem problem) {
      this(text, problem, null);
    }
  }

  /** Reads an article, refusing one over {@link #MAX_ARTICLE_BYTES} before reading it. */
  static Read readArticle(Path path, String shown) throws IOException {
    return read(path, shown, MAX_ARTICLE_BYTES, "article: split it into several articles");
  }

  /** Reads a curation file, refusing one over {@link #MAX_CURATION_BYTES} before reading it. */
  static Read readCuration(Path path, String shown) throws IOException {
    return read(path, shown, MAX_CURATION_BYTES, "curation file: split the article");
  }

  private static Read read(Path path, String shown, long limit, String per) throws IOException {
    long size = Files.size(path);
    if (size > limit) {
      return new Read(
          null,
          Problem.error(
              SourcePosition.ofFile(shown),
              "the file is "
                  + megabytes(size)
                  + "; the limit is "
                  + megabytes(limit)
                  + " per "
                  + per
                  + " (the file was not read)"));
    }
    byte[] bytes = Files.readAllBytes(path);
    Read read = decode(bytes, shown);
    return new Read(read.text(), read.problem(), Review.sha256(bytes));
  }

  private static String megabytes(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb > 0 ? mb + " MB" : bytes + " bytes";
  }

  static Read decode(byte[] bytes, String shown) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      String text = out.flip().toString();
      SourcePosition at = org.eventline.article.TextPositions.of(shown, text, text.length());
      return new Read(
          null,
          Problem.error(
              at,
              "the file is not valid UTF-8: byte 0x"
                  + String.format("%02X", bytes[offset] & 0xFF)
                  + " at byte offset "
                  + offset
                  + " cannot be decoded; save the file as UTF-8"));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Read(text, null);
  }
}
