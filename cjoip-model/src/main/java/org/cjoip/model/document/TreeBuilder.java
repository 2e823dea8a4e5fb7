package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.text.Printable;

/**
 * Builds a document's tree from a parser's events, one value at a time, and where each value
 * stands; refuses, at the first value past it, anything beyond the {@link Limits}: nesting,
 * the number of values, the number of items in the counted lists (a plan's deliverables), the
 * length of texts and keys; and text no document may hold (NUL, lone surrogates). The same for
 * JSON and YAML, so both are held to the same rules and located alike.
 */
final class TreeBuilder {

  /** The lists whose items count against one limit, with the limit and what an item is. */
  record Counted(List<List<String>> patterns, int limit, String items) {
    static final Counted NONE = new Counted(List.of(), Integer.MAX_VALUE, "");

    /** Whether the list at the path is one of them; {@code *} in a pattern matches any index. */
    boolean matches(List<String> path) {
      for (List<String> pattern : patterns) {
        if (pattern.size() == path.size()) {
          boolean all = true;
          for (int i = 0; i < pattern.size() && all; i++) {
            all = pattern.get(i).equals("*") ? isIndex(path.get(i)) : pattern.get(i)
                .equals(path.get(i));
          }
          if (all) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean isIndex(String token) {
      return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  /** An object or a list being built. */
  private static final class Frame {
    final JsonNode node;
    final SourceMap.Node places;
    final boolean counted;
    String key;
    // The key's plain value has been read: the member is whole.
    boolean whole;
    // Where the current key is written, packed as line and column.
    long keyAt;
    int size;

    Frame(JsonNode node, SourceMap.Node places, boolean counted) {
      this.node = node;
      this.places = places;
      this.counted = counted;
    }
  }

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  // Short texts a document repeats (keys, owners, statuses) are held once: a plan of a
  // hundred thousand deliverables names the same few owners and fields a hundred thousand
  // times. Bounded, so that a document of all-different texts costs no more than without.
  private static final int SHARED_LENGTH = 64;
  private static final int SHARED_MOST = 50_000;

  private final String source;
  private final Limits limits;
  private final Counted counted;
  private final TextGuard guard;
  private final List<Frame> frames = new ArrayList<>();
  // The line of the last plain value an object was given, for a fault found after it.
  private int lastValueLine = -1;
  private final Map<String, String> shared = new HashMap<>();
  private JsonNode root;
  private SourceMap.Node rootPlaces;
  private int values;
  private int countedItems;
  // Values refused where they stand, the reading going on: the first ones, and how many more.
  private final List<Problem> refused = new ArrayList<>();
  private long refusedMore;

  TreeBuilder(String source, Limits limits, Counted counted, TextGuard guard) {
    this.source = source;
    this.limits = limits;
    this.counted = counted;
    this.guard = guard;
  }

  /** The document's tree and source map, once the root value is whole. */
  TreeReader.Located result(Format format) {
    return new TreeReader.Located(root, new SourceMap(rootPlaces, values), format,
        List.copyOf(refused), refusedMore);
  }

  /**
   * A problem that stopped the reading, with the values refused before it: every problem the
   * reading found, in document order.
   */
  DocumentException withRefused(DocumentException stop) {
    if (refused.isEmpty()) {
      return stop;
    }
    List<Problem> all = new ArrayList<>(refused);
    all.addAll(stop.problems());
    all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new DocumentException(
        TreeReader.withMore(all, refusedMore, Optional.ofNullable(source)));
  }

  /**
   * Refuses a value at its place and reads on, the text it was written as standing for it: a
   * value that is wrong in itself (a YAML 1.1 number, a misused tag) does not stop the reading,
   * so that a document's every such value is reported at once, with what binding finds.
   */
  void refuse(String written, int line, int column, String message) throws DocumentException {
    if (refused.size() < limits.maxProblems()) {
      refused.add(TreeReader.problem(source, line, column, pointer(), message));
    } else {
      refusedMore++;
    }
    text(written, line, column, line, column);
  }

  boolean done() {
    return root != null && frames.isEmpty();
  }

  /** The pointer of the value about to be read, or being read: where a problem belongs. */
  String pointer() {
    return pointer(false);
  }

  /**
   * The pointer of the value read last, where a fault is found after it but began in it (a
   * quote left open).
   */
  String lastPointer() {
    return pointer(true);
  }

  /**
   * The pointer a fault at a line belongs to: the value read last when the fault is on that
   * value's line ("title: Glenmore: CJOIP"); else the list when it comes between a list's
   * items (a line indented out of step after one item is no more the next item's than the
   * last's); else the value about to be read.
   */
  String pointerAt(int line) {
    if (line == lastValueLine) {
      return pointer(true);
    }
    List<String> path = path(false);
    if (!frames.isEmpty() && !frames.get(frames.size() - 1).node.isObject()) {
      path = path.subList(0, path.size() - 1);
    }
    return pointerOf(path);
  }

  private String pointer(boolean last) {
    return pointerOf(path(last));
  }

  private static String pointerOf(List<String> path) {
    StringBuilder out = new StringBuilder();
    for (String token : path) {
      out.append('/').append(SourceMap.escape(token));
    }
    return out.toString();
  }

  /**
   * The reference tokens of the value about to be read: in a list, the item being read, or
   * the next one when the list is the innermost.
   */
  private List<String> path() {
    return path(false);
  }

  private List<String> path(boolean last) {
    List<String> out = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.node.isObject()) {
        if (f.key != null && (last || !f.whole || i < frames.size() - 1)) {
          out.add(f.key);
        }
      } else {
        out.add(Integer.toString(i < frames.size() - 1 ? f.size - 1 : f.size));
      }
    }
    return out;
  }

  /**
   * The key whose value is about to be read, or null when the value is an item of a list or
   * the root.
   */
  String key() {
    if (frames.isEmpty()) {
      return null;
    }
    Frame f = frames.get(frames.size() - 1);
    return f.node.isObject() && !f.whole ? f.key : null;
  }

  /** A key of the current object, from its place to where it ends. */
  void key(String name, int line, int column, int endLine, int endColumn, boolean yaml)
      throws DocumentException {
    Frame f = frames.get(frames.size() - 1);
    if (name.length() > limits.maxKeyLength()) {
      f.key = null;
      throw error(line, column, pointer(), "a key is longer than the limit of "
          + limits.maxKeyLength() + " characters");
    }
    f.key = share(name);
    f.whole = false;
    f.keyAt = TextGuard.pack(line, column);
    checkText(name, line, column, endLine, endColumn);
    if (yaml && name.equals("<<")) {
      // A merge key would copy another mapping in: refused like the aliases it needs.
      throw error(line, column, pointer(), "YAML merge keys are not allowed in this document");
    }
    if (f.node.has(name)) {
      throw error(line, column, pointer(), "duplicate key '" + Printable.quote(name) + "'");
    }
  }

  /** Opens an object or a list at its place. */
  void start(boolean object, int line, int column) throws DocumentException {
    if (frames.size() >= limits.maxNestingDepth()) {
      throw error(line, column, pointer(), "the document nests deeper than the limit of "
          + limits.maxNestingDepth());
    }
    JsonNode node = object ? NODES.objectNode() : NODES.arrayNode();
    SourceMap.Node places = new SourceMap.Node(TextGuard.pack(line, column), object);
    boolean counts = !object && counted.matches(path());
    add(node, line, column, places);
    frames.add(new Frame(node, places, counts));
  }

  /** Closes the innermost object or list. */
  void end() {
    Frame f = frames.remove(frames.size() - 1);
    f.places.finish();
    if (!frames.isEmpty()) {
      // The member is whole: what comes next belongs to the object until its next key.
      frames.get(frames.size() - 1).key = null;
    }
  }

  /**
   * A text value at its place; the place it ends at bounds where a fault in it may be
   * written.
   */
  void text(String value, int line, int column, int endLine, int endColumn)
      throws DocumentException {
    if (value.length() > limits.maxStringLength()) {
      throw error(line, column, pointer(), "a text value is longer than the limit of "
          + limits.maxStringLength() + " characters");
    }
    checkText(value, line, column, endLine, endColumn);
    add(NODES.textNode(share(value)), line, column, null);
  }

  /** The one instance of a short text seen before, or the text itself. */
  private String share(String text) {
    if (text.length() > SHARED_LENGTH) {
      return text;
    }
    String seen = shared.get(text);
    if (seen != null) {
      return seen;
    }
    if (shared.size() < SHARED_MOST) {
      shared.put(text, text);
    }
    return text;
  }

  /**
   * A number with a fraction or an exponent, as written. One whose exponent is beyond what
   * any number may have here (past 2<sup>31</sup> either way) is refused: no field holds it.
   */
  void decimal(String written, int line, int column) throws DocumentException {
    BigDecimal number;
    try {
      number = new BigDecimal(written);
    } catch (NumberFormatException e) {
      throw error(line, column, pointer(), "the number " + Printable.quote(written)
          + " has an exponent out of range; write " + Figure.bounds());
    }
    value(NODES.numberNode(number), line, column);
  }

  /** Any other plain value at its place. */
  void value(JsonNode value, int line, int column) throws DocumentException {
    add(value, line, column, null);
  }

  private void add(JsonNode node, int line, int column, SourceMap.Node places)
      throws DocumentException {
    if (++values > limits.maxValues()) {
      throw error(line, column, pointer(), "the document has more values than the limit of "
          + limits.maxValues());
    }
    long at = TextGuard.pack(line, column);
    if (frames.isEmpty()) {
      root = node;
      rootPlaces = places != null ? places : new SourceMap.Node(at, false);
      return;
    }
    Frame f = frames.get(frames.size() - 1);
    if (f.node instanceof ObjectNode object) {
      object.set(f.key, node);
      f.places.add(f.key, at, f.keyAt);
      // A plain value makes the member whole: a fault after it is the object's, until the
      // next key (a tab where the next field should start names the object, not this one).
      f.whole = places == null;
      lastValueLine = line;
    } else {
      if (f.counted && ++countedItems > counted.limit()) {
        throw error(line, column, pointer(), "the document has more " + counted.items()
            + " than the limit of " + counted.limit());
      }
      ((ArrayNode) f.node).add(node);
      f.places.add(null, at);
      f.size++;
    }
    if (places != null) {
      f.places.nest(places);
    }
  }

  /**
   * Refuses a NUL or a lone surrogate, placed where the text writes it when the guard saw it
   * written as an escape, otherwise at the value.
   */
  private void checkText(String value, int line, int column, int endLine, int endColumn)
      throws DocumentException {
    int fault = fault(value);
    if (fault < 0) {
      return;
    }
    long at = guard == null ? 0 : guard.escapeBetween(line, column, endLine, endColumn);
    int l = at == 0 ? line : TextGuard.lineOf(at);
    int c = at == 0 ? column : TextGuard.columnOf(at);
    char ch = value.charAt(fault);
    String what = ch == 0
        ? "a NUL character (\\u0000), which no document may contain"
        : String.format("a lone surrogate (\\u%04x), half of a character; write the whole "
            + "character", (int) ch);
    throw error(l, c, pointer(), "the text holds " + what);
  }

  /** The index of the first NUL or lone surrogate in the text; -1 when it has none. */
  static int fault(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  DocumentException error(int line, int column, String pointer, String message) {
    return new DocumentException(
        TreeReader.problem(source, Math.max(0, line), Math.max(0, column), pointer, message));
  }
}
