package org.cjoip.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the plan covers one priority action: the row of a partnership board's coverage
 * matrix.
 */
@Value.Immutable
public abstract class PriorityActionCoverage {

  /** The priority action, 1 to 13. */
  public abstract int number();

  /** The strategy aim it serves, 1 to 4. */
  public abstract int aim();

  /** Whether the plan addresses it at all. */
  public abstract boolean addressed();

  /**
   * Whether the plan states the action's national outcome and states no other action's outcome
   * in its section; absent when the framework gives the action no national outcome.
   */
  public abstract Optional<Boolean> outcomeStatedAndCorrect();

  /**
   * Whether the plan uses every measure of the action's national indicator; absent when the
   * framework gives the action no national indicator.
   */
  public abstract Optional<Boolean> nationalIndicatorUsed();

  /** How many local indicator entries the section gives, placeholders included. */
  public abstract int localIndicators();

  /** How many of those are placeholders. */
  public abstract int placeholderLocalIndicators();

  public abstract int deliverables();

  /** How many of its deliverables are overdue as of the assessment date. */
  public abstract int overdue();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriorityActionCoverage}. */
  public static class Builder extends ImmutablePriorityActionCoverage.Builder {}
}
