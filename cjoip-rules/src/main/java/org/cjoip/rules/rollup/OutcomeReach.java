package org.cjoip.rules.rollup;

import java.util.List;
import org.immutables.value.Value;

/** A national outcome and the partnerships whose returns report action on it in the year. */
@Value.Immutable
public abstract class OutcomeReach {

  /** The national outcome's id in the edition. */
  public abstract String outcome();

  public abstract String text();

  /** The priority action the outcome belongs to. */
  public abstract int priorityAction();

  /** The partnerships reporting action on it, by name, in name order. */
  public abstract List<String> partnerships();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeReach}. */
  public static class Builder extends ImmutableOutcomeReach.Builder {}
}
