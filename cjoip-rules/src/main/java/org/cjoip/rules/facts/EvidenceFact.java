package org.cjoip.rules.facts;

import org.cjoip.model.framework.EvidenceItem;

/**
 * An item of the Improvement Tool's local evidence for a priority action, as the edition
 * records it.
 *
 * @param priorityAction the priority action
 * @param item the evidence item
 * @param order its place among the edition's evidence items
 */
public record EvidenceFact(int priorityAction, EvidenceItem item, int order)
    implements EditionItem {

  public String id() {
    return item.id();
  }

  /** Whether the edition reconstructs the item rather than quoting the tool. */
  public boolean reconstructed() {
    return item.provenance().reconstruction();
  }

  @Override
  public String text() {
    return item.text();
  }
}
