package org.cjoip.rules.facts;

import java.util.Set;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.time.FinancialYear;

/**
 * An indicator with figures, with the national measure it is recognised as.
 *
 * @param place the indicator's node
 * @param indicator the indicator as the plan gives it
 * @param hasBaselineValue whether its baseline has a value (text alone counts as none)
 * @param hasTarget whether its target gives a value or a direction
 * @param desiredDirection the recognised national measure's desired direction, or null
 * @param measureText the recognised national measure's wording, or null
 * @param years the reporting years it has a figure (baseline or result) for
 * @param movingAway whether the latest figure has moved away from the target since the
 *     baseline
 */
public record IndicatorFact(
    Place place,
    Indicator indicator,
    boolean hasBaselineValue,
    boolean hasTarget,
    Direction desiredDirection,
    String measureText,
    Set<FinancialYear> years,
    boolean movingAway) {

  public String path() {
    return place.path();
  }

  public String at(String member) {
    return place.at(member);
  }

  public String name() {
    return indicator.name();
  }

  public int priorityAction() {
    return indicator.priorityAction().orElse(0);
  }

  /** The target's direction, or null. */
  public Direction targetDirection() {
    return indicator.target().flatMap(t -> t.direction()).orElse(null);
  }

  public boolean hasFigureFor(FinancialYear year) {
    return years.contains(year);
  }
}
