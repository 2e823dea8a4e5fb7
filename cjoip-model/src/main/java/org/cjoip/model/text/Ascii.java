package org.cjoip.model.text;

import java.util.Optional;

/**
 * Letter case over ASCII only, for names from a closed set (severities, statuses, units). A
 * name compared under Unicode case rules would let other letters stand in for ASCII ones: the
 * long s ({@code ſ}) upper-cases to S and the dotless i ({@code ı}) to I, so {@code ſhould}
 * would read as SHOULD.
 */
public final class Ascii {

  private Ascii() {}

  /**
   * The text upper-cased, when it is all ASCII; empty when it holds any other character, which
   * no closed-set name has.
   */
  public static Optional<String> upperCase(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        return Optional.empty();
      }
      out[i] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    return Optional.of(new String(out));
  }

  /**
   * The constant of an enum whose name the text is, ignoring ASCII letter case only; empty
   * when there is none.
   */
  public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    Optional<String> upper = upperCase(text);
    if (upper.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(upper.get())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
