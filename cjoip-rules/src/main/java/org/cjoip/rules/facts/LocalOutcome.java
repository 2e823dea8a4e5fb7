package org.cjoip.rules.facts;

/**
 * A locally determined outcome: one in the plan's list of outcomes that the framework does not
 * recognise and that the plan does not label national. It needs its own indicators and
 * actions (s19).
 *
 * @param place the outcome's node
 * @param text the plan's wording
 * @param indicatorCount how many indicators the plan gives it
 * @param deliverableCount how many deliverables the plan gives it
 */
public record LocalOutcome(Place place, String text, int indicatorCount, int deliverableCount) {

  public String path() {
    return place.path();
  }

  public String at(String member) {
    return place.at(member);
  }
}
