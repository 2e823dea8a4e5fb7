package org.cjoip.rules.facts;

/**
 * Derived: the outcome stated in a priority action's section is recognised as the framework's
 * outcome of a different priority action (CJ-COV-003).
 *
 * @param statement the outcome as stated
 * @param section the priority action whose section states it
 * @param belongsTo the priority action whose national outcome it is
 */
public record Misattributed(OutcomeStatement statement, int section, int belongsTo) {}
