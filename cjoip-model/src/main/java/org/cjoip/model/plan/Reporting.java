package org.cjoip.model.plan;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the partnership reports on the plan: the s23 annual report (1 April to 31 March, sent to
 * Community Justice Scotland) and the partnership's own review cycle.
 */
@Value.Immutable
public abstract class Reporting {

  public abstract Optional<String> annualReport();

  public abstract Optional<String> reviewCycle();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reporting}. */
  public static class Builder extends ImmutableReporting.Builder {}
}
