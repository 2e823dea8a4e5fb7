package org.cjoip.model.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The s21 participation statement: what the partners did to get third sector and community
 * bodies to take part in preparing the plan. It is published with the plan.
 */
@Value.Immutable
public abstract class ParticipationStatement {

  public abstract Optional<String> summary();

  /** What the partners did, one entry per activity, in the plan's words. */
  public abstract List<String> activities();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParticipationStatement}. */
  public static class Builder extends ImmutableParticipationStatement.Builder {}
}
