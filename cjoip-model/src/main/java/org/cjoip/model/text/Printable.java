package org.cjoip.model.text;

/**
 * A document's text made safe to print on a terminal. A plan may hold control characters
 * (escape sequences that retitle a window, clear the screen or hide text); printed raw, they
 * would act on the reader's terminal instead of being read. Here every C0 and C1 control
 * character, ESC and DEL included, and every lone surrogate, is shown as a Java-style escape
 * ({@code \u001b}), so what is printed is what the document says, visibly.
 */
public final class Printable {

  /** The most characters of a value a message quotes; longer values are cut with "…". */
  public static final int QUOTE_LIMIT = 80;

  private Printable() {}

  /**
   * The text with its control characters and lone surrogates escaped; a text without any is
   * returned as it is. Line breaks and tabs are escaped too: printed text keeps its own lines.
   */
  public static String escape(CharSequence text) {
    return escape(text, false);
  }

  /**
   * The text with its control characters escaped, except line feeds and tabs, which a
   * multi-line report may keep.
   */
  public static String escapeKeepingLines(CharSequence text) {
    return escape(text, true);
  }

  /**
   * A value as a message quotes it: escaped, and cut after {@link #QUOTE_LIMIT} characters
   * with "…" so that one huge value cannot make a huge message.
   */
  public static String quote(CharSequence value) {
    if (value.length() <= QUOTE_LIMIT) {
      return escape(value);
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return escape(value.subSequence(0, end)) + "…";
  }

  private static String escape(CharSequence text, boolean keepLines) {
    int n = text.length();
    int i = 0;
    while (i < n && safe(text, i, keepLines)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (safe(text, i, keepLines)) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean safe(CharSequence text, int i, boolean keepLines) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return keepLines && (c == '\n' || c == '\t');
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }
}
