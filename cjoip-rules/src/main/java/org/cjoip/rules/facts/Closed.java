package org.cjoip.rules.facts;

/**
 * Derived: a deliverable the plan counts as finished with, complete or dropped.
 *
 * @param deliverable the deliverable
 */
public record Closed(DeliverableFact deliverable) {}
