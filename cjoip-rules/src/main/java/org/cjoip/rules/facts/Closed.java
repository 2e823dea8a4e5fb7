package org.cjoip.rules.facts;

/**
 * Derived: a deliverable finished with, complete or dropped, as the plan or an earlier annual
 * return reports it.
 *
 * @param deliverable the deliverable
 * @param dropped whether it was dropped rather than completed
 */
public record Closed(DeliverableFact deliverable, boolean dropped) {}
