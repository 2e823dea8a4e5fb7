package org.cjoip.rules.facts;

/**
 * Derived: the plan assesses how close a priority action's outcome is, in its section or
 * plan-wide (s19(a)).
 *
 * @param number the priority action
 */
public record Assessed(int number) {}
