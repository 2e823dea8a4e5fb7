package org.cjoip.rules.facts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.cjoip.model.text.Normalise;

/**
 * Builds the stable names of subjects as key segments: {@code name=value} joined by {@code /},
 * values escaped as in a JSON Pointer ({@code ~0}, {@code ~1}). Text values are normalised
 * (case, whitespace, punctuation), so a finding keeps its key when only the layout of the
 * plan's wording changes; very long texts are cut and end in a digest of the whole.
 */
public final class Keys {

  /** How much of a text value a key keeps before it cuts and adds a digest. */
  static final int MOST_TEXT = 120;

  private Keys() {}

  /** One segment naming a value as it is: a number, an id, a category. */
  public static String segment(String name, Object value) {
    return name + "=" + escape(String.valueOf(value));
  }

  /** One segment naming a text by its normalised wording. */
  public static String text(String name, String text) {
    String key = Normalise.key(text);
    if (key.length() > MOST_TEXT) {
      key = key.substring(0, MOST_TEXT) + "~" + digest(key);
    }
    return segment(name, key);
  }

  /** Segments joined, the empty ones left out. */
  public static String join(String... segments) {
    StringBuilder out = new StringBuilder();
    for (String s : segments) {
      if (s != null && !s.isEmpty()) {
        if (out.length() > 0) {
          out.append('/');
        }
        out.append(s);
      }
    }
    return out.toString();
  }

  /** The segment of a priority action, or none for 0. */
  public static String priorityAction(int number) {
    return number > 0 ? segment("pa", number) : "";
  }

  private static String escape(String value) {
    return value.replace("~", "~0").replace("/", "~1");
  }

  private static String digest(String text) {
    try {
      byte[] sha = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
