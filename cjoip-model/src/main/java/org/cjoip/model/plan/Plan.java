package org.cjoip.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/**
 * A Community Justice Outcome Improvement Plan (CJOIP) as published: the s19 plan of a
 * partnership's statutory community justice partners, written against an edition of the
 * national framework.
 */
@Value.Immutable
public abstract class Plan {

  /** The plan document format version this model corresponds to. */
  public static final int FORMAT_VERSION = 1;

  public abstract String title();

  /** The id of the framework edition the plan is written against ("cjpf-2023"). */
  public abstract String framework();

  /** The period the plan covers; absent when the plan states none. */
  public abstract Optional<Period> period();

  public abstract Optional<LocalDate> approved();

  public abstract Partnership partnership();

  public abstract Optional<ParticipationStatement> participationStatement();

  public abstract Optional<Reporting> reporting();

  /** A plan-wide s19 statement on how close the outcomes are and which are priorities. */
  public abstract Optional<String> outcomesAssessment();

  /** The plan's priority-action sections, in the plan's order. */
  public abstract List<PriorityActionResponse> priorityActions();

  /** Outcomes the plan states outside a priority-action section. */
  public abstract List<StatedOutcome> outcomes();

  /** Indicators with figures. */
  public abstract List<Indicator> indicators();

  /** The plan's section for a priority action, if it has one. */
  public Optional<PriorityActionResponse> priorityAction(int number) {
    return priorityActions().stream().filter(p -> p.number() == number).findFirst();
  }

  /** Every deliverable: those under priority actions, then those under outcomes. */
  public Stream<Deliverable> deliverables() {
    return Stream.concat(
        priorityActions().stream().flatMap(p -> p.deliverables().stream()),
        outcomes().stream().flatMap(o -> o.deliverables().stream()));
  }

  @Value.Check
  protected void check() {
    long distinct = priorityActions().stream().mapToInt(PriorityActionResponse::number).distinct()
        .count();
    if (distinct != priorityActions().size()) {
      throw new IllegalStateException("priorityActions must not give a priority action twice");
    }
    approved().ifPresent(d -> Dates.requireInRange(d, "approved"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}. */
  public static class Builder extends ImmutablePlan.Builder {}
}
