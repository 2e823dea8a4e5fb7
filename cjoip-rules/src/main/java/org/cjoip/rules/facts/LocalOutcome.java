package org.cjoip.rules.facts;

/**
 * Derived: a locally determined outcome, one in the plan's list of outcomes that the framework
 * does not recognise and that the plan does not label national. It needs its own indicators
 * and actions (s19).
 *
 * @param outcome the outcome as stated
 */
public record LocalOutcome(OutcomeStatement outcome) {}
