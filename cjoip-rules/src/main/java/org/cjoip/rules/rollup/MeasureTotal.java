package org.cjoip.rules.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.immutables.value.Value;

/**
 * A national measure across partnerships for the reporting year: how many partnerships report
 * it, withhold it, cannot give it or say nothing, and the national total where one may be
 * published. A total is the sum of reported figures only, labelled with how many partnerships
 * it covers; none is published for a measure that is not a count, nor where exactly one
 * partnership's figure is suppressed (the total would let it be worked out).
 */
@Value.Immutable
public abstract class MeasureTotal {

  /** The measure's id, e.g. {@code CJPF-M1.2}. */
  public abstract String measure();

  public abstract String measureText();

  public abstract int priorityAction();

  /** How many partnerships report a value. */
  public abstract int reported();

  public abstract int suppressed();

  public abstract int unavailable();

  public abstract int missing();

  /** The sum of the reported values, where it may be published. */
  public abstract Optional<BigDecimal> total();

  /** The unit of the total: a count. */
  public abstract Optional<Unit> unit();

  /** Why no total is published, where none is. */
  public abstract Optional<String> withheld();

  @Value.Check
  protected void check() {
    if (total().isPresent() == withheld().isPresent()) {
      throw new IllegalStateException("withheld must be given exactly when total is not");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureTotal}. */
  public static class Builder extends ImmutableMeasureTotal.Builder {}
}
