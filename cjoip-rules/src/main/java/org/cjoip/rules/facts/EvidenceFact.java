package org.cjoip.rules.facts;

import org.cjoip.model.framework.EvidenceItem;

/**
 * An Improvement Tool local-evidence item of a priority action, and whether the plan's local
 * indicators for that action match it.
 *
 * @param priorityAction the priority action
 * @param item the evidence item as the edition records it
 * @param used whether a local indicator of the action's section matches it
 */
public record EvidenceFact(int priorityAction, EvidenceItem item, boolean used)
    implements Worded {

  @Override
  public String text() {
    return item.text();
  }
}
