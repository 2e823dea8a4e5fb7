package org.cjoip.rules.facts;

import org.cjoip.model.document.SourceMap;

/**
 * A node of the plan document, able to name its members' places. A finding about a member
 * points at the member when the document has it and at the node itself when it does not.
 */
public record Place(String path, SourceMap sourceMap) {

  /** The pointer of a member of this node, or of the deepest node on the way that exists. */
  public String at(String member) {
    return sourceMap.deepestExisting(path + "/" + SourceMap.escape(member));
  }

  /**
   * The pointer of a member of a member of this node ({@code partnership}, then {@code
   * statutoryPartners}), or of the deepest node on the way that exists.
   */
  public String at(String member, String inner) {
    return sourceMap.deepestExisting(
        path + "/" + SourceMap.escape(member) + "/" + SourceMap.escape(inner));
  }

  /** Whether the document has the member. */
  public boolean has(String member) {
    return sourceMap.contains(path + "/" + SourceMap.escape(member));
  }
}
