package org.cjoip.model.document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a document stands in its text: JSON Pointer to line and column. A plan
 * built in code rather than read has no text; its source map still knows which nodes exist,
 * so findings can point at the deepest node that does. Immutable and thread-safe.
 *
 * <p>A map the readers build follows the document's tree and holds two numbers per node, not
 * a string per pointer, so a document of a million values costs a few megabytes here.
 */
public final class SourceMap {

  /**
   * Where a node stands: a 1-based line and column in a text document, 0 where the node has no
   * text position; or, for a document read from a spreadsheet, the cell that holds it
   * ({@code "Deliverables!E12"}, with line and column 0). {@code cell} is null for text.
   */
  public record Position(int line, int column, String cell) {
    public static final Position NONE = new Position(0, 0);

    public Position {
      if (cell != null && cell.isBlank()) {
        throw new IllegalArgumentException("cell must not be blank");
      }
    }

    /** A position in a text document. */
    public Position(int line, int column) {
      this(line, column, null);
    }

    /**
     * A spreadsheet cell, written as a spreadsheet references it: {@code Deliverables!E12},
     * and {@code 'Priority actions'!B3} for a sheet name that needs quoting.
     */
    public static Position cell(String sheet, String reference) {
      return new Position(0, 0, sheetReference(sheet) + "!" + reference);
    }

    /** The cell, for a document read from a spreadsheet. */
    public Optional<String> cellReference() {
      return Optional.ofNullable(cell);
    }

    private static final java.util.regex.Pattern BARE =
        java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final java.util.regex.Pattern LIKE_A_CELL =
        java.util.regex.Pattern.compile("(?i)[a-z]{1,3}[0-9]+");

    private static String sheetReference(String sheet) {
      // As a spreadsheet's Go To box takes it: bare only when it cannot be read otherwise.
      return BARE.matcher(sheet).matches() && !LIKE_A_CELL.matcher(sheet).matches()
          ? sheet
          : "'" + sheet.replace("'", "''") + "'";
    }
  }

  private final Map<String, Position> positions;
  private final Node root;
  private final int size;
  // For a document read from a spreadsheet: the sheets its packed cells name by index.
  private final List<String> sheets;

  public SourceMap(Map<String, Position> positions) {
    this.positions = Map.copyOf(positions);
    this.root = null;
    this.size = this.positions.size();
    this.sheets = null;
  }

  /** A map of a tree of located nodes, as the readers build it. */
  SourceMap(Node root, int size) {
    this(root, size, null);
  }

  private SourceMap(Node root, int size, List<String> sheets) {
    this.positions = null;
    this.root = root;
    this.size = size;
    this.sheets = sheets;
  }

  /**
   * The map of a document read from a spreadsheet, built as its tree was ({@link Cells}): each
   * node stands at a cell packed by {@link #cell(int, int, int)}, of one of {@code sheets} by
   * index. A plan of a million cells costs a few megabytes here, as a text document's does.
   */
  public static SourceMap ofCells(Cells root, List<String> sheets) {
    return new SourceMap(root.node, root.finish(), List.copyOf(sheets));
  }

  /**
   * A cell packed for {@link Cells}: the index of its sheet in the map's list of sheets, its
   * 1-based row and its 0-based column. 0 is no cell.
   */
  public static long cell(int sheet, int row, int column) {
    if (sheet < 0 || sheet >= 0x7FFF || row <= 0 || column < 0 || column >= 1 << 16) {
      throw new IllegalArgumentException("no such cell: sheet " + sheet + ", row " + row
          + ", column " + column);
    }
    return ((long) (sheet + 1) << 48) | ((long) row << 16) | column;
  }

  /** The cell in the first row and first column of a packed cell's sheet: its header row. */
  public static long headerOf(long cell) {
    return (cell & (0x7FFFL << 48)) | (1L << 16);
  }

  /**
   * One object or list of a document read from a spreadsheet, and the cell of each of its
   * members, added as the document's tree is built. Not thread-safe while it is built; the
   * {@link SourceMap} made of it is.
   */
  public static final class Cells {
    final Node node;

    private Cells(long cell, boolean object) {
      this.node = new Node(cell, object);
    }

    /** An object standing at a cell packed by {@link SourceMap#cell(int, int, int)}. */
    public static Cells object(long cell) {
      return new Cells(cell, true);
    }

    /** A list standing at a cell. */
    public static Cells list(long cell) {
      return new Cells(cell, false);
    }

    /** Adds a member that holds a value; the key is ignored for a list. */
    public void add(String key, long cell) {
      node.add(key, cell);
    }

