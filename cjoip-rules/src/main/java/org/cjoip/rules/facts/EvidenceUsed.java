package org.cjoip.rules.facts;

/**
 * Derived: a local indicator of a priority action's section matches an Improvement Tool
 * evidence item.
 *
 * @param priorityAction the section's priority action
 * @param evidenceId the evidence item
 */
public record EvidenceUsed(int priorityAction, String evidenceId) {}
