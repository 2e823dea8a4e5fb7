package org.cjoip.model.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The plan's section for one of the National Strategy's 13 priority actions: the s19
 * assessment and decision, the outcome and indicators the plan quotes, its local indicators
 * and its deliverables. Every text is as the plan wrote it; the plan may quote another action's
 * outcome or a placeholder, and the assessment says so.
 */
@Value.Immutable
public abstract class PriorityActionResponse {

  /** Lowest and highest priority action number in the National Strategy (2022). */
  public static final int FIRST = 1;

  public static final int LAST = 13;

  /** The priority action's number in the National Strategy, 1 to 13. */
  public abstract int number();

  /** The partners' assessment of whether the outcome is achieved, or how close it is (s19). */
  public abstract Optional<String> assessment();

  /** Whether the partners decided the outcome should be a priority (s19). */
  public abstract Optional<Boolean> prioritised();

  /** The national outcome as the plan states it in this section, possibly a placeholder. */
  public abstract Optional<String> nationalOutcome();

  /** One entry per national indicator as the plan heads it, measures included. */
  public abstract List<String> nationalIndicators();

  public abstract List<String> localIndicators();

  public abstract List<Deliverable> deliverables();

  @Value.Check
  protected void check() {
    if (number() < FIRST || number() > LAST) {
      throw new IllegalStateException(
          "number must be a priority action from " + FIRST + " to " + LAST + ": " + number());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriorityActionResponse}. */
  public static class Builder extends ImmutablePriorityActionResponse.Builder {}
}
