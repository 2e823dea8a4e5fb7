package org.cjoip.rules.facts;

/**
 * Derived: the plan addresses a priority action (the catalogue's term). The rules that derive
 * it say how: a section with any content, an outcome in the list recognised as the action's
 * national outcome or naming the action, or an indicator with figures for it.
 *
 * @param number the priority action
 */
public record Addressed(int number) {}
