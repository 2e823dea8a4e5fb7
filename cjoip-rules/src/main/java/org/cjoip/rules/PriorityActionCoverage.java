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
   * Whether the plan records the partners' decision that the action is not a priority
   * ({@code prioritised: false}).
   */
  @Value.Default
  public boolean setAside() {
    return false;
  }

  /** The partners' assessment of the action, as the plan gives it, where it is set aside. */
  public abstract Optional<String> setAsideReason();

  /**
   * Whether the plan states the action's national outcome correctly: no finding that is not
   * waived says it is missing or belongs to another action. Absent when the framework gives
   * the action no national outcome, or the plan does not address it.
   */
  public abstract Optional<Boolean> outcomeStatedAndCorrect();

  /**
   * Whether the plan uses every measure of the action's national indicator: no finding that is
   * not waived says a measure is unused. Absent when the framework gives the action no
   * national indicator, or the plan does not address it.
   */
  public abstract Optional<Boolean> nationalIndicatorUsed();

  /** How many local indicator entries the section gives, placeholders included. */
  public abstract int localIndicators();

  /** How many of those are placeholders. */
  public abstract int placeholderLocalIndicators();

  public abstract int deliverables();

  /**
   * How many of its deliverables are overdue as of the assessment date, as the findings that
   * are not waived report them.
   */
  public abstract int overdue();

  /** How many findings about the action, not waived, are errors. */
  @Value.Default
  public int errors() {
    return 0;
  }

  /** How many findings about the action, not waived, are warnings. */
  @Value.Default
  public int warnings() {
    return 0;
  }

  /** How many findings about the action, not waived, are for information. */
  @Value.Default
  public int info() {
    return 0;
  }

  /** How many findings about the action a waiver covers. */
  @Value.Default
  public int waived() {
    return 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriorityActionCoverage}. */
  public static class Builder extends ImmutablePriorityActionCoverage.Builder {}
}
