package org.cjoip.examples.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.cjoip.model.document.DocumentException;

/**
 * Where {@code --output} writes: a regular file, new or replaced, and never one of the inputs.
 * A device, a named pipe, a symbolic link or a directory is refused before any work is done,
 * since replacing it with a report would destroy what it was ({@code /dev/null} included). The
 * report is written to a temporary file beside the target and moved into place only once it is
 * whole; the temporary file is removed on failure and when the process is stopped (SIGTERM).
 * Messages name the target and say why, never the temporary file.
 */
final class Output {

  /** Writes a report's text. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  /** Writes a document's bytes (a workbook); it may refuse what it is given to write. */
  interface Bytes {
    void write(OutputStream out) throws IOException, DocumentException;
  }

  private final Path target;

  private Output(Path target) {
    this.target = target;
  }

  /**
   * The output, once the target is known to be one a report may be written to.
   *
   * @param inputs the files the command reads; the target may be none of them
   * @throws Main.UsageException saying why the target is refused
   */
  static Output to(Path target, List<Path> inputs) {
    if (target.toString().isEmpty()) {
      throw new Main.UsageException("--output: the path is empty; give the file to write");
    }
    Output out = new Output(target);
    out.check(inputs);
    return out;
  }

  private void check(List<Path> inputs) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      Path folder = target.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw refused("the folder " + folder + " does not exist");
      }
      if (!Files.isWritable(folder)) {
        throw refused("permission denied: the folder " + folder + " cannot be written to");
      }
      return;
    } catch (IOException e) {
      throw refused(reason(e));
    }
    if (attributes.isSymbolicLink()) {
      throw refused("it is a symbolic link; give the file it leads to");
    }
    if (attributes.isDirectory()) {
      throw refused("it is a directory");
    }
    if (!attributes.isRegularFile()) {
      throw refused("it is not a regular file (a device, a named pipe or a socket), and what"
          + " this command writes would replace it");
    }
    for (Path input : inputs) {
      try {
        if (Files.exists(input) && Files.isSameFile(target, input)) {
          throw refused("it is " + input + ", which is read by this command; what this command"
              + " writes would replace it");
        }
      } catch (IOException e) {
        // An input that cannot be compared is not the target: it could not be opened either.
      }
    }
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isWritable(target) || (folder != null && !Files.isWritable(folder))) {
      throw refused("permission denied");
    }
  }

  /**
   * Writes the report through a temporary file beside the target, moved into place once the
   * report is whole.
   *
   * @throws Main.Failure when writing fails part way (a full disk, say), exit code 3
   */
  void write(Body body) {
    try {
      writeBytes(stream -> {
        try (Writer out = new BufferedWriter(
            new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
          body.write(out);
        }
      });
    } catch (DocumentException e) {
      throw new IllegalStateException("a report's text refuses nothing", e);
    }
  }

  /**
   * Writes a document's bytes through a temporary file beside the target, moved into place
   * once the document is whole; a document refused part way leaves the target as it was.
   *
   * @throws DocumentException when the body refuses what it was to write
   * @throws Main.Failure when writing fails part way (a full disk, say), exit code 3
   */
  void writeBytes(Bytes body) throws DocumentException {
    // The hook is in place before the file exists: a stop at any moment leaves nothing behind.
    AtomicReference<Path> temporary = new AtomicReference<>();
    Thread cleanup = new Thread(() -> Optional.ofNullable(temporary.get())
        .ifPresent(Output::deleteQuietly), "cjoip-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    Path tmp;
    try {
      tmp = tempBeside(target);
      temporary.set(tmp);
    } catch (IOException e) {
      Runtime.getRuntime().removeShutdownHook(cleanup);
      throw refused(reason(e));
    }
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new Main.Failure("cannot write " + target + ": " + reason(e), e);
    } finally {
      deleteQuietly(tmp);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook removes the file.
      }
    }
  }

  private Main.UsageException refused(String why) {
    return new Main.UsageException("--output: cannot write " + target + ": " + why);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more can be done about a file that will not go.
    }
  }

  /** Why writing failed, without the name of the temporary file. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException missing) {
      Path folder = missing.getFile() == null ? null : Path.of(missing.getFile()).getParent();
      // A folder the system makes up (/proc) exists but takes no new file.
      return folder != null && Files.isDirectory(folder)
          ? "the folder " + folder + " does not take new files" : "the folder does not exist";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "the write failed" : e.getMessage();
  }

  /**
   * A temporary file beside a target, to be moved onto it once whole. It gets the target's
   * permissions, or a report's usual rw-r--r-- for a new file: a temporary file is created
   * private to its owner, and a report left so would surprise whoever shares it.
   */
  static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".cjoip-", ".tmp");
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> permissions = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, permissions);
    }
    return tmp;
  }
}
