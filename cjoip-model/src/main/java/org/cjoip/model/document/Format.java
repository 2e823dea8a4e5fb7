package org.cjoip.model.document;

import java.util.Locale;

/**
 * The forms a plan document may be written in; all carry the same tree. JSON and YAML are
 * text; {@link #XLSX} is a plan workbook ({@code org.cjoip.model.workbook}).
 */
public enum Format {
  JSON,
  YAML,
  /** A plan workbook, an Office Open XML spreadsheet laid out as the workbook format says. */
  XLSX;

  /**
   * The text format a document's name suggests ({@code .json}; {@code .yaml} or {@code .yml}),
   * otherwise what its first non-blank character suggests: a JSON document opens with
   * <code>{</code>.
   */
  public static Format guess(String name, CharSequence content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }

  /** The format a document's name suggests, otherwise what its first bytes suggest. */
  public static Format guess(String name, byte[] content) {
    return guess(name, new String(content, 0, Math.min(content.length, 64),
        java.nio.charset.StandardCharsets.UTF_8));
  }
}
