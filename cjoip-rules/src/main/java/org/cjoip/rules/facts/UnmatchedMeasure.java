package org.cjoip.rules.facts;

/**
 * Derived: a measure of the national indicator of an addressed priority action that none of
 * the plan's indicators for that action matches (CJ-COV-005).
 *
 * @param priorityAction the priority action
 * @param measure the measure
 */
public record UnmatchedMeasure(int priorityAction, NationalMeasure measure) implements EditionItem {

  @Override
  public String text() {
    return measure.text();
  }

  /** The measure's id. */
  public String measureId() {
    return measure.id();
  }

  /** The measure's place in the edition, for listing several in the edition's order. */
  public int order() {
    return measure.order();
  }
}
