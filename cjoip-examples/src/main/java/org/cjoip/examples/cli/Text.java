package org.cjoip.examples.cli;

/** Wrapping text to the 100 columns the CLI writes. */
final class Text {

  static final int WIDTH = 100;

  private Text() {}

  /** Appends the text, indented, wrapped at word boundaries. */
  static void wrap(StringBuilder out, String text, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }
}
