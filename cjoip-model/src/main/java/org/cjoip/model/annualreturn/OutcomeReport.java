package org.cjoip.model.annualreturn;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The year's report on an outcome the plan states outside a priority action's section, most
 * often a locally determined outcome: the action taken on it, progress on the plan's
 * deliverables under it, and the year's figures against its indicators.
 */
@Value.Immutable
public abstract class OutcomeReport {

  /** The plan outcome's id, or its text when the plan gives it no id. */
  public abstract String outcome();

  /** The action taken on the outcome in the year. */
  public abstract Optional<String> actionTaken();

  /** Progress on the deliverables the plan gives under the outcome. */
  public abstract List<Progress> deliverables();

  /** The year's figures against the outcome's indicators. */
  public abstract List<Result> results();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeReport}. */
  public static class Builder extends ImmutableOutcomeReport.Builder {}
}
