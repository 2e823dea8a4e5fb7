package org.cjoip.model.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * One figure of an indicator: a value for a reporting year. {@link #text()} keeps the figure as
 * the plan wrote it ("below the national average"); a figure with text but no value is not a
 * number the assessment can use.
 */
@Value.Immutable
public abstract class Figure {

  public abstract Optional<FinancialYear> period();

  public abstract Optional<BigDecimal> value();

  public abstract Optional<String> text();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}. */
  public static class Builder extends ImmutableFigure.Builder {}
}
