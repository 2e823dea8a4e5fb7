package org.cjoip.model.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks a document's bytes as a parser reads them: strict UTF-8 (no overlong forms, no
 * encoded surrogates, nothing past U+10FFFF), no NUL, no UTF-16 or UTF-32. A UTF-8 byte-order
 * mark is dropped. The first fault stops the reading with a {@link Refused} that carries its
 * line and column, counted as the parsers count them (lines end at LF, CR LF or CR; columns
 * count characters), so the fault is reported where it is, not where a parser noticed.
 *
 * <p>It also remembers, for a while, where the text writes a NUL or a lone surrogate as an
 * escape ({@code \u0000}, {@code \0}, {@code \x00}, {@code \ud800} …): once the parser has
 * decoded such a value, the reader asks here for the escape's own place within the value.
 */
final class TextGuard extends FilterInputStream {

  /** A fault in the text, with its place; an {@link IOException} so it passes through parsers. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Refused(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  // Escapes remembered: the most recent ones, as many as a value needs to be located.
  private static final int REMEMBERED = 256;

  private long offset;
  private int line = 1;
  private int column = 1;
  private boolean afterCr;
  private boolean started;

  // The UTF-8 sequence being read: bytes still expected, the code point so far, its minimum.
  private int pending;
  private int codePoint;
  private int minimum;
  private int lead;
  private int sequenceLine;
  private int sequenceColumn;
  private long sequenceOffset;

  // The escape being read: after a backslash, the characters seen.
  private final StringBuilder escape = new StringBuilder(12);
  private boolean inEscape;
  private int escapeLine;
  private int escapeColumn;
  private long pendingHigh;
  private long unprintable;
  private int unprintableCode;
  private final long[] escapes = new long[REMEMBERED];
  private int escapeCount;

  TextGuard(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      if (pending > 0) {
        throw new Refused(sequenceLine, sequenceColumn, String.format(
            "the document is not valid UTF-8: byte 0x%02X at offset %d", lead, sequenceOffset));
      }
      return n;
    }
    int start = off;
    if (!started && n > 0) {
      start = begin(b, off, n);
      if (start > off) {
        // Drop the byte-order mark: the parsers never see it.
        System.arraycopy(b, start, b, off, n - (start - off));
        n -= start - off;
        start = off;
      }
    }
    for (int i = start; i < off + n; i++) {
      accept(b[i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Looks at the first bytes: a UTF-8 BOM is skipped, a UTF-16 or UTF-32 one refused. */
  private int begin(byte[] b, int off, int n) throws IOException {
    started = true;
    int b0 = b[off] & 0xFF;
    int b1 = n > 1 ? b[off + 1] & 0xFF : -1;
    int b2 = n > 2 ? b[off + 2] & 0xFF : -1;
    int b3 = n > 3 ? b[off + 3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      offset = 3;
      return off + 3;
    }
    if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
      throw notUtf8("UTF-32 (it starts with a UTF-32 byte-order mark)");
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw notUtf8("UTF-16 (it starts with a UTF-16 byte-order mark)");
    }
    if (b0 == 0 || b1 == 0 || (b2 == 0 && b3 == 0)) {
      // Text in UTF-16 or UTF-32 without a mark has zero bytes beside its first characters.
      throw notUtf8("UTF-16 or UTF-32 (it has zero bytes between its characters)");
    }
    return off;
  }

  private static Refused notUtf8(String what) {
    return new Refused(1, 1, "the document is " + what + "; write it as UTF-8");
  }

  private void accept(int b) throws IOException {
    if (pending > 0) {
      if ((b & 0xC0) != 0x80) {
        throw invalid();
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
      offset++;
      if (--pending == 0) {
        if (codePoint < minimum || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
          throw invalid();
        }
        character(codePoint);
      }
      return;
    }
    sequenceLine = line;
    sequenceColumn = column;
    sequenceOffset = offset;
    lead = b;
    offset++;
    if (b < 0x80) {
      if (b == 0) {
        throw new Refused(line, column, "the document holds a NUL character (byte 0), which no "
            + "document may contain");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        // Raw, no syntax allows it; written as an escape in quoted text, it is the text's own.
        throw new Refused(line, column, String.format("the document holds a control character"
            + " (\\u%04x); write it as an escape in quoted text, or remove it", b));
      }
      character(b);
    } else if (b >= 0xC2 && b <= 0xDF) {
      begin(1, b & 0x1F, 0x80);
    } else if (b >= 0xE0 && b <= 0xEF) {
      begin(2, b & 0x0F, 0x800);
    } else if (b >= 0xF0 && b <= 0xF4) {
      begin(3, b & 0x07, 0x10000);
    } else {
      throw invalid();
    }
  }

  private void begin(int more, int bits, int least) {
    pending = more;
    codePoint = bits;
    minimum = least;
  }

  private Refused invalid() {
    return new Refused(sequenceLine, sequenceColumn, String.format(
        "the document is not valid UTF-8: byte 0x%02X at offset %d", lead, sequenceOffset));
  }

  /** One whole character: counts lines and columns, and watches for escapes. */
  private void character(int c) {
    if (unprintable == 0 && (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85)
        || c == 0xFFFE || c == 0xFFFF)) {
      // JSON allows these in text; YAML does not, and its parser cannot say where they are.
      unprintable = pack(line, column);
      unprintableCode = c;
    }
    watch(c);
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
      afterCr = false;
    } else if (c == '\r') {
      line++;
      column = 1;
      afterCr = true;
    } else {
      column++;
      afterCr = false;
    }
  }

  /**
   * Follows backslash escapes, in any context: whether one is inside a quoted value is the
   * parser's to know, and the reader asks only about places within a value it decoded. A high
   * surrogate escape followed at once by a low one is a pair, one character, and not kept.
   */
  private void watch(int c) {
    if (!inEscape) {
      if (c == '\\') {
        inEscape = true;
        escape.setLength(0);
        escapeLine = line;
        escapeColumn = column;
      } else {
        settleHigh();
      }
      return;
    }
    if (escape.length() == 0) {
      escape.append((char) c);
      if (c == 'x' || c == 'u' || c == 'U') {
        return;
      }
      settleHigh();
      if (c == '0') {
        remember(pack(escapeLine, escapeColumn));
      }
      // "\\" and the other short escapes end here, a backslash escaping a backslash too.
      inEscape = false;
      return;
    }
    int digits = switch (escape.charAt(0)) {
      case 'x' -> 2;
      case 'u' -> 4;
      default -> 8;
    };
    if (Character.digit(c, 16) < 0) {
      inEscape = false;
      settleHigh();
      watch(c);
      return;
    }
    escape.append((char) c);
    if (escape.length() - 1 < digits) {
      return;
    }
    inEscape = false;
    int value = (int) Long.parseLong(escape.substring(1), 16);
    long at = pack(escapeLine, escapeColumn);
    if (value >= 0xDC00 && value <= 0xDFFF && pendingHigh != 0) {
      pendingHigh = 0;
      return;
    }
    settleHigh();
    if (value >= 0xD800 && value <= 0xDBFF) {
      pendingHigh = at;
    } else if (value == 0 || (value >= 0xDC00 && value <= 0xDFFF)) {
      remember(at);
    }
  }

  /** A high surrogate escape not followed by a low one is lone: kept. */
  private void settleHigh() {
    if (pendingHigh != 0) {
      remember(pendingHigh);
      pendingHigh = 0;
    }
  }

  private void remember(long at) {
    escapes[escapeCount % REMEMBERED] = at;
    escapeCount++;
  }

  /**
   * Where the text writes the first NUL or surrogate escape from one place to another, both
   * inclusive; empty (0) when none is remembered there. A surrogate escape that is half of a
   * pair counts too: the caller asks only when the decoded value holds a fault.
   */
  long escapeBetween(int fromLine, int fromColumn, int toLine, int toColumn) {
    settleHigh();
    long from = pack(fromLine, fromColumn);
    long to = pack(toLine, toColumn);
    long best = 0;
    int first = Math.max(0, escapeCount - REMEMBERED);
    for (int i = first; i < escapeCount; i++) {
      long at = escapes[i % REMEMBERED];
      if (at >= from && at <= to && (best == 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /**
   * The first character the document holds that YAML allows nowhere (DEL, a C1 control other
   * than NEL, U+FFFE, U+FFFF), as a refusal at its place; null when there is none.
   */
  Refused firstUnprintable() {
    return unprintable == 0 ? null : new Refused(lineOf(unprintable), columnOf(unprintable),
        String.format("the document holds a control character (\\u%04x), which YAML does not"
            + " allow; write it as an escape in double-quoted text, or remove it",
            unprintableCode));
  }

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  static int lineOf(long packed) {
    return (int) (packed >>> 32);
  }

  static int columnOf(long packed) {
    return (int) packed;
  }
}
