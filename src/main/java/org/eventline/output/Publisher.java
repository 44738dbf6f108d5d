package org.eventline.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Consumer;
import org.eventline.EventlineException;

/**
 * Publishes a set of files into an output folder so that a reader sees either the previous build or
 * the new one, never a mix: every file is written and flushed into a staging folder beside the
 * output, a marker says the staging folder is complete, then the old folder is moved aside and the
 * staging folder renamed into place. A run that was killed half-way is repaired by the next one
 * ({@link #recover}): forward when the staging folder was complete, back otherwise.
 */
public final class Publisher {

  /**
   * The named phases of a publish, in order, reported to a listener (tests kill a build at each).
   */
  public enum Phase {
    STAGING,
    STAGED,
    OLD_MOVED_ASIDE,
    NEW_IN_PLACE,
    DONE
  }

  private final Path out;
  private final Path staging;
  private final Path complete;
  private final Path previous;
  private final Consumer<Phase> listener;

  public Publisher(Path out, Consumer<Phase> listener) {
    this.out = out.toAbsolutePath().normalize();
    String name = this.out.getFileName().toString();
    this.staging = this.out.resolveSibling("." + name + ".staging");
    this.complete = this.out.resolveSibling("." + name + ".staging.complete");
    this.previous = this.out.resolveSibling("." + name + ".previous");
    this.listener = listener;
  }

  public Publisher(Path out) {
    this(out, phase -> {});
  }

  /** Writes all files, then swaps them into place. */
  public void publish(List<OutputFile> files) {
    try {
      recover();
      deleteTree(staging);
      Files.createDirectories(staging);
      listener.accept(Phase.STAGING);
      for (OutputFile file : files) {
        Path target = staging.resolve(file.path()).normalize();
        if (!target.startsWith(staging)) {
          throw new EventlineException("output path escapes the output folder: " + file.path());
        }
        Files.createDirectories(target.getParent());
        try (OutputStream stream = Files.newOutputStream(target)) {
          file.write(stream);
        }
        fsync(target);
      }
      Files.writeString(complete, "");
      fsync(complete);
      fsyncDirectory(out.getParent());
      listener.accept(Phase.STAGED);
      if (Files.exists(out)) {
        move(out, previous);
      }
      listener.accept(Phase.OLD_MOVED_ASIDE);
      move(staging, out);
      fsyncDirectory(out.getParent());
      listener.accept(Phase.NEW_IN_PLACE);
      Files.deleteIfExists(complete);
      deleteTree(previous);
      listener.accept(Phase.DONE);
    } catch (IOException e) {
      throw new EventlineException("cannot publish into " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Repairs what an interrupted publish left: rolls forward to a complete staging folder, or back
   * to the previous output, and removes leftovers. Returns what was done, for the user, or null if
   * nothing was left.
   */
  public String recover() throws IOException {
    String done = null;
    boolean staged = Files.exists(complete) && Files.isDirectory(staging);
    if (!Files.exists(out) && staged) {
      move(staging, out);
      done = "completed an interrupted publish of " + out;
    } else if (!Files.exists(out) && Files.exists(previous)) {
      move(previous, out);
      done = "restored the previous " + out + " after an interrupted publish";
    }
    boolean leftovers = Files.exists(previous) || Files.exists(staging) || Files.exists(complete);
    deleteTree(previous);
    deleteTree(staging);
    Files.deleteIfExists(complete);
    if (done == null && leftovers) {
      done = "removed the leftovers of an interrupted publish beside " + out;
    }
    return done;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename " + from + " atomically", e);
    }
  }

  private static void fsync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Makes renames in a folder durable where the platform allows it (Linux does; elsewhere opening a
   * folder fails and the rename is as durable as the file system makes it).
   */
  private static void fsyncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not supported on this platform: nothing more can be done
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
