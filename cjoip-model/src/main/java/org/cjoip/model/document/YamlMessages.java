package org.cjoip.model.document;

import org.cjoip.model.text.Printable;

/**
 * What the YAML parser's complaints mean, in words that say how to mend the document. The
 * parser names what it expected in its own terms ("mapping values are not allowed here");
 * the mistakes behind the common ones are few: text holding ": " unquoted, a tab in the
 * indentation, a line indented out of step, a quote or a bracket left open.
 */
final class YamlMessages {

  private YamlMessages() {}

  /** The problem in plain words, with the likely cause and the fix where it is known. */
  static String explain(String problem, String context) {
    String p = problem == null ? "" : problem;
    String c = context == null ? "" : context;
    if (p.contains("mapping values are not allowed here")) {
      return "a colon followed by a space inside a value; put text that holds \": \" in quotes"
          + " (title: \"Glenmore: CJOIP\")";
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
}
