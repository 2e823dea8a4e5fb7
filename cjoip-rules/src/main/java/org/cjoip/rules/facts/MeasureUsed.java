package org.cjoip.rules.facts;

/**
 * Derived: one of the plan's national indicators for a priority action matches a national
 * measure.
 *
 * @param priorityAction the priority action the plan gives the indicator for
 * @param measureId the national measure it matches
 */
public record MeasureUsed(int priorityAction, String measureId) {}