    /** Adds a member that is itself an object or a list. */
    public void add(String key, Cells member) {
      add(key, member, member.node.at);
    }

    /**
     * Adds a member that is itself an object or a list, named at a cell of its own: a sheet's
     * list of rows by the sheet's header row, say. The cell is ignored for a list.
     */
    public void add(String key, Cells member, long keyCell) {
      node.add(key, member.node.at, keyCell);
      node.nest(member.node);
    }

    /** Ends the building of this node and those below it; how many nodes there are. */
    private int finish() {
      return finish(node);
    }

    private static int finish(Node n) {
      int count = 1;
      for (int i = 0; i < n.count; i++) {
        if (n.members != null && n.members[i] != null) {
          count += finish(n.members[i]);
        } else {
          count++;
        }
      }
      n.finish();
      return count;
    }
  }

  /** Whether the document has a node at the pointer. */
  public boolean contains(String pointer) {
    return position(pointer).isPresent();
  }

  /** The node's position, if the document has the node. */
  public Optional<Position> position(String pointer) {
    if (positions != null) {
      return Optional.ofNullable(positions.get(pointer));
    }
    long at = root.find(pointer);
    return at < 0 ? Optional.empty() : Optional.of(position(at));
  }

  /**
   * Where the key that names the node is written, if the document has the node: for a member
   * of an object, its key ({@code priorityActions:}, where the list's first item stands on a
   * later line); for an item of a list, the root, or a document read from a spreadsheet, where
   * the node itself stands, as {@link #position(String)} gives it.
   */
  public Optional<Position> keyPosition(String pointer) {
    if (positions != null) {
      return position(pointer);
    }
    long at = root.find(pointer, true);
    return at < 0 ? Optional.empty() : Optional.of(position(at));
  }

  /**
   * Whether the node at the pointer is an object or a list, as opposed to a single value; false
   * when the document has no such node or the map does not know (one built from a plain map).
   */
  public boolean isCollection(String pointer) {
    if (positions != null) {
      return false;
    }
    return pointer.isEmpty() || root.node(pointer) != null;
  }

  private Position position(long packed) {
    if (sheets != null) {
      int sheet = (int) (packed >>> 48) - 1;
      if (sheet < 0 || sheet >= sheets.size()) {
        return Position.NONE;
      }
      int row = (int) ((packed >>> 16) & 0xFFFFFFFFL);
      return Position.cell(sheets.get(sheet), column((int) (packed & 0xFFFF)) + row);
    }
    int line = TextGuard.lineOf(packed);
    int column = TextGuard.columnOf(packed);
    return line == 0 && column == 0 ? Position.NONE : new Position(line, column);
  }

