package org.cjoip.model.document;

import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a document stands in its text: JSON Pointer to line and column. A plan
 * built in code rather than read has no text; its source map still knows which nodes exist,
 * so findings can point at the deepest node that does.
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

  public SourceMap(Map<String, Position> positions) {
    this.positions = Map.copyOf(positions);
  }

  /** Whether the document has a node at the pointer. */
  public boolean contains(String pointer) {
    return positions.containsKey(pointer);
  }

  /** The node's position, if the document has the node. */
  public Optional<Position> position(String pointer) {
    return Optional.ofNullable(positions.get(pointer));
  }

  /**
   * The pointer itself when the node exists, otherwise its nearest ancestor that does; the
   * root ({@code ""}) at worst.
   */
  public String deepestExisting(String pointer) {
    String p = pointer;
    while (!p.isEmpty() && !positions.containsKey(p)) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return p;
  }

  /** How many nodes the document has. */
  public int size() {
    return positions.size();
  }

  /** Escapes one reference token for a JSON Pointer (RFC 6901: {@code ~} and {@code /}). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
