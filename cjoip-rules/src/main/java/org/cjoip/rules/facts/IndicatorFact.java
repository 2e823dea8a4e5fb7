package org.cjoip.rules.facts;

import java.math.BigDecimal;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.time.FinancialYear;

/**
 * An indicator with figures (baseline, target, results), with the national measure its name is
 * recognised as. Its figures are {@link FigureFact}s.
 *
 * @param place the indicator's node
 * @param indicator the indicator as the plan gives it
 * @param measureId the national measure it is recognised as, or null
 * @param desiredDirection that measure's desired direction, or null
 * @param measureText that measure's wording, or null
 */
public record IndicatorFact(Place place, Indicator indicator, String measureId,
    Direction desiredDirection, String measureText) implements Subject {

  public String path() {
    return place.path();
  }

  public String at(String member) {
    return place.at(member);
  }

  public String name() {
    return indicator.name();
  }

  @Override
  public int priorityAction() {
    return indicator.priorityAction().orElse(0);
  }

  @Override
  public String key() {
    return Keys.text("indicator", indicator.name());
  }

  /** The baseline's value, or null (a baseline with text alone has none). */
  public BigDecimal baselineValue() {
    return indicator.baseline().flatMap(f -> f.value()).orElse(null);
  }

  /** The target's direction, or null. */
  public Direction targetDirection() {
    return indicator.target().flatMap(t -> t.direction()).orElse(null);
  }

  /** The target's value, or null. */
  public BigDecimal targetValue() {
    return indicator.target().flatMap(t -> t.value()).orElse(null);
  }

  /**
   * Whether the plan gives the indicator a figure, its baseline or a result, in numbers or in
   * words, for the year. Asked of the indicator rather than matched among its figures, so
   * that an indicator's many figures cost the rule engine nothing there.
   */
  public boolean hasFigureFor(FinancialYear year) {
    return indicator.baseline().flatMap(f -> f.period()).filter(year::equals).isPresent()
        || indicator.results().stream().anyMatch(f -> f.period().filter(year::equals)
            .isPresent());
  }
}
