package org.cjoip.rules.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.cjoip.rules.MeasureFigure;
import org.immutables.value.Value;

/**
 * One partnership's figure for one national measure in the reporting year: a row of
 * {@code figures.csv}. It is what the partnership's return, checked against its plan, says of
 * the measure ({@link MeasureFigure}), with the measure's wording from the edition.
 */
@Value.Immutable
public abstract class RollupFigure {

  /** The priority action whose national indicator the measure belongs to, 1 to 13. */
  public abstract int priorityAction();

  /** The measure's id in the plan's edition, e.g. {@code CJPF-M1.2}. */
  public abstract String measure();

  /** The measure's wording in the plan's edition. */
  public abstract String measureText();

  public abstract MeasureFigure.State state();

  /** The value reported; absent unless the state is {@link MeasureFigure.State#REPORTED}. */
  public abstract Optional<BigDecimal> value();

  public abstract Optional<Unit> unit();

  /** Whether the return gives a figure: a value, a suppression or a reason it is unavailable. */
  public boolean hasFigure() {
    return state() != MeasureFigure.State.MISSING;
  }

  @Value.Check
  protected void check() {
    if (value().isPresent() && state() != MeasureFigure.State.REPORTED) {
      throw new IllegalStateException("value is allowed only when state is REPORTED");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupFigure}. */
  public static class Builder extends ImmutableRollupFigure.Builder {}
}
