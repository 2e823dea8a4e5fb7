package org.cjoip.rules.facts;

import org.cjoip.model.framework.Measure;

/**
 * A measure of the national indicator of a priority action, and whether the plan uses it.
 *
 * @param priorityAction the priority action whose indicator it belongs to
 * @param measure the measure as the edition defines it
 * @param used whether any of the plan's indicators for that action matches it
 */
public record NationalMeasure(int priorityAction, Measure measure, boolean used)
    implements Worded {

  @Override
  public String text() {
    return measure.text();
  }
}
