package org.cjoip.model.document;

import java.util.Set;
import org.cjoip.model.text.Printable;
import org.yaml.snakeyaml.error.Mark;

/**
 * What the YAML parser's complaints mean, in words that say how to mend the document. The
 * parser names what it expected in its own terms ("mapping values are not allowed here");
 * the mistakes behind the common ones are few: text holding ": " unquoted, a tab in the
 * indentation, a line indented out of step, a quote or a bracket left open.
 */
final class YamlMessages {

  // The fields that hold an id: text, however much it looks like a number (1.10, 011).
  private static final Set<String> IDS = Set.of("id", "deliverable");
  // The fields of the documents' formats that hold a number, never text.
  private static final Set<String> NUMBERS = Set.of("number", "priorityAction", "aim", "value",
      "numerator", "denominator", "score", "formatVersion");
  // The most characters of a value a quoting hint shows; a longer one is cut at a word.
  private static final int HINT_LIMIT = 40;
  // The most characters of a value the fix for ": " quotes whole, so it can be pasted.
  private static final int FIX_LIMIT = 100;

  private YamlMessages() {}

  /** Whether the field of this name holds an id, text always; false for null (a list item). */
  static boolean holdsAnId(String key) {
    return key != null && IDS.contains(key);
  }

  /** Whether the field of this name holds a number; false for null (a list item). */
  static boolean holdsANumber(String key) {
    return key != null && NUMBERS.contains(key);
  }

  /**
   * The advice to quote a value, written in YAML as the fix: {@code quote it: deliverable:
   * "1.10"};
   * without the key for a list item (null). A long value is cut, at a word where it can be,
   * with "…" inside the quotes.
   */
  static String quoteIt(String key, String value) {
    return "quote it: " + quoted(key, value, 0);
  }

  /** The same advice as a JSON document writes it: {@code quote it: "deliverable": "1.10"}. */
  static String quoteItInJson(String key, String value) {
    return "quote it: " + quoted(key == null ? null : "\"" + key + "\"", value, 0);
  }

  /**
   * The key and its value in double quotes; a value longer than the hint's limit is cut at a
   * word, but never within its first {@code keep} characters.
   */
  private static String quoted(String key, String value, int keep) {
    String shown = value;
    if (shown.length() > Math.max(HINT_LIMIT, keep)) {
      int cut = shown.lastIndexOf(' ', Math.max(HINT_LIMIT, keep));
      cut = cut >= keep && cut > HINT_LIMIT / 2 ? cut : Math.max(HINT_LIMIT, keep);
      shown = shown.substring(0, Math.min(cut, shown.length())) + "…";
    }
    String text = "\"" + Printable.escape(shown.replace("\\", "\\\\").replace("\"", "\\\""))
        + "\"";
    return key == null ? text : Printable.escape(key) + ": " + text;
  }

  /** The problem in plain words, with the likely cause and the fix where it is known. */
  static String explain(String problem, String context) {
    return explain(problem, context, null);
  }

  /**
   * The problem in plain words, with the likely cause and the fix where it is known; the fix
   * written with the document's own line, where the parser's mark still holds it.
   */
  static String explain(String problem, String context, Mark mark) {
    String p = problem == null ? "" : problem;
    String c = context == null ? "" : context;
    if (p.contains("mapping values are not allowed here")) {
      String fix = colonFix(lineAt(mark));
      return "a colon followed by a space inside a value; put text that holds \": \" in quotes"
          + " (" + (fix == null ? "title: \"Glenmore: CJOIP\"" : fix) + ")";
    }
    if (p.contains("\\t") || p.contains("TAB") || p.contains("'\t'")) {
      return "a tab where YAML expects indentation or a value; use spaces, not tabs";
    }
    if (p.startsWith("expected <block end>") || p.contains("did not find expected '-'")) {
      return "the indentation is out of step: a line is indented more or less than the others"
          + " at its level";
    }
    if (p.contains("found unexpected end of stream") && c.contains("quoted scalar")) {
      return "the document ends inside quoted text: a closing quote is missing";
    }
    if (p.contains("expected ',' or ']'")) {
      return "a list in [ ] is not closed, or a comma is missing between its items";
    }
    if (p.contains("expected ',' or '}'")) {
      return "a mapping in { } is not closed, or a comma is missing between its entries";
    }
    if (p.contains("could not find expected ':'")) {
      return "a key without a colon after it, or longer than YAML allows on one line (1024"
          + " characters): write key: value";
    }
    if (p.contains("found undefined tag handle")) {
      return "an unknown YAML tag; a plan needs no tags";
    }
    if (p.contains("found unexpected end of stream")) {
      return "the document ends too soon: a quote or a bracket is left open";
    }
    if (p.contains("special characters are not allowed")) {
      return "the document holds a control character, which YAML does not allow; remove it";
    }
    String words = p.strip();
    int nl = words.indexOf('\n');
    return Printable.escape(nl < 0 ? words : words.substring(0, nl).strip());
  }

  /**
   * The line the parser stopped in, as the document writes it, without its indentation and
   * any comment; null when the parser no longer holds the start of that line (it keeps only a
   * window of the text).
   */
  static String lineAt(Mark mark) {
    if (mark == null || mark.getBuffer() == null) {
      return null;
    }
    int[] buffer = mark.getBuffer();
    int start = mark.getPointer() - mark.getColumn();
    if (start < 0 || mark.getPointer() > buffer.length
        || (start > 0 && buffer[start - 1] != '\n' && buffer[start - 1] != '\r')) {
      return null;
    }
    int end = mark.getPointer();
    while (end < buffer.length && buffer[end] != '\n' && buffer[end] != '\r'
        && buffer[end] != 0) {
      end++;
    }
    String line = new String(buffer, start, end - start);
    int comment = line.indexOf(" #");
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  /**
   * The line written as it should be: its value in quotes, {@code description: "Meet:
   * monthly"}, a list item's dash kept; null when the line is not a key and a value.
   */
  private static String colonFix(String line) {
    if (line == null) {
      return null;
    }
    String dash = "";
    String rest = line;
    if (rest.startsWith("- ")) {
      dash = "- ";
      rest = rest.substring(2).strip();
    }
    int colon = rest.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String key = rest.substring(0, colon);
    String value = rest.substring(colon + 2).strip();
    if (!key.matches("[A-Za-z][A-Za-z0-9_]*") || value.isEmpty()
        || value.startsWith("\"") || value.startsWith("'")) {
      return null;
    }
    // The fix is meant to be pasted: the value whole in quotes, up to a line's worth; a longer
    // one is cut at a word, with "…" outside the quotes so that it is not pasted as text.
    if (value.length() <= FIX_LIMIT) {
      return dash + quoted(key, value, value.length());
    }
    int cut = value.lastIndexOf(' ', FIX_LIMIT);
    String shown = value.substring(0, cut > FIX_LIMIT / 2 ? cut : FIX_LIMIT);
    return dash + quoted(key, shown, shown.length()) + " …";
  }
}
