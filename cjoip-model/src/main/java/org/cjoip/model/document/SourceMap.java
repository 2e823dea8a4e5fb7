package org.cjoip.model.document;

import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a document stands in its text: JSON Pointer to line and column. A plan
 * built in code rather than read has no text; its source map still knows which nodes exist,
 * so findings can point at the deepest node that does.
 */
public final class SourceMap {

  /** A 1-based line and column; 0 where the node has no text position. */
  public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);
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
