package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plan's national indicator entry into the measures it lists, so that each measure can
 * be matched alone.
 *
 * <p>Plans write an indicator with several measures as a heading and a list ("Number of
 * diversion from prosecution: i) assessments undertaken; ii) cases commenced"), or as bullets
 * flattened into one line. The rules:
 *
 * <ol>
 *   <li><b>Stem.</b> The text before the first colon is the entry's stem, unless it already
 *       contains a separator (then the colon is ordinary punctuation). Numbering or a bullet
 *       before the stem is dropped ("i) Proportion of people in police custody that were:
 *       offered support and declined; …" has the stem "Proportion of people in police custody
 *       that were").
 *   <li><b>Separators.</b> The rest is cut at semicolons, line breaks, bullets ("•", "·", "▪",
 *       "◦", "●", "■", "‣", "⁃"), sub-measure numbering ("i)", "(ii)", "1)", "a)", and "1." after
 *       a space), and a full stop that ends a word of three or more letters and is followed by a
 *       space ("… successfully completed. drug treatment …").
 *   <li><b>Cleaning.</b> Each part loses leading numbering, bullets and dashes ("- custody to
 *       community"), a leading or trailing conjunction ("and", "or", "and/or"), trailing
 *       punctuation, and extra whitespace. Parts without a letter or digit are dropped.
 *   <li><b>Fragments.</b> A part that does not begin with a quantity word ("Number",
 *       "Percentage", "Proportion", "Rate", "%", …) is a fragment of the stem: the stem is put in
 *       front of it, and its first letter is lower-cased unless the first word is an
 *       abbreviation ("Assessments undertaken" becomes "Number of diversion from prosecution
 *       assessments undertaken", "CPOs completed" keeps its capitals). A part that begins with a
 *       quantity word is a measure of its own and keeps no stem ("National indicators: Number
 *       of referrals from custody centres" gives "Number of referrals from custody centres").
 *   <li>A stem with nothing after it is the one measure ("Number of:" gives "Number of"); an
 *       entry without a colon is its parts as they are. {@code null} or blank gives no
 *       measures.
 * </ol>
 *
 * <p>Quantity words and conjunctions are data in {@code wording.json}. The class is stateless
 * and thread-safe.
 */
public final class MeasureSplitter {

  private static final String BULLETS = "\u2022\u00b7\u25aa\u25e6\u25cf\u25a0\u2023\u2043";

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "[;\\n" + BULLETS + "]"
              + "|(?:^|(?<=[\\s;:,.]))\\(?(?:[ivx]{1,5}|\\d{1,2}|[a-z])\\)"
              + "|(?:^|(?<=\\s))\\d{1,2}\\.(?=\\s)"
              + "|(?<=\\p{L}{3})\\.(?=\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Numbering, bullets and dashes at the start of a part. */
  private static final Pattern LEADING_MARKS =
      Pattern.compile(
          "^(?:[\\s\\-*\\u2013\\u2014" + BULLETS + "]+"
              + "|\\(?(?:[ivx]{1,5}|\\d{1,2}|[a-z])\\)(?=\\s|$)"
              + "|\\d{1,2}\\.(?=\\s|$))+",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_PUNCTUATION =
      Pattern.compile("[\\s.,;:\\-\\u2013\\u2014]+$");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private MeasureSplitter() {}

  /** The measures of one indicator entry, in the order written; see the class rules. */
  public static List<String> split(String indicatorEntry) {
    if (indicatorEntry == null || indicatorEntry.isBlank()) {
      return List.of();
    }
    String text = indicatorEntry.replace("\r\n", "\n").replace('\r', '\n');
    String stem = null;
    String body = text;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      String head = clean(text.substring(0, colon));
      if (hasWord(head) && !SEPARATOR.matcher(head).find()) {
        stem = head;
        body = text.substring(colon + 1);
      }
    }
    List<String> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(body);
    int start = 0;
    while (m.find()) {
      addPart(parts, body.substring(start, m.start()));
      start = m.end();
    }
    addPart(parts, body.substring(start));
    if (stem == null) {
      return List.copyOf(parts);
    }
    if (parts.isEmpty()) {
      return List.of(stem);
    }
    List<String> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      out.add(isMeasure(part) ? part : stem + " " + decapitalise(part));
    }
    return List.copyOf(out);
  }

  private static void addPart(List<String> parts, String raw) {
    String part = clean(raw);
    if (hasWord(part)) {
      parts.add(part);
    }
  }

  private static boolean hasWord(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String clean(String raw) {
    WordingData d = WordingData.standard();
    String s = WHITESPACE.matcher(raw).replaceAll(" ").trim();
    boolean changed = true;
    while (changed) {
      String before = s;
      s = LEADING_MARKS.matcher(s).replaceFirst("").trim();
      s = TRAILING_PUNCTUATION.matcher(s).replaceFirst("");
      String lower = s.toLowerCase(Locale.ROOT);
      for (String c : d.conjunctions) {
        if (lower.startsWith(c + " ")) {
          s = s.substring(c.length() + 1).trim();
          lower = s.toLowerCase(Locale.ROOT);
        }
        if (lower.endsWith(" " + c)) {
          s = s.substring(0, s.length() - c.length() - 1).trim();
          lower = s.toLowerCase(Locale.ROOT);
        }
      }
      changed = !s.equals(before);
    }
    return s;
  }

  /** Whether a part begins with a quantity word, and so is a measure on its own. */
  private static boolean isMeasure(String part) {
    Normaliser n = Normaliser.standard();
    List<String> words = n.words(part);
    return !words.isEmpty() && n.isQuantity(n.stem(words.get(0)));
  }

  private static String decapitalise(String part) {
    int end = 0;
    while (end < part.length() && !Character.isWhitespace(part.charAt(end))) {
      end++;
    }
    String first = part.substring(0, end);
    if (first.length() > 1
        && Character.isUpperCase(first.charAt(0))
        && first.substring(1).chars().noneMatch(Character::isUpperCase)) {
      return Character.toLowerCase(first.charAt(0)) + part.substring(1);
    }
    return part;
  }
}
