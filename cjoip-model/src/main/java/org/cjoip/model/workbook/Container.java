package org.cjoip.model.workbook;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip file a workbook is, opened with its limits in force: the file is first recognised
 * by its leading bytes (a PDF, an old binary workbook, text … is named as what it seems to
 * be), its directory's entry count is checked before the directory is read, and every part is
 * read through a stream that counts what it expands to and refuses a part that expands past
 * the total or the compression-ratio limit, or that holds a run of text too long for any cell.
 */
final class Container implements Closeable {

  /** How to save a workbook that cjoip cannot read as one it can. */
  static final String SAVE_AS_XLSX = "open it in Excel and choose File > Save As > Excel "
      + "Workbook (*.xlsx), or in LibreOffice File > Save As > Excel 2007-365 (.xlsx), and "
      + "import that copy";

  /** A part may expand this much before its compression ratio is judged. */
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;

  /** The zip's central directory is read whole by the JDK: this bounds it. */
  private static final long MAX_DIRECTORY_BYTES = 16L * 1024 * 1024;

  private final ZipFile zip;
  private final WorkbookLimits limits;
  private final long fileBytes;
  private final int longestRun;
  private long expanded;

  private Container(ZipFile zip, WorkbookLimits limits, long fileBytes, int longestRun) {
    this.zip = zip;
    this.limits = limits;
    this.fileBytes = fileBytes;
    this.longestRun = longestRun;
  }

