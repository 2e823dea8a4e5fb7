package org.cjoip.rules.facts;

/**
 * Derived: the plan states a priority action's national outcome somewhere, in its section or
 * in the list of outcomes.
 *
 * @param number the priority action whose national outcome is stated
 */
public record OutcomeStated(int number) {}
