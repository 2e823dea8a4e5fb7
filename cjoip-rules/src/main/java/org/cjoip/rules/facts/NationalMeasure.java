package org.cjoip.rules.facts;

import org.cjoip.model.framework.Measure;

/**
 * A measure of the national indicator of a priority action, as the edition defines it.
 *
 * @param priorityAction the priority action whose indicator it belongs to
 * @param measure the measure
 * @param order its place among the edition's measures
 */
public record NationalMeasure(int priorityAction, Measure measure, int order)
    implements EditionItem {

  public String id() {
    return measure.id();
  }

  @Override
  public String text() {
    return measure.text();
  }
}
