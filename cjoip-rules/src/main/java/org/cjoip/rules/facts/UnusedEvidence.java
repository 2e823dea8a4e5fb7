package org.cjoip.rules.facts;

/**
 * Derived: an Improvement Tool evidence item of a priority action that none of the action's
 * local indicators matches (CJ-LIND-005).
 *
 * @param priorityAction the priority action
 * @param evidence the evidence item
 */
public record UnusedEvidence(int priorityAction, EvidenceFact evidence) implements EditionItem {

  @Override
  public String text() {
    return evidence.text();
  }

  /** The item's place in the edition, for listing several in the edition's order. */
  public int order() {
    return evidence.order();
  }
}
