package org.cjoip.model.annualreturn;

import java.util.Optional;
import org.cjoip.model.plan.Period;
import org.immutables.value.Value;

/**
 * The plan a return reports on, as the return names it: its title and the period it covers.
 * Whether it is the plan the return is checked beside is for the checks to say.
 */
@Value.Immutable
public abstract class PlanReference {

  public abstract String title();

  public abstract Optional<Period> period();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanReference}. */
  public static class Builder extends ImmutablePlanReference.Builder {}
}
