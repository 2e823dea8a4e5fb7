package org.cjoip.rules.facts;

/**
 * Derived: a national measure that one of a priority action's deliverables gives as its impact
 * measure. The plan measures it, though it does not present it as the action's national
 * indicator (CJ-COV-005).
 *
 * @param priorityAction the priority action the deliverable serves
 * @param measureId the national measure
 * @param deliverable the deliverable
 */
public record MeasuredBy(int priorityAction, String measureId, DeliverableFact deliverable) {}
