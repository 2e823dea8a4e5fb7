package org.cjoip.rules.facts;

/**
 * A return's entry for one of its plan's outcomes: the action taken on it and its figures.
 *
 * @param place the entry's node
 * @param reference the outcome as the return names it (the plan's id, or its text)
 * @param outcome the plan's outcome it names, or null when the plan has none of that name
 * @param actionTaken the action taken as written, or null
 * @param actionTakenPlaceholder whether it stands for nothing yet
 */
public record OutcomeReportFact(Place place, String reference, OutcomeStatement outcome,
    String actionTaken, boolean actionTakenPlaceholder) implements Subject {

  @Override
  public String key() {
    return outcome != null ? outcome.key() : Keys.text("outcome", reference);
  }

  public String at(String member) {
    return place.at(member);
  }

  /** Whether the entry states the action taken. */
  public boolean hasActionTaken() {
    return actionTaken != null && !actionTakenPlaceholder;
  }
}
