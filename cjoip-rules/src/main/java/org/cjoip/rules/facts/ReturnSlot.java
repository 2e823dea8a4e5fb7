package org.cjoip.rules.facts;

/**
 * Where a return answers a priority action of the edition, or a local outcome of the plan: its
 * entry, or the list it would stand in ({@code /priorityActions}, {@code /outcomes}) when it
 * has none. Findings about what the return leaves out are placed here.
 *
 * @param priorityAction the priority action, or 0 for an outcome
 * @param outcome the key segment of the plan's outcome ({@code outcome=3}), or null
 * @param place the entry, or the list
 * @param hasEntry whether the return has an entry
 */
public record ReturnSlot(int priorityAction, String outcome, Place place, boolean hasEntry)
    implements Subject {

  @Override
  public String key() {
    return priorityAction > 0 ? Keys.priorityAction(priorityAction) : outcome;
  }

  public String path() {
    return place.path();
  }

  /** The pointer of a member of the entry, or the list when there is no entry. */
  public String at(String member) {
    return hasEntry ? place.at(member) : place.path();
  }
}
