package org.cjoip.model.document;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Hands the YAML parser a document with NEL, LS and PS (U+0085, U+2028, U+2029) replaced by
 * stand-ins it reads as ordinary characters, and gives them back in the keys and values read.
 * YAML 1.2 reads these three as ordinary characters, not as line breaks, and so do editors;
 * SnakeYAML follows YAML 1.1 and breaks lines at them, which would put every later line and
 * column away from the editor's, drop the spaces around one in quoted text, and end a comment
 * at one, so that the comment's rest would be read as content.
 *
 * <p>The stand-ins are the noncharacters U+FDD0 to U+FDD2, which are not for interchange: a
 * YAML document that holds one is refused at its place, so that nothing is read back as what
 * it was not.
 */
final class YamlBreaks extends FilterReader {

  private static final String BREAKS = "\u0085\u2028\u2029";
  private static final char FIRST = '\uFDD0';
  private static final char LAST = (char) (FIRST + BREAKS.length() - 1);

  private boolean replaced;
  private int line = 1;
  private int column = 1;
  private boolean afterCr;

  YamlBreaks(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      char c = buffer[i];
      int breakAt = BREAKS.indexOf(c);
      if (breakAt >= 0) {
        buffer[i] = (char) (FIRST + breakAt);
        replaced = true;
      } else if (c >= FIRST && c <= LAST) {
        throw new TextGuard.Refused(line, column, String.format("the document holds U+%04X, a"
            + " noncharacter, which no YAML document here may contain; remove it", (int) c));
      }
      count(c);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] buffer = new char[(int) Math.min(n, 8192)];
    return Math.max(read(buffer, 0, buffer.length), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Counts lines and columns as the editor does and as {@link TextGuard} does. */
  private void count(char c) {
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
      if (!Character.isLowSurrogate(c)) {
        column++;
      }
      afterCr = false;
    }
  }

  /** A key or a value as the document writes it: the stand-ins given back. */
  String restore(String text) {
    if (!replaced) {
      return text;
    }
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = BREAKS.charAt(c - FIRST);
      }
    }
    return out == null ? text : new String(out);
  }
}
