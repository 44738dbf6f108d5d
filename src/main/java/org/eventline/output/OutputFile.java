package org.eventline.output;

import java.io.IOException;
import java.io.OutputStream;

/** One file of the published dataset: its path inside the output folder and how to write it. */
public interface OutputFile {
  /** The path inside the output folder, with '/' separators. */
  String path();

  /** Writes the file's bytes. */
  void write(OutputStream out) throws IOException;

  /** Writes text into a {@link java.io.Writer}. */
  @FunctionalInterface
  interface TextWriter {
    void write(java.io.Writer out) throws IOException;
  }

  /**
   * A text file written as UTF-8 straight into the output stream when it is published, so that a
   * large dataset is never held in memory as one string.
   */
  static OutputFile ofWriter(String path, TextWriter content) {
    return new OutputFile() {
      @Override
      public String path() {
        return path;
      }

      @Override
      public void write(OutputStream out) throws IOException {
        java.io.Writer writer =
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                1 << 16);
        content.write(writer);
        writer.flush();
      }
    };
  }

  static OutputFile ofText(String path, String text) {
    return ofBytes(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A file with these bytes (copied). */
  static OutputFile ofBytes(String path, byte[] content) {
    byte[] bytes = content.clone();
    return new OutputFile() {
      @Override
      public String path() {
        return path;
      }

      @Override
      public void write(OutputStream out) throws IOException {
        out.write(bytes);
      }
    };
  }
}
