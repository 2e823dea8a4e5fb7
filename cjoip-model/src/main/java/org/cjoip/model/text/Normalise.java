package org.cjoip.model.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of a plan's wording, for deciding when two pieces of text say the same thing
 * regardless of how they were typed.
 *
 * <p>{@link #fold(String)} keeps punctuation and only evens out compatibility forms, case and
 * whitespace; {@link #key(String)} also drops punctuation and symbols and is the form under
 * which deliverables "share a description after normalising case, whitespace and
 * punctuation". Letters, combining marks and digits of every script are kept as they are
 * (after NFKC), so wording in any language keeps its identity.
 */
public final class Normalise {

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  // The plan's name as its title key has it, singular and plural (see titleKey).
  private static final String PLAN_NAME = "outcomeimprovementplan";
  private static final String PLAN_NAME_PLURAL = "outcomesimprovementplan";

  private Normalise() {}

  /**
   * The text in NFKC, case-folded, with every run of whitespace made one space and the ends
   * trimmed; punctuation is kept. {@code null} gives {@code ""}.
   *
   * <p>Case folding upper-cases then lower-cases in the root locale, which folds forms a plain
   * lower-casing misses ("STRASSE" and "Straße" both become "strasse").
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return foldPlain(text);
    }
    return foldAny(text);
  }

  /** {@link #fold} by its definition, for text of any script. */
  static String foldAny(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").trim();
  }

  /**
   * The grouping key of a text: {@link #fold(String) folded}, with punctuation and symbols
   * removed and whitespace collapsed. {@code null} gives {@code ""}.
   *
   * <ul>
   *   <li>Letters, combining marks and digits of every script are kept.
   *   <li>An apostrophe or a dash between two letters or digits is dropped, joining them, so
   *       "co-ordinate" and "coordinate", "Partnership's" and "Partnerships" share a key.
   *   <li>Any other run of punctuation, symbols or whitespace becomes a single space, so
   *       "Health/Substance" and "Health / Substance" share a key; the ends are trimmed.
   *   <li>Invisible format characters (soft hyphens, zero-width spaces and joiners) are
   *       ignored.
   * </ul>
   */
  public static String key(String text) {
    if (text != null && isPlain(text)) {
      return keyPlain(text);
    }
    return keyAny(text);
  }

  /** {@link #key} by its definition, for text of any script. */
  static String keyAny(String text) {
    String folded = text == null ? "" : foldAny(text);
    StringBuilder out = new StringBuilder(folded.length());
    int[] points = folded.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      int cp = points[i];
      if (isWordPart(cp)) {
        out.appendCodePoint(cp);
      } else if (Character.getType(cp) == Character.FORMAT) {
        continue;
      } else if (isJoiner(cp)
          && i > 0
          && i + 1 < points.length
          && isWordPart(points[i - 1])
          && isWordPart(points[i + 1])) {
        continue;
      } else {
        separate(out);
      }
    }
    return withoutTrailingSpace(out);
  }

  /** Ends a word: one space after it, none at the start. */
  private static void separate(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static String withoutTrailingSpace(StringBuilder out) {
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }

  // Most plans are written in ASCII with a few typographic marks, and a plan of 100,000
  // deliverables is keyed and folded row by row. For such plain text NFKC and the case fold
  // change nothing but the case of ASCII letters, so one pass over the characters gives what
  // the general path's normaliser, regular expression and code-point array give.
  // NormaliseProperties holds the two paths to each other.

  /** The typographic marks plans use that NFKC and case folding leave as they are. */
  private static final String TYPOGRAPHIC = "\u2013\u2014\u2018\u2019\u201c\u201d\u2022";
  /** Of those, the ones that join two words: the dashes and the closing quote (apostrophe). */
  private static final String TYPOGRAPHIC_JOINERS = "\u2013\u2014\u2019";

  /** Whether a text is ASCII and {@link #TYPOGRAPHIC} marks only. */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && TYPOGRAPHIC.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link #foldAny} of {@link #isPlain plain} text. */
  static String foldPlain(String text) {
    // trim() drops every control character and space at the ends; the pattern's whitespace
    // is tab, line feed, vertical tab, form feed, carriage return and space.
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isAsciiSpace(c)) {
        out.append(lower(c));
      } else if (out.charAt(out.length() - 1) != ' ') {
        // Never first: the text's first character after the trim is not a space.
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@link #keyAny} of {@link #isPlain plain} text. */
  static String keyPlain(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isAsciiWordPart(c)) {
        out.append(lower(c));
      } else if (isPlainJoiner(c) && i > 0 && i + 1 < n
          && isAsciiWordPart(text.charAt(i - 1)) && isAsciiWordPart(text.charAt(i + 1))) {
        continue;
      } else {
        separate(out);
      }
    }
    return withoutTrailingSpace(out);
  }

  private static boolean isPlainJoiner(char c) {
    return c == '-' || c == '\'' || TYPOGRAPHIC_JOINERS.indexOf(c) >= 0;
  }

  private static boolean isAsciiWordPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The form under which two titles of one document are the same title: the {@link #key(String)
   * key} with its spaces removed, so case, spacing, punctuation and dashes ("2023 - 2028",
   * "2023–2028") do not tell two titles apart, while any other letter or digit does, with one
   * exception: the plan's own name is written both ways, "Outcome Improvement Plan" (the
   * National Strategy's) and "Outcomes Improvement Plan" (the 2016 Act's), so the two are one.
   * {@code null} gives {@code ""}.
   */
  public static String titleKey(String text) {
    return key(text).replace(" ", "").replace(PLAN_NAME_PLURAL, PLAN_NAME);
  }

  /** Whether a code point belongs to a word: letters, digits and combining marks of any script. */
  public static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private static boolean isJoiner(int cp) {
    return Character.getType(cp) == Character.DASH_PUNCTUATION
        || cp == '\''
        || cp == '\u2019'
        || cp == '\u02bc';
  }
}
