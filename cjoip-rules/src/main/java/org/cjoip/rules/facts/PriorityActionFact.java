package org.cjoip.rules.facts;

/**
 * One of the National Strategy's priority actions as the framework edition defines it, with
 * where the plan answers it: its section, or {@code /priorityActions} when it has none. It is
 * the subject of the findings about the action as a whole.
 *
 * @param number 1 to 13
 * @param aim the strategy aim (1–4) it serves
 * @param text the priority action's wording
 * @param nationalOutcome the framework's nationally determined outcome, or null where it has
 *     none (4, 6, 11 and 12 in the 2023 framework)
 * @param place the plan's section for it, or {@code /priorityActions} when it has none
 * @param hasSection whether the plan has a section for it
 */
public record PriorityActionFact(int number, int aim, String text, String nationalOutcome,
    Place place, boolean hasSection) implements Subject {

  /** Whether the framework gives it a nationally determined outcome. */
  public boolean hasNationalOutcome() {
    return nationalOutcome != null;
  }

  @Override
  public int priorityAction() {
    return number;
  }

  @Override
  public String key() {
    return Keys.priorityAction(number);
  }

  public String path() {
    return place.path();
  }

  /** The pointer of a member of its section, or the section, or {@code /priorityActions}. */
  public String at(String member) {
    return hasSection ? place.at(member) : place.path();
  }
}
