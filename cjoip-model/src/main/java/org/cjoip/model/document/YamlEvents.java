package org.cjoip.model.document;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.text.Printable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML document into a {@link TreeBuilder}, event by event, under the YAML 1.2 core
 * schema: only {@code true}/{@code false} are booleans and only decimal numbers are numbers.
 * What YAML 1.1 tools would read otherwise is refused with what to write instead, so that no
 * tool reads a plan differently: {@code 011} (octal there), {@code 0x0C}, {@code 0o14},
 * {@code 0b11}, {@code 1_2}, {@code .inf} and {@code .nan}. Words YAML 1.1 took for booleans
 * ({@code yes}, {@code no}, {@code on}, {@code off}) are text, as in YAML 1.2.
 *
 * <p>Refused wherever they appear, each at its place: anchors (on any node), aliases, merge
 * keys, keys that are not text (a list or a mapping as a key, a complex key), and tags other
 * than the core schema's, matched exactly; a core type tag may not make quoted text a number
 * or a boolean.
 */
final class YamlEvents {

  private static final String CORE = "tag:yaml.org,2002:";
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9].*");
  private static final Pattern HEX = Pattern.compile("([-+]?)0x([0-9a-fA-F_]+)");
  private static final Pattern OCTAL = Pattern.compile("([-+]?)0o([0-7_]+)");
  private static final Pattern BINARY = Pattern.compile("([-+]?)0b([01_]+)");
  private static final Pattern GROUPED =
      Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITE =
      Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  // What YAML 1.1 tools read as a boolean or a base-60 number: text here, quoted when written.
  private static final Pattern YAML11_TEXT = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+"
          + "(\\.[0-9_]*)?");

  /** The longest number, in characters, as for JSON. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private final Parser parser;
  private final TreeBuilder tree;
  private final YamlBreaks breaks;

  private YamlEvents(Reader reader, TreeBuilder tree, Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // detected by the tree builder, with a located message
    options.setMaxAliasesForCollections(limits.maxYamlAliases());
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    this.breaks = new YamlBreaks(reader);
    this.parser = new ParserImpl(new StreamReader(breaks), options);
    this.tree = tree;
  }

  /** Reads the one document of the stream; an empty stream gives no root. */
  static void read(Reader reader, TreeBuilder tree, Limits limits) throws DocumentException {
    new YamlEvents(reader, tree, limits).document();
  }

  private void document() throws DocumentException {
    expect(Event.ID.StreamStart);
    if (parser.checkEvent(Event.ID.StreamEnd)) {
      return;
    }
    expect(Event.ID.DocumentStart);
    node(parser.getEvent());
    expect(Event.ID.DocumentEnd);
    if (!parser.checkEvent(Event.ID.StreamEnd)) {
      Mark at = parser.peekEvent().getStartMark();
      throw tree.error(line(at), column(at), "", "unexpected content after the end of the "
          + "document (a second YAML document)");
    }
  }

  private void expect(Event.ID id) {
    Event e = parser.getEvent();
    if (!e.is(id)) {
      throw new IllegalStateException("YAML events out of order: " + id + " expected");
    }
  }

  private void node(Event e) throws DocumentException {
    if (e instanceof AliasEvent) {
      throw at(e, "YAML aliases are not allowed in this document");
    }
    if (e instanceof NodeEvent n && n.getAnchor() != null) {
      throw at(e, "YAML anchors are not allowed in this document");
    }
    if (e instanceof ScalarEvent scalar) {
      scalar(scalar);
    } else if (e instanceof CollectionStartEvent collection) {
      collection(collection);
    } else {
      throw new IllegalStateException("unexpected YAML event " + e.getEventId());
    }
  }

  private void collection(CollectionStartEvent start) throws DocumentException {
    boolean mapping = start.is(Event.ID.MappingStart);
    String tag = start.getTag();
    if (tag != null && !tag.equals("!") && !tag.equals(CORE + (mapping ? "map" : "seq"))) {
      throw at(start, "YAML tags are not allowed in this document: " + Printable.quote(tag));
    }
    tree.start(mapping, line(start.getStartMark()), column(start.getStartMark()));
    Event.ID end = mapping ? Event.ID.MappingEnd : Event.ID.SequenceEnd;
    while (!parser.checkEvent(end)) {
      if (mapping) {
        key(parser.getEvent());
      }
      node(parser.getEvent());
    }
    parser.getEvent();
    tree.end();
  }

  private void key(Event e) throws DocumentException {
    if (e instanceof AliasEvent) {
      throw at(e, "YAML aliases are not allowed in this document");
    }
    if (!(e instanceof ScalarEvent scalar)) {
      throw at(e, "a key must be text: a list or a mapping as a key (a complex YAML key) is "
          + "not allowed in this document");
    }
    if (scalar.getAnchor() != null) {
      throw at(e, "YAML anchors are not allowed in this document");
    }
    String tag = scalar.getTag();
    if (tag != null && !tag.equals("!") && !tag.equals(CORE + "str")) {
      throw at(e, "YAML tags are not allowed in this document: " + Printable.quote(tag));
    }
    tree.key(breaks.restore(scalar.getValue()), line(e.getStartMark()),
        column(e.getStartMark()), line(e.getEndMark()), column(e.getEndMark()), true);
  }

  private void scalar(ScalarEvent e) throws DocumentException {
    String value = breaks.restore(e.getValue());
    String tag = e.getTag();
    if (tag != null && !tag.equals("!")) {
      String type = tag.startsWith(CORE) ? tag.substring(CORE.length()) : "";
      if (!type.equals("str") && !type.equals("int") && !type.equals("float")
          && !type.equals("bool") && !type.equals("null")) {
        throw at(e, "YAML tags are not allowed in this document: " + Printable.quote(tag));
      }
      if (type.equals("str")) {
        text(e, value);
        return;
      }
      if (!e.isPlain()) {
        String what = type.equals("bool") ? "true or false"
            : type.equals("null") ? "null" : "a number";
        refuse(e, value, "a YAML tag (!!" + type + ") may not make quoted text " + what
            + ": quoted text stays text; write the value without quotes and without the tag");
        return;
      }
      String read = yaml11(value, YamlMessages.holdsANumber(tree.key()));
      if (read == null && !type.equals(type(value))) {
        read = "'" + Printable.quote(value) + "' is not a YAML 1.2 " + type
            + "; write the value without the tag";
      }
      if (read != null) {
        refuse(e, value, read);
      } else {
        plain(e, value);
      }
      return;
    }
    if (!e.isPlain() || tag != null) {
      text(e, value);
      return;
    }
    plain(e, value);
  }

  /**
   * Adds a plain scalar as the YAML 1.2 core schema reads it; a form YAML 1.1 reads otherwise
   * is refused where it stands, and the reading goes on.
   */
  private void plain(ScalarEvent e, String value) throws DocumentException {
    int line = line(e.getStartMark());
    int column = column(e.getStartMark());
    if (value.length() > MAX_NUMBER_LENGTH && GROUPED.matcher(value).matches()) {
      throw at(e, "a number is longer than the limit of " + MAX_NUMBER_LENGTH + " characters");
    }
    boolean number = YamlMessages.holdsANumber(tree.key());
    String refusal = yaml11(value, number);
    if (refusal != null && YamlMessages.holdsAnId(tree.key())) {
      // An id is text however it looks: the mistake is the missing quotes, not the number.
      refusal = YamlMessages.quoteIt(tree.key(), value) + " (an id is text; unquoted, "
          + Printable.quote(value) + " reads as a number)";
    }
    if (refusal != null) {
      refuse(e, value, refusal);
      return;
    }
    switch (type(value)) {
      case "null" -> tree.value(TreeBuilder.NODES.nullNode(), line, column);
      case "bool" -> tree.value(
          TreeBuilder.NODES.booleanNode(TRUE.matcher(value).matches()), line, column);
      case "int" -> tree.value(
          TreeBuilder.NODES.numberNode(new BigInteger(value)), line, column);
      case "float" -> tree.decimal(value, line, column);
      default -> text(e, value);
    }
  }

  /** The type the YAML 1.2 core schema gives a plain scalar: null, bool, int, float or str. */
  private static String type(String value) {
    if (NULL.matcher(value).matches()) {
      return "null";
    }
    if (TRUE.matcher(value).matches() || FALSE.matcher(value).matches()) {
      return "bool";
    }
    if (INT.matcher(value).matches()) {
      return "int";
    }
    return FLOAT.matcher(value).matches() ? "float" : "str";
  }

  /**
   * Whether a plain scalar written as this value is read as this text, by this reader and by
   * YAML 1.1 tools alike; a writer quotes any other. Not text: what the core schema reads as
   * null, a boolean or a number, and what this reader refuses as a YAML 1.1 number
   * ({@code 0x1F}, {@code 1_000}, {@code .inf}).
   */
  static boolean plainIsText(String value) {
    return !(NULL.matcher(value).matches() || TRUE.matcher(value).matches()
        || FALSE.matcher(value).matches() || FLOAT.matcher(value).matches()
        || GROUPED.matcher(value).matches() || HEX.matcher(value).matches()
        || OCTAL.matcher(value).matches() || BINARY.matcher(value).matches()
        || INFINITE.matcher(value).matches() || YAML11_TEXT.matcher(value).matches());
  }

  /**
   * Why a plain scalar is refused as a number YAML 1.1 reads differently from YAML 1.2, saying
   * what to write; null when it is not such a number. Where the field holds a number, the
   * advice is the number alone: quoting it would only make it text the field refuses.
   */
  private static String yaml11(String value, boolean number) {
    if (value.length() > MAX_NUMBER_LENGTH) {
      return null;
    }
    Matcher m;
    if ((m = HEX.matcher(value)).matches()) {
      return yaml11(value, radix(m, 16), "hexadecimal", number);
    }
    if ((m = OCTAL.matcher(value)).matches()) {
      return yaml11(value, radix(m, 8), "octal", number);
    }
    if ((m = BINARY.matcher(value)).matches()) {
      return yaml11(value, radix(m, 2), "binary", number);
    }
    if (INFINITE.matcher(value).matches()) {
      return "'" + value + "' is no number a plan can hold; write a number"
          + (number ? "" : ", or quote it if it is text");
    }
    if (GROUPED.matcher(value).matches() && value.indexOf('_') >= 0) {
      return yaml11(value, decimal(value.replace("_", "")), "digits grouped with _", number);
    }
    if (LEADING_ZERO.matcher(value).matches() && FLOAT.matcher(value).matches()) {
      return yaml11(value, decimal(value), "a leading zero makes YAML 1.1 read octal", number);
    }
    return null;
  }

  private static String yaml11(String value, String instead, String why, boolean number) {
    String write = "write " + Printable.quote(instead) + ", not " + Printable.quote(value);
    if (number) {
      return write + ": a number has " + (why.startsWith("a leading zero") ? "no leading zero"
          : why.startsWith("digits") ? "no _ between its digits" : "decimal digits only");
    }
    return write + " (" + why + "), or quote it if it is text";
  }

  /** Refuses a scalar where it stands; the reading goes on, to report the document's others. */
  private void refuse(ScalarEvent e, String value, String message) throws DocumentException {
    tree.refuse(value, line(e.getStartMark()), column(e.getStartMark()), message);
  }

  private static String radix(Matcher m, int radix) {
    String digits = m.group(2).replace("_", "");
    if (digits.isEmpty()) {
      return "a number";
    }
    return (m.group(1).equals("-") ? "-" : "") + new BigInteger(digits, radix);
  }

  /**
   * A decimal number written without leading zeros or a plus sign; without an exponent when
   * it is one a figure may be (written out, a larger exponent would take its value in digits).
   */
  private static String decimal(String value) {
    try {
      BigDecimal number = new BigDecimal(value);
      return Figure.isFigure(number) ? number.toPlainString() : number.toString();
    } catch (NumberFormatException e) {
      return "a number";
    }
  }

  private void text(ScalarEvent e, String value) throws DocumentException {
    Mark start = e.getStartMark();
    Mark end = e.getEndMark();
    tree.text(value, line(start), column(start), line(end), column(end));
  }

  private DocumentException at(Event e, String message) {
    return tree.error(line(e.getStartMark()), column(e.getStartMark()), tree.pointer(), message);
  }

  static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  static int column(Mark mark) {
    return mark == null ? 0 : mark.getColumn() + 1;
  }
}
