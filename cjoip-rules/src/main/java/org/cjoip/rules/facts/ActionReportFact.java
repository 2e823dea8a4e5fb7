package org.cjoip.rules.facts;

/**
 * A return's entry for a priority action: the action taken (s23(a)) and the partners'
 * self-evaluation on the edition's six-point scale.
 *
 * @param number the priority action
 * @param place the entry's node
 * @param actionTaken the action taken as written, or null
 * @param actionTakenPlaceholder whether it stands for nothing yet ("TBC")
 * @param score the self-evaluation score, 1 to 6, or 0 when none is given
 * @param evidence how many pieces of evidence the score cites, placeholders ("TBC", blank)
 *     not counted
 */
public record ActionReportFact(int number, Place place, String actionTaken,
    boolean actionTakenPlaceholder, int score, int evidence) implements Subject {

  @Override
  public int priorityAction() {
    return number;
  }

  @Override
  public String key() {
    return Keys.priorityAction(number);
  }

  public String at(String member) {
    return place.at(member);
  }

  /** Whether the entry states the action taken. */
  public boolean hasActionTaken() {
    return actionTaken != null && !actionTakenPlaceholder;
  }
}
