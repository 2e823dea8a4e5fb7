package org.cjoip.rules.facts;

/**
 * Derived: the plan decides whether a priority action's outcome is a priority, in its section
 * or plan-wide (s19(b)).
 *
 * @param number the priority action
 */
public record PriorityDecided(int number) {}
