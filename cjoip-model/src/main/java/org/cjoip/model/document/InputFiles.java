package org.cjoip.model.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;

/**
 * The one way every input file is opened: plans, configurations, framework editions, rule
 * packs, the reports given to {@code compare}, batch arguments. Only a regular file is read: a
 * directory, a named pipe, a device, a socket, and the system's process and kernel files
 * ({@code /proc}, {@code /sys}, whose size reads 0 however much they hold) are refused by their
 * attributes, before a byte is read and without waiting on them. A file larger than the limit
 * is refused by its size; what is read is read through a stream that stops at the limit
 * whatever size the file claimed. A symbolic link is followed; one that leads round in a loop,
 * a missing file and an unreadable one each get a one-line problem.
 *
 * <p>Streams given to the API are read through {@link #bounded}, with the same limit.
 */
public final class InputFiles {

  // File systems whose files are made up by the kernel as they are read: their sizes lie.
  private static final Set<String> PSEUDO = Set.of("proc", "sysfs", "debugfs", "tracefs",
      "securityfs", "configfs", "cgroup", "cgroup2", "efivarfs", "bpf", "pstore", "fusectl");

  private InputFiles() {}

  /**
   * Opens a regular file for reading, at most {@code maxBytes} of it.
   *
   * @param what what the file should be, for messages ("a plan document")
   * @throws DocumentException with one problem, for the file as a whole, saying why it cannot
   *     be read
   */
  public static InputStream open(Path file, long maxBytes, String what)
      throws DocumentException {
    String source = file.toString();
    Path real = check(file, maxBytes, what);
    try {
      return bounded(Files.newInputStream(real), maxBytes);
    } catch (IOException e) {
      throw new DocumentException(problem(source, reason(e)));
    }
  }

  /**
   * Reads a whole regular file of at most {@code maxBytes}, as {@link #open} opens it.
   *
   * @throws DocumentException with one problem saying why it cannot be read
   */
  public static byte[] readAll(Path file, long maxBytes, String what) throws DocumentException {
    try (InputStream in = open(file, maxBytes, what)) {
      return readAll(in, file.toString(), maxBytes);
    } catch (IOException e) {
      throw new DocumentException(problem(file.toString(), reason(e)));
    }
  }

  /**
   * Reads a stream to its end, refusing it as soon as it passes {@code maxBytes}: never more
   * than the limit is held.
   */
  public static byte[] readAll(InputStream in, String source, long maxBytes)
      throws DocumentException {
    try {
      InputStream bounded = in instanceof Bounded ? in : bounded(in, maxBytes);
      return bounded.readAllBytes();
    } catch (TooLarge e) {
      throw new DocumentException(problem(source, e.getMessage()));
    } catch (IOException e) {
      throw new DocumentException(problem(source, reason(e)));
    }
  }

  /**
   * The stream, read no further than {@code maxBytes}: one more byte fails the read with an
   * {@link IOException} whose message says the document is larger than the limit.
   */
  public static InputStream bounded(InputStream in, long maxBytes) {
    return new Bounded(in, maxBytes);
  }

  /** Whether a failed read failed because the input passed its size limit. */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  /** The message of a refusal by size. */
  static String tooLargeMessage(long maxBytes) {
    return "the document is larger than the limit of " + maxBytes + " bytes";
  }

  /**
   * Checks, before anything is read, that a file is one a document may be read from: a
   * regular file (not a named pipe, a device, a directory or a {@code /proc} file) of at most
   * {@code maxBytes}. For readers that open the file themselves (a workbook is read as a zip).
   *
   * @return the file its links lead to
   * @throws DocumentException with one problem saying what the file is instead
   */
  public static Path requireRegular(Path file, String source, long maxBytes, String what)
      throws DocumentException {
    return check(file, source, maxBytes, what);
  }

  /** Checks a file by its attributes and size; returns the file its links lead to. */
  private static Path check(Path file, long maxBytes, String what) throws DocumentException {
    return check(file, file.toString(), maxBytes, what);
  }

  private static Path check(Path file, String source, long maxBytes, String what)
      throws DocumentException {
    if (file.toString().isEmpty()) {
      // An empty name would stand for the working folder.
      throw new DocumentException(problem(source.isEmpty() ? "''" : source,
          "the file name is empty"));
    }
    Path real;
    BasicFileAttributes attributes;
    try {
      real = file.toRealPath();
      attributes = Files.readAttributes(real, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      if (Files.exists(file)) {
        // A link to what has no name in a folder: /dev/stdin when it is a pipe.
        throw new DocumentException(problem(source, "is a pipe or another file with no name in"
            + " a folder, not " + what + "; only a regular file is read"));
      }
      throw new DocumentException(problem(source, Files.isSymbolicLink(file)
          ? "is a symbolic link to a file that does not exist" : "no such file"));
    } catch (IOException e) {
      throw new DocumentException(problem(source, reason(e)));
    }
    if (attributes.isDirectory()) {
      throw new DocumentException(problem(source, "is a directory, not " + what));
    }
    if (!attributes.isRegularFile()) {
      throw new DocumentException(problem(source, "is " + special(real) + ", not " + what
          + "; only a regular file is read"));
    }
    if (pseudo(real)) {
      throw new DocumentException(problem(source, "is a file the system makes up as it is read"
          + " (/proc or /sys), not " + what));
    }
    if (attributes.size() > maxBytes) {
      throw new DocumentException(problem(source, tooLargeMessage(maxBytes)));
    }
    return real;
  }

  /** What kind of special file it is, in words. */
  private static String special(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch (mode & 0170000) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      return "a special file (a device, a pipe or a socket)";
    }
  }

  private static boolean pseudo(Path real) {
    String path = real.toString();
    if (path.startsWith("/proc/") || path.startsWith("/sys/")) {
      return true;
    }
    try {
      return PSEUDO.contains(Files.getFileStore(real).type().toLowerCase(Locale.ROOT));
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Why a file could not be opened or read, in one line without class names. */
  static String reason(IOException e) {
    if (e instanceof TooLarge) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String why = fs.getReason();
      if (why.toLowerCase(Locale.ROOT).contains("symbolic link")) {
        return "is a symbolic link that leads round in a loop";
      }
      return "cannot be read: " + firstLine(why);
    }
    return "cannot be read: " + firstLine(String.valueOf(e.getMessage()));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static Problem problem(String source, String message) {
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(source)
        .pointer("")
        .message(message)
        .build();
  }

  /** The failure of a read past the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxBytes) {
      super(tooLargeMessage(maxBytes));
    }
  }

  /** A stream that fails once more than its limit has been read from it. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // One byte beyond the limit is enough to know it is passed.
      int n = in.read(b, off, (int) Math.min(len, Math.max(1, limit - read + 1)));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(Math.min(n, limit - read + 1));
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
