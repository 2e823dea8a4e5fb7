package org.cjoip.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change that spoils a plan in a way a partnership's plan really goes wrong: an owner
 * dropped, a timescale blanked, a placeholder inserted, a deliverable duplicated, a local
 * indicator removed, a date moved. The target is an index into the plan's sections (and,
 * for a deliverable, into the section's deliverables), taken modulo their number, so any
 * mutation applies to any plan; one whose target does not exist leaves the plan as it was.
 *
 * @param kind what the mutation does
 * @param target which section, and which deliverable in it, it changes
 * @param days how far a date it moves is moved, in days
 */
public record PlanMutation(Kind kind, int target, int days) {

  /** What a mutation changes. */
  public enum Kind {
    DROP_OWNERS,
    PLACEHOLDER_OWNER,
    DROP_IMPACT_MEASURES,
    BLANK_TIMESCALE,
    PLACEHOLDER_TIMESCALE,
    OPEN_ENDED_TIMESCALE,
    UNREADABLE_TIMESCALE,
    OVERDUE,
    DUE_AFTER_PERIOD,
    DUPLICATE_DELIVERABLE,
    DUPLICATE_ID,
    DROP_PRIORITY,
    PLACEHOLDER_LOCAL_INDICATOR,
    REMOVE_LOCAL_INDICATORS,
    DROP_NATIONAL_OUTCOME,
    REMOVE_SECTION,
    DROP_PARTICIPATION,
    DROP_REPORTING
  }