  /**
   * Opens a workbook file.
   *
   * @param longestText the longest text a cell may hold, in characters
   * @throws Refusal when the file is not a zip, or its directory passes a limit
   */
  static Container open(Path file, WorkbookLimits limits, int longestText) throws IOException {
    long size;
    byte[] head = new byte[8];
    int headLength;
    byte[] tail;
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      size = in.length();
      if (size > limits.maxFileBytes()) {
        throw new Refusal("the workbook is larger than the limit of " + limits.maxFileBytes()
            + " bytes");
      }
      headLength = (int) Math.min(head.length, size);
      in.readFully(head, 0, headLength);
      String kind = sniff(head, headLength, in);
      if (kind != null) {
        throw new Refusal(kind);
      }
      int tailLength = (int) Math.min(size, 22 + 65_535 + 20 + 56);
      tail = new byte[tailLength];
      in.seek(size - tailLength);
      in.readFully(tail);
      checkDirectory(in, tail, size, limits);
    }
    try {
      ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
      // Text in a cell, as UTF-8 XML with escapes, needs at most this many bytes in a row.
      int run = (int) Math.min(Integer.MAX_VALUE, 8L * longestText + 4096);
      return new Container(zip, limits, size, run);
    } catch (ZipException e) {
      throw new Refusal("the file is a damaged zip file, not a workbook that can be read ("
          + e.getMessage() + "); " + SAVE_AS_XLSX);
    }
  }

  /** What a file that is not a zip seems to be, as a sentence; null for a zip. */
  private static String sniff(byte[] b, int n, RandomAccessFile in) throws IOException {
    if (n == 0) {
      return "the file is empty, not a workbook";
    }
    if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      return null;
    }
    if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 5 && b[3] == 6) {
      return "the file is an empty zip file, not a workbook";
    }
    if (n >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1
        && (b[6] & 0xFF) == 0x1A && (b[7] & 0xFF) == 0xE1) {
      return "the file is an old binary Excel workbook (.xls), or a workbook protected by a password, "
          + "not an .xlsx workbook: remove any password, then " + SAVE_AS_XLSX;
    }
    String start = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF")) {
      return "the file is a PDF document, not a workbook: cjoip reads .xlsx workbooks, and plan "
          + "documents in JSON or YAML";
    }
    if (start.startsWith("{\\rtf")) {
      return "the file is a Rich Text (RTF) document, not a workbook";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return "the file is a gzip file, not a workbook";
    }
    if (start.startsWith("Rar!") || start.startsWith("7z")) {
      return "the file is a RAR or 7-Zip archive, not a workbook";
    }
    byte[] more = new byte[(int) Math.min(512, in.length())];
    in.seek(0);
    in.readFully(more);
    String text = new String(more, StandardCharsets.UTF_8);
    if (isText(more)) {
      String t = text.stripLeading().toLowerCase(Locale.ROOT);
      if (t.startsWith("<")) {
        return "the file is an XML or HTML file, not an .xlsx workbook (an Excel 2003 XML "
            + "spreadsheet, or a web page saved as .xls?): " + SAVE_AS_XLSX;
      }
      return "the file is a text file (CSV, or a plan document in JSON or YAML?), not a workbook: save "
          + "a CSV file from Excel or LibreOffice as Excel Workbook (.xlsx); a plan document "
          + "is read when its name ends .json, .yaml or .yml";
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(n, 4); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xFF));
    }
    return "the file is not a workbook: it is not a zip file (it starts with the bytes " + hex + ")";
  }

  private static boolean isText(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the end of the zip's central directory, without reading the directory, and refuses
   * a directory of more entries or bytes than the limits.
   */
  private static void checkDirectory(RandomAccessFile in, byte[] tail, long size,
      WorkbookLimits limits) throws IOException {
    int at = -1;
    for (int i = tail.length - 22; i >= 0; i--) {
      if (u32(tail, i) == 0x06054b50L) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw new Refusal("the file is a damaged zip file, not a workbook that can be read (it has no "
          + "zip directory; was it cut short?); " + SAVE_AS_XLSX);
    }
    long entries = u16(tail, at + 10);
    long directoryBytes = u32(tail, at + 12);
    if (entries == 0xFFFF || directoryBytes == 0xFFFFFFFFL) {
      // Zip64: the real figures are in the Zip64 end record the locator points at.
      int locator = at - 20;
      if (locator >= 0 && u32(tail, locator) == 0x07064b50L) {
        long record = u64(tail, locator + 8);
        if (record >= 0 && record + 56 <= size) {
          byte[] z = new byte[56];
          in.seek(record);
          in.readFully(z);
          if (u32(z, 0) == 0x06064b50L) {
            entries = u64(z, 32);
            directoryBytes = u64(z, 40);
          }
        }
      }
    }
    if (entries < 0 || entries > limits.maxEntries()) {
      throw new Refusal("the workbook's zip has " + (entries < 0 ? "too many" : entries)
          + " entries, more than the limit of " + limits.maxEntries());
    }
    if (directoryBytes < 0 || directoryBytes > MAX_DIRECTORY_BYTES) {
      throw new Refusal("the workbook's zip directory is larger than the limit of "
          + MAX_DIRECTORY_BYTES + " bytes");
    }
  }

  private static long u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return u16(b, i) | u16(b, i + 2) << 16;
  }

  private static long u64(byte[] b, int i) {
    return u32(b, i) | u32(b, i + 4) << 32;
  }

  /** Whether the zip has an entry of this name. */
  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /** A part's content, read within the limits; empty if the zip has no such entry. */
  Optional<InputStream> part(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null || entry.isDirectory()) {
      return Optional.empty();
    }
    long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : fileBytes;
    return Optional.of(new Bounded(zip.getInputStream(entry), name, compressed));
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /**
   * Counts what a part expands to, and the longest run of bytes outside any markup: a text or
   * an attribute longer than any cell may hold is refused before an XML parser buffers it.
   */
  private final class Bounded extends FilterInputStream {
    private final String name;
    private final long compressed;
    private long read;
    private int run;

    Bounded(InputStream in, String name, long compressed) {
      super(in);
      this.name = name;
      this.compressed = Math.max(1, compressed);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (ZipException e) {
        throw new Refusal("the workbook's part " + name + " is damaged and cannot be "
            + "expanded (" + e.getMessage() + ")");
      }
      if (n <= 0) {
        return n;
      }
      read += n;
      expanded += n;
      if (expanded > limits.maxExpandedBytes()) {
        throw new Refusal("the workbook expands past the limit of " + limits.maxExpandedBytes()
            + " bytes (in its part " + name + "): a zip bomb?");
      }
      if (read > RATIO_GRACE_BYTES && read / compressed > limits.maxCompressionRatio()) {
        throw new Refusal("the workbook's part " + name + " expands more than "
            + limits.maxCompressionRatio() + " times its compressed size: a zip bomb?");
      }
      for (int i = off; i < off + n; i++) {
        byte c = b[i];
        if (c == '<' || c == '>') {
          run = 0;
        } else if (++run > longestRun) {
          throw new Refusal("the workbook's part " + name + " holds a text longer than any "
              + "cell may hold");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return read(new byte[(int) Math.min(n, 8192)]);
    }
  }
}
