package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.plan.GoodPlans;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanMutation;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;

/**
 * A good plan has nothing to report, and spoiling it in one way reports exactly the rules that
 * catch that way, and nothing else.
 */
final class GoodPlanProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @Provide
  Arbitrary<Plan> goodPlans() {
    return GoodPlans.plans();
  }

  @Provide
  Arbitrary<PlanMutation> mutations() {
    return PlanMutation.mutations();
  }

  @Property(tries = 15)
  void assess_goodPlanHasNoFindings(@ForAll("goodPlans") Plan plan) {
    assertThat(ASSESSOR.assess(plan, GoodPlans.AS_OF).findings()).isEmpty();
  }

  @Property(tries = 50)
  void assess_oneMutationReportsExactlyItsRules(
      @ForAll("goodPlans") Plan plan, @ForAll("mutations") PlanMutation mutation) {
    Plan spoiled = mutation.apply(plan);
    int action = mutation.priorityAction(plan).orElseThrow();

    Set<String> rules = new TreeSet<>();
    for (Finding f : ASSESSOR.assess(spoiled, GoodPlans.AS_OF).findings()) {
      rules.add(f.ruleId());
    }

    assertThat(rules).containsExactlyElementsOf(expected(mutation.kind(), action));
  }

  /** The rules that catch each way of spoiling a good plan, for the priority action spoiled. */
  static Set<String> expected(PlanMutation.Kind kind, int action) {
    boolean nationalOutcome = GoodPlans.CJPF.outcomeFor(action).isPresent();
    boolean evidence = !GoodPlans.CJPF.evidenceFor(action).isEmpty();
    Set<String> rules = new TreeSet<>();
    switch (kind) {
      case DROP_OWNERS, PLACEHOLDER_OWNER -> rules.add("CJ-DEL-001");
      case DROP_IMPACT_MEASURES -> rules.add("CJ-DEL-002");
      case BLANK_TIMESCALE, PLACEHOLDER_TIMESCALE -> rules.add("CJ-DEL-003");
      case OPEN_ENDED_TIMESCALE -> rules.add("CJ-DEL-004");
      case OVERDUE -> rules.add("CJ-DEL-005");
      case DUE_AFTER_PERIOD -> rules.add("CJ-DEL-006");
      case DUPLICATE_DELIVERABLE -> rules.add("CJ-DEL-007");
      case DUPLICATE_ID -> rules.add("CJ-DEL-008");
      case DROP_PRIORITY -> rules.add("CJ-DEL-009");
      case UNREADABLE_TIMESCALE -> rules.add("CJ-DEL-010");
      case PLACEHOLDER_LOCAL_INDICATOR -> rules.add("CJ-LIND-002");
      case REMOVE_LOCAL_INDICATORS -> {
        rules.add("CJ-LIND-001");
        if (evidence) {
          rules.add("CJ-LIND-005");
        }
      }
      case DROP_NATIONAL_OUTCOME -> {
        if (nationalOutcome) {
          rules.add("CJ-COV-002");
        }
      }
      case REMOVE_SECTION -> removedSection(action, rules);
      case DROP_PARTICIPATION -> rules.add("CJ-PLAN-002");
      case DROP_REPORTING -> rules.add("CJ-PLAN-005");
    }
    return rules;
  }

  private static void removedSection(int action, Set<String> rules) {
    if (action != 10) {
      rules.add("CJ-COV-001");
      return;
    }
    // The good plan's indicator figures still address priority action 10 and match its one
    // national measure, so what is missing is the rest of what its section carried: the
    // outcome, the assessment and decision, the local indicators.
    rules.add("CJ-COV-002");
    rules.add("CJ-COV-007");
    rules.add("CJ-LIND-001");
    rules.add("CJ-LIND-005");
  }
}
