package org.cjoip.rules.facts;

/**
 * Derived: an indicator whose latest figure lies further from its target than its baseline did
 * (CJ-IND-005).
 *
 * @param indicator the indicator
 * @param latest the latest figure
 */
public record MovingAway(IndicatorFact indicator, FigureFact latest) {}
