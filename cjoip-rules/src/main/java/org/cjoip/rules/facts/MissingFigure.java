package org.cjoip.rules.facts;

/**
 * Derived: a national measure of an addressed priority action for which the return checked
 * gives no figure (CJ-ANN-004, CJ-ANN-005).
 *
 * @param priorityAction the priority action
 * @param measure the measure
 */
public record MissingFigure(int priorityAction, NationalMeasure measure) implements EditionItem {

  @Override
  public String text() {
    return measure.text();
  }

  @Override
  public int order() {
    return measure.order();
  }
}
