package org.cjoip.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.immutables.value.Value;

/** A national measure's figure in an annual return: given, withheld, explained or missing. */
@Value.Immutable
public abstract class MeasureFigure {

  /** What the return says of a measure's figure. */
  public enum State {
    /** A value is given. */
    REPORTED,
    /** The figure is withheld as too small to publish. */
    SUPPRESSED,
    /** The return says the figure is unavailable (with a reason or not). */
    UNAVAILABLE,
    /** The return says nothing of it. */
    MISSING
  }

  /** The priority action whose national indicator the measure belongs to, 1 to 13. */
  public abstract int priorityAction();

  /** The measure's id in the edition, e.g. {@code CJPF-M1.2}. */
  public abstract String measureId();

  public abstract State state();

  /** The value given, where it is {@link State#REPORTED} and not also marked suppressed. */
  public abstract Optional<BigDecimal> value();

  public abstract Optional<Unit> unit();

  @Value.Check
  protected void check() {
    if (priorityAction() < 1 || priorityAction() > 13) {
      throw new IllegalStateException("priorityAction must be 1 to 13, not " + priorityAction());
    }
    if (value().isPresent() && state() != State.REPORTED) {
      throw new IllegalStateException("value is allowed only when state is REPORTED");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureFigure}. */
  public static class Builder extends ImmutableMeasureFigure.Builder {}
}