  /** Any mutation; shrinks towards the first kind, the first target and the nearest date. */
  public static Arbitrary<PlanMutation> mutations() {
    return Combinators.combine(Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 699))
        .as(PlanMutation::new);
  }

  /** Good plans spoiled by one to four mutations. */
  public static Arbitrary<Plan> spoiledPlans() {
    return Combinators.combine(GoodPlans.plans(), mutations().list().ofMinSize(1).ofMaxSize(4))
        .as(PlanMutation::applyAll);
  }

  /**
   * Plans to assess: any plan the model accepts, a good plan, or a spoiled one. Good and
   * spoiled plans are the ones that exercise the rules; arbitrary content finds what nobody
   * thought of.
   */
  public static Arbitrary<Plan> assessablePlans() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, PlanArbitraries.plans()),
        net.jqwik.api.Tuple.of(1, GoodPlans.plans()),
        net.jqwik.api.Tuple.of(3, spoiledPlans()));
  }

  /** The plan with the mutations applied in turn. */
  public static Plan applyAll(Plan plan, List<PlanMutation> mutations) {
    Plan out = plan;
    for (PlanMutation m : mutations) {
      out = m.apply(out);
    }
    return out;
  }

  /**
   * The plan with one deliverable changed: the index counts every deliverable in the order of
   * {@link Plan#deliverables()} (sections, then outcomes), modulo their number. A plan without
   * deliverables is returned as it is.
   */
  public static Plan withDeliverable(Plan plan, int index, UnaryOperator<Deliverable> change) {
    long count = plan.deliverables().count();
    if (count == 0) {
      return plan;
    }
    int remaining = (int) (index % count);
    List<PriorityActionResponse> sections = new ArrayList<>();
    for (PriorityActionResponse s : plan.priorityActions()) {
      List<Deliverable> ds = new ArrayList<>(s.deliverables());
      if (remaining >= 0 && remaining < ds.size()) {
        ds.set(remaining, change.apply(ds.get(remaining)));
      }
      remaining -= s.deliverables().size();
      sections.add(copy(s).deliverables(ds).build());
    }
    List<StatedOutcome> outcomes = new ArrayList<>();
    for (StatedOutcome o : plan.outcomes()) {
      List<Deliverable> ds = new ArrayList<>(o.deliverables());
      if (remaining >= 0 && remaining < ds.size()) {
        ds.set(remaining, change.apply(ds.get(remaining)));
      }
      remaining -= o.deliverables().size();
      outcomes.add(StatedOutcome.builder().from(o).deliverables(ds).build());
    }
    return Plan.builder().from(plan).priorityActions(sections).outcomes(outcomes).build();
  }

  /** The number of the priority action whose section the mutation changes, if any. */
  public Optional<Integer> priorityAction(Plan plan) {
    if (plan.priorityActions().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(plan.priorityActions().get(section(plan)).number());
  }

  private int section(Plan plan) {
    return target % plan.priorityActions().size();
  }

  public Plan apply(Plan plan) {
    return switch (kind) {
      case DROP_OWNERS -> deliverable(plan, d -> copy(d).owners(List.of()).build());
      case PLACEHOLDER_OWNER -> deliverable(plan, d -> copy(d).owners(List.of("TBC")).build());
      case DROP_IMPACT_MEASURES ->
          deliverable(plan, d -> copy(d).impactMeasures(List.of()).build());
      case BLANK_TIMESCALE -> deliverable(plan, d -> copy(d).timescale(Optional.empty())
          .due(Optional.empty()).build());
      case PLACEHOLDER_TIMESCALE -> deliverable(plan, d -> copy(d).timescale("TBC")
          .due(Optional.empty()).build());
      case OPEN_ENDED_TIMESCALE -> deliverable(plan, d -> copy(d).timescale("Ongoing")
          .due(Optional.empty()).build());
      case UNREADABLE_TIMESCALE -> deliverable(plan, d -> copy(d).timescale("soon")
          .due(Optional.empty()).build());
      case OVERDUE -> deliverable(plan, d -> copy(d).status(Status.IN_PROGRESS)
          .completed(Optional.empty()).due(GoodPlans.AS_OF.minusDays(1 + days)).build());
      case DUE_AFTER_PERIOD ->
          deliverable(plan, d -> copy(d).due(GoodPlans.PERIOD.end().plusDays(1 + days)).build());
      case DROP_PRIORITY -> deliverable(plan, d -> copy(d).priority(Optional.empty()).build());
      case DUPLICATE_DELIVERABLE -> insertCopy(plan, d -> copy(d)
          .id(d.id().map(id -> id + "a")).build());
      case DUPLICATE_ID -> insertCopy(plan, d -> copy(d)
          .description("Another improvement, numbered as " + d.description()).build());
      case PLACEHOLDER_LOCAL_INDICATOR -> section(plan, s -> copy(s)
          .addLocalIndicators("TBC").build());
      case REMOVE_LOCAL_INDICATORS -> section(plan, s -> copy(s)
          .localIndicators(List.of()).build());
      case DROP_NATIONAL_OUTCOME -> section(plan, s -> copy(s)
          .nationalOutcome(Optional.empty()).build());
      case REMOVE_SECTION -> removeSection(plan);
      case DROP_PARTICIPATION ->
          Plan.builder().from(plan).participationStatement(Optional.empty()).build();
      case DROP_REPORTING -> Plan.builder().from(plan).reporting(Optional.empty()).build();
    };
  }

  private static Deliverable.Builder copy(Deliverable d) {
    return Deliverable.builder().from(d);
  }

  private static PriorityActionResponse.Builder copy(PriorityActionResponse s) {
    return PriorityActionResponse.builder().from(s);
  }

  private Plan section(Plan plan, UnaryOperator<PriorityActionResponse> change) {
    if (plan.priorityActions().isEmpty()) {
      return plan;
    }
    List<PriorityActionResponse> sections = new ArrayList<>(plan.priorityActions());
    int i = section(plan);
    sections.set(i, change.apply(sections.get(i)));
    return Plan.builder().from(plan).priorityActions(sections).build();
  }

  private Plan removeSection(Plan plan) {
    if (plan.priorityActions().isEmpty()) {
      return plan;
    }
    List<PriorityActionResponse> sections = new ArrayList<>(plan.priorityActions());
    sections.remove(section(plan));
    return Plan.builder().from(plan).priorityActions(sections).build();
  }

  private int deliverableIndex(PriorityActionResponse s, Plan plan) {
    return (target / plan.priorityActions().size()) % s.deliverables().size();
  }

  private Plan deliverable(Plan plan, UnaryOperator<Deliverable> change) {
    return section(plan, s -> {
      if (s.deliverables().isEmpty()) {
        return s;
      }
      List<Deliverable> ds = new ArrayList<>(s.deliverables());
      int i = deliverableIndex(s, plan);
      ds.set(i, change.apply(ds.get(i)));
      return copy(s).deliverables(ds).build();
    });
  }

  /** Inserts a changed copy of the target deliverable right after it. */
  private Plan insertCopy(Plan plan, UnaryOperator<Deliverable> change) {
    return section(plan, s -> {
      if (s.deliverables().isEmpty()) {
        return s;
      }
      List<Deliverable> ds = new ArrayList<>(s.deliverables());
      int i = deliverableIndex(s, plan);
      ds.add(i + 1, change.apply(ds.get(i)));
      return copy(s).deliverables(ds).build();
    });
  }
}
