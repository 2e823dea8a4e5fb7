package org.cjoip.rules.facts;

/**
 * Derived: the return checked gives a figure (a value, suppressed, or unavailable for a reason)
 * for a national measure of a priority action.
 *
 * @param priorityAction the priority action
 * @param measureId the national measure
 */
public record FigureGiven(int priorityAction, String measureId) {}
