package org.cjoip.rules.publish.word;

/** Texts as a Word document can hold them. */
final class Texts {

  private Texts() {}

  /**
   * The text with every character XML 1.0 cannot carry (control characters but tab and line
   * ends, lone surrogates, U+FFFE and U+FFFF) replaced by U+FFFD: a return may hold them, and
   * a document holding them would not open.
   */
  static String xml(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            && c != 0xFFFE && c != 0xFFFF;
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
