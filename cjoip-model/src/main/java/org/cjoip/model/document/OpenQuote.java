package org.cjoip.model.document;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;

/**
 * A double quote left open at the end of a line, found from where the YAML parser stopped: the
 * quoted text ran on over the lines after it, up to the next quote, and the parser then met
 * what looks to it like a fault of indentation there. Saying where the quote was opened points
 * the officer at the line to mend, not at a later line that is right as written.
 */
final class OpenQuote {

  // How far back a quote left open is looked for: the parser keeps only a window of the text.
  private static final int MOST_LINES = 50;

  /** Where the quote was opened: a 1-based line and column, and the line the text ran to. */
  record Found(int line, int column, int ranTo) {}

  private OpenQuote() {}

  /**
   * The quote left open before the parser's mark, when the mark's line closes a quote opened on
   * an earlier line that holds no other quote; empty otherwise.
   */
  static Optional<Found> before(Mark mark) {
    return find(mark, true);
  }

  /** The quote left open before the end of the document, where the parser's mark is. */
  static Optional<Found> atEnd(Mark mark) {
    return find(mark, false);
  }

  private static Optional<Found> find(Mark mark, boolean closedOnMarksLine) {
    if (mark == null || mark.getBuffer() == null) {
      return Optional.empty();
    }
    int[] text = mark.getBuffer();
    int pointer = Math.min(mark.getPointer(), text.length);
    int start = lineStart(text, pointer);
    if (closedOnMarksLine && quotes(text, start, pointer) % 2 == 0) {
      return Optional.empty();
    }
    int end = start - 1;
    for (int back = 1; back <= MOST_LINES && end >= 0; back++) {
      int from = lineStart(text, end);
      int count = quotes(text, from, end);
      if (count % 2 == 1) {
        int column = opening(text, from, end);
        return column < 0 || mark.getLine() - back < 0 ? Optional.empty()
            : Optional.of(new Found(mark.getLine() - back + 1, column + 1, mark.getLine() + 1));
      }
      if (count > 0) {
        return Optional.empty();
      }
      end = from - 1;
    }
    return Optional.empty();
  }

  private static int lineStart(int[] text, int at) {
    int i = at;
    while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') {
      i--;
    }
    return i;
  }

  /** The double quotes in [from, to), not counting one escaped with a backslash. */
  private static int quotes(int[] text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) {
        count++;
      }
    }
    return count;
  }

  /**
   * The 0-based column of the quote that opens a value in the line [from, to) (after
   * {@code key: } or {@code - }), or -1 when the line's quote is not where a value starts.
   */
  private static int opening(int[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '"') {
        int before = i - 1;
        while (before >= from && text[before] == ' ') {
          before--;
        }
        if (before < from) {
          return i - from;
        }
        boolean afterKeyOrDash = (text[before] == ':' || text[before] == '-') && before < i - 1;
        return afterKeyOrDash ? i - from : -1;
      }
    }
    return -1;
  }
}
