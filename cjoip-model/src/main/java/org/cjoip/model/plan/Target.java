package org.cjoip.model.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * What the partnership aims an indicator to reach: often only a direction ("increase"), or a
 * value for a year, or words ("To increase year by year").
 */
@Value.Immutable
public abstract class Target {

  public abstract Optional<Direction> direction();

  public abstract Optional<BigDecimal> value();

  public abstract Optional<FinancialYear> period();

  public abstract Optional<String> text();

  @Value.Check
  protected void check() {
    value().filter(v -> !Figure.isFigure(v)).ifPresent(v -> {
      throw new IllegalStateException("value must be " + Figure.bounds() + ", not " + v);
    });
  }

  /** Whether the target says anything the assessment can use: a value or a direction. */
  public boolean isStated() {
    return direction().isPresent() || value().isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}. */
  public static class Builder extends ImmutableTarget.Builder {}
}
