package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PlanMutation;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.Assessor;

/**
 * The monotone facts of the deliverable rules: what fixing a deliverable can never break. Each
 * try assesses two plans, so 100 tries are 200 assessments.
 */
final class DeliverableRulesProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanMutation.assessablePlans();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return PlanArbitraries.dates();
  }

  @Provide
  Arbitrary<String> owners() {
    return PlanArbitraries.texts();
  }

  @Property(tries = 25)
  void del001_addingAnOwnerNeverAddsOne(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 500) int index,
      @ForAll("owners") String owner, @ForAll("dates") LocalDate asOf) {
    Plan owned = PlanMutation.withDeliverable(plan, index,
        d -> Deliverable.builder().from(d).addOwners(owner).build());

    assertThat(deliverablesReported("CJ-DEL-001", owned, asOf))
        .isSubsetOf(deliverablesReported("CJ-DEL-001", plan, asOf));
  }

  @Property(tries = 25)
  void del005_markingCompleteNeverAddsOne(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 500) int index,
      @ForAll("dates") LocalDate asOf) {
    Plan completed = PlanMutation.withDeliverable(plan, index,
        d -> Deliverable.builder().from(d).status(Status.COMPLETE).build());

    assertThat(deliverablesReported("CJ-DEL-005", completed, asOf))
        .isSubsetOf(deliverablesReported("CJ-DEL-005", plan, asOf));
  }

  @Property(tries = 25)
  void del005_aLaterAsOfNeverRemovesOne(
      @ForAll("plans") Plan plan, @ForAll("dates") LocalDate asOf,
      @ForAll @IntRange(min = 0, max = 2000) int laterBy) {
    List<String> before = deliverablesReported("CJ-DEL-005", plan, asOf);
    List<String> after = deliverablesReported("CJ-DEL-005", plan, asOf.plusDays(laterBy));

    assertThat(after).containsAll(before);
  }

  /** The deliverables a rule reports, by their place in the document. */
  static List<String> deliverablesReported(String ruleId, Plan plan, LocalDate asOf) {
    return ASSESSOR.assess(plan, asOf).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .map(f -> deliverablePath(f.path()))
        .toList();
  }

  /** "/priorityActions/0/deliverables/2/owners" is about "/priorityActions/0/deliverables/2". */
  static String deliverablePath(String path) {
    String[] parts = path.split("/", -1);
    return parts.length > 5 ? String.join("/", List.of(parts).subList(0, 5)) : path;
  }
}
