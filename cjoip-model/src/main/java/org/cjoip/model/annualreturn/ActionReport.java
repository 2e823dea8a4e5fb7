package org.cjoip.model.annualreturn;

import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.PriorityActionResponse;
import org.immutables.value.Value;

/**
 * The year's report on one of the National Strategy's priority actions: the action taken on
 * its outcome (s23(a)), the partners' self-evaluation, progress on the plan's deliverables under
 * it, and the year's figures against its national and local indicators (s23(b)).
 */
@Value.Immutable
public abstract class ActionReport {

  /** The priority action's number in the National Strategy, 1 to 13. */
  public abstract int number();

  /** The action taken on the priority action's outcome in the year (s23(a)). */
  public abstract Optional<String> actionTaken();

  public abstract Optional<SelfEvaluation> selfEvaluation();

  /** Progress on the plan's deliverables under this priority action. */
  public abstract List<Progress> deliverables();

  /** The year's figures against the action's indicators. */
  public abstract List<Result> results();

  /** The progress entry with this id, the first if the return gives it twice. */
  public Optional<Progress> progress(String id) {
    return deliverables().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    if (number() < PriorityActionResponse.FIRST || number() > PriorityActionResponse.LAST) {
      throw new IllegalStateException("number must be a priority action from "
          + PriorityActionResponse.FIRST + " to " + PriorityActionResponse.LAST + ": "
          + number());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionReport}. */
  public static class Builder extends ImmutableActionReport.Builder {}
}