  /**
   * The pointer itself when the node exists, otherwise its nearest ancestor that does; the
   * root ({@code ""}) at worst.
   */
  public String deepestExisting(String pointer) {
    String p = pointer;
    while (!p.isEmpty() && !contains(p)) {
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
    return p;
  }

  /**
   * The map of the node at the pointer, as a document of its own: its pointers are relative to
   * that node, its positions those of the whole document. Empty when there is no such node.
   * For reading a document held inside another (the plan in an assessment report).
   */
  public SourceMap at(String pointer) {
    if (pointer.isEmpty()) {
      return this;
    }
    if (positions != null) {
      Map<String, Position> inner = new HashMap<>();
      positions.forEach((p, at) -> {
        if (p.equals(pointer)) {
          inner.put("", at);
        } else if (p.startsWith(pointer + "/")) {
          inner.put(p.substring(pointer.length()), at);
        }
      });
      return new SourceMap(inner);
    }
    Node node = root.node(pointer);
    return node == null ? new SourceMap(Map.of()) : new SourceMap(node, size, sheets);
  }

  /** A 0-based column as a spreadsheet names it: 27 is "AB". */
  private static String column(int column) {
    StringBuilder out = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      out.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return out.toString();
  }

  /** How many nodes the document has. */
  public int size() {
    return size;
  }

  /** Escapes one reference token for a JSON Pointer (RFC 6901: {@code ~} and {@code /}). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * One object or list of a document, with the place of each of its members: keys in order
   * for an object, none for a list; a place per member, packed as line and column; the member
   * itself where it is an object or a list. Built once while a document is read, then only
   * read.
   */
  static final class Node {
    // Beyond this many keys, an object is searched through a hash map, not one key after another.
    private static final int INDEXED = 16;

    final long at;
    private final boolean object;
    private String[] keys;
    private long[] places;
    // For an object: where each member's key is written, beside where its value starts.
    private long[] keyPlaces;
    private Node[] members;
    private int count;
    private Map<String, Integer> index;

    Node(long at, boolean object) {
      this.at = at;
      this.object = object;
      this.places = new long[object ? 4 : 2];
      this.keys = object ? new String[4] : null;
      this.keyPlaces = object ? new long[4] : null;
    }

    /** Adds a member at a place; returns its index. The key is ignored for a list. */
    int add(String key, long place) {
      return add(key, place, place);
    }

    /**
     * Adds a member whose value stands at one place and, in an object, whose key stands at
     * another; returns its index. Both are ignored but the value's for a list.
     */
    int add(String key, long place, long keyPlace) {
      if (count == places.length) {
        int grown = Math.max(4, count * 2);
        places = Arrays.copyOf(places, grown);
        if (object) {
          keys = Arrays.copyOf(keys, grown);
          keyPlaces = Arrays.copyOf(keyPlaces, grown);
        }
        if (members != null) {
          members = Arrays.copyOf(members, grown);
        }
      }
      places[count] = place;
      if (object) {
        keys[count] = key;
        keyPlaces[count] = keyPlace;
      }
      return count++;
    }

    /** Records that the last member added is itself an object or a list. */
    void nest(Node member) {
      if (members == null) {
        members = new Node[places.length];
      }
      members[count - 1] = member;
    }

    /** Drops the room kept for members that never came, once the node is whole. */
    void finish() {
      if (count < places.length) {
        places = Arrays.copyOf(places, count);
        if (object) {
          keys = Arrays.copyOf(keys, count);
          keyPlaces = Arrays.copyOf(keyPlaces, count);
        }
        if (members != null) {
          members = Arrays.copyOf(members, count);
        }
      }
      if (object && count > INDEXED) {
        Map<String, Integer> byKey = new HashMap<>(count * 2);
        for (int i = count - 1; i >= 0; i--) {
          byKey.put(keys[i], i);
        }
        index = byKey;
      }
    }

    /** The object or list at the pointer below this one; null when there is none. */
    Node node(String pointer) {
      if (pointer.charAt(0) != '/') {
        return null;
      }
      Node node = this;
      int from = 1;
      while (node != null) {
        int slash = pointer.indexOf('/', from);
        int i = node.indexOf(pointer, from, slash < 0 ? pointer.length() : slash);
        if (i < 0 || node.members == null) {
          return null;
        }
        node = node.members[i];
        if (slash < 0) {
          return node;
        }
        from = slash + 1;
      }
      return null;
    }

    /** The packed place of the node at the pointer below this one; -1 when there is none. */
    long find(String pointer) {
      return find(pointer, false);
    }

    /**
     * The packed place of the node at the pointer below this one, or of the key that names it
     * when {@code key} and the node is an object's member; -1 when there is none.
     */
    long find(String pointer, boolean key) {
      if (pointer.isEmpty()) {
        return at;
      }
      if (pointer.charAt(0) != '/') {
        return -1;
      }
      Node node = this;
      int from = 1;
      while (true) {
        int slash = pointer.indexOf('/', from);
        int i = node.indexOf(pointer, from, slash < 0 ? pointer.length() : slash);
        if (i < 0) {
          return -1;
        }
        if (slash < 0) {
          return key && node.object ? node.keyPlaces[i] : node.places[i];
        }
        if (node.members == null || node.members[i] == null) {
          return -1;
        }
        node = node.members[i];
        from = slash + 1;
      }
    }

    /**
     * The member named by the pointer's token from {@code from} to {@code to}; -1 when there
     * is none. Read in place: a large plan's findings look up hundreds of thousands of paths.
     */
    private int indexOf(String pointer, int from, int to) {
      if (!object) {
        return listIndex(pointer, from, to, count);
      }
      int tilde = pointer.indexOf('~', from);
      boolean escaped = tilde >= 0 && tilde < to;
      if (escaped || index != null) {
        String token = pointer.substring(from, to);
        String key = escaped ? token.replace("~1", "/").replace("~0", "~") : token;
        return index != null ? index.getOrDefault(key, -1) : keyIndex(key);
      }
      int length = to - from;
      for (int i = 0; i < count; i++) {
        if (keys[i].length() == length && pointer.startsWith(keys[i], from)) {
          return i;
        }
      }
      return -1;
    }

    private int keyIndex(String key) {
      for (int i = 0; i < count; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /** A list index as RFC 6901 writes it: digits, no leading zero. */
    private static int listIndex(String pointer, int from, int to, int count) {
      int length = to - from;
      if (length == 0 || length > 10 || (length > 1 && pointer.charAt(from) == '0')) {
        return -1;
      }
      long value = 0;
      for (int i = from; i < to; i++) {
        char c = pointer.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value < count ? (int) value : -1;
    }
  }
}
