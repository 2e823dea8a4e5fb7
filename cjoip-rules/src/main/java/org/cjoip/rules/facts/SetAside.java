package org.cjoip.rules.facts;

/**
 * Derived: the plan's decision that a priority action is not a priority ({@code prioritised:
 * false}), as s19 asks it to decide. The action counts as answered: it is not "not addressed"
 * (CJ-COV-001), and the decision is reported for information (CJ-COV-008).
 *
 * @param number the priority action
 * @param section the plan's entry that records the decision
 */
public record SetAside(int number, Section section) {}
