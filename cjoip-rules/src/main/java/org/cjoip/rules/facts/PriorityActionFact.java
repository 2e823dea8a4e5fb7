package org.cjoip.rules.facts;

/**
 * One of the National Strategy's priority actions as the framework defines it, with what the
 * plan does about it.
 *
 * @param number 1 to 13
 * @param aim the strategy aim (1–4) it serves
 * @param text the priority action's wording
 * @param nationalOutcome the framework's nationally determined outcome, or null where it has
 *     none (4, 6, 11 and 12 in the 2023 framework)
 * @param place the plan's section for it, or {@code /priorityActions} when it has none
 * @param hasSection whether the plan has a section for it
 * @param addressed whether the plan addresses it: a section with any content, an outcome
 *     recognised as its outcome or naming it, or an indicator with figures for it
 * @param localIndicatorCount how many local indicator entries its section gives
 * @param hasAssessment whether the plan assesses how close its outcome is (in the section or
 *     plan-wide)
 * @param hasPriorityDecision whether the plan decides if it is a priority (in the section or
 *     plan-wide)
 */
public record PriorityActionFact(
    int number,
    int aim,
    String text,
    String nationalOutcome,
    Place place,
    boolean hasSection,
    boolean addressed,
    int localIndicatorCount,
    boolean hasAssessment,
    boolean hasPriorityDecision) {

  /** Whether the framework gives it a nationally determined outcome. */
  public boolean hasNationalOutcome() {
    return nationalOutcome != null;
  }

  public String path() {
    return place.path();
  }

  /** The pointer of a member of its section, or the section, or {@code /priorityActions}. */
  public String at(String member) {
    return hasSection ? place.at(member) : place.path();
  }
}
