package org.cjoip.rules.facts;

import java.math.BigDecimal;

/**
 * Derived: an indicator's latest result with a value, for a year after its baseline's.
 *
 * @param indicator the indicator
 * @param figure the result
 */
public record LatestFigure(IndicatorFact indicator, FigureFact figure) {

  /** The latest figure's value. */
  public BigDecimal value() {
    return figure.value();
  }

  /** Whether the latest figure lies further from a goal than another figure. */
  public boolean isFartherFrom(BigDecimal goal, BigDecimal than) {
    return value().subtract(goal).abs().compareTo(than.subtract(goal).abs()) > 0;
  }
}
