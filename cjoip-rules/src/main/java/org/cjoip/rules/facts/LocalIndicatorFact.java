package org.cjoip.rules.facts;

/**
 * A local indicator entry of a priority action's section, with the Improvement Tool evidence
 * item its wording is recognised as.
 *
 * @param place the entry's node
 * @param priorityAction the section's priority action
 * @param text the plan's wording
 * @param placeholder whether the entry stands for nothing yet ("To be developed")
 * @param evidenceId the id of the evidence item it is recognised as, or null
 */
public record LocalIndicatorFact(Place place, int priorityAction, String text,
    boolean placeholder, String evidenceId) implements Subject {

  public String path() {
    return place.path();
  }

  @Override
  public String key() {
    return Keys.join(Keys.priorityAction(priorityAction), Keys.text("local-indicator", text));
  }
}
