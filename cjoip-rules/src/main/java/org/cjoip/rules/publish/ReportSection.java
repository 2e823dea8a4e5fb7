package org.cjoip.rules.publish;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published report on one priority action or one local outcome: what the partners did in
 * the year (s23(a)), the year's figures against the indicators (s23(b)) and the progress of the
 * plan's deliverables under it.
 */
@Value.Immutable
public abstract class ReportSection {

  /** The priority action, 1 to 13; empty for a local outcome. */
  public abstract Optional<Integer> priorityAction();

  /** The section's heading: {@code "Priority action 1: …"} or {@code "Local outcome L1: …"}. */
  public abstract String heading();

  /** The outcome worked towards: the edition's national outcome, or the plan's local one. */
  public abstract Optional<String> outcome();

  /** The action taken in the year, in the return's words; empty when it gives none. */
  public abstract Optional<String> actionTaken();

  /** The partners' self-evaluation as printed ({@code "4 (Good)"}), with its evidence. */
  public abstract Optional<String> selfEvaluation();

  public abstract List<ReportedFigure> figures();

  public abstract List<ReportedDeliverable> deliverables();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportSection}. */
  public static class Builder extends ImmutableReportSection.Builder {}
}
