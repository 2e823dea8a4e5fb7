package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PlanMutation;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;

/** The monotone fact of the local indicator rules: a local indicator never costs one. */
final class LocalIndicatorRulesProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanMutation.assessablePlans();
  }

  @Provide
  Arbitrary<String> indicators() {
    return PlanArbitraries.texts();
  }

  @Property(tries = 50)
  void lind001_addingALocalIndicatorNeverAddsOne(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 100) int section,
      @ForAll @IntRange(min = 1, max = 13) int newAction, @ForAll("indicators") String text) {
    // Local indicators do not depend on the date: any as-of date will do.
    LocalDate asOf = LocalDate.of(2025, 4, 1);
    Plan more = withLocalIndicator(plan, section, newAction, text);

    assertThat(actionsReported(more, asOf)).isSubsetOf(actionsReported(plan, asOf));
  }

  /**
   * The plan with a local indicator added to one of its sections, or, when it has none, to a
   * new section of its own.
   */
  static Plan withLocalIndicator(Plan plan, int section, int newAction, String text) {
    List<PriorityActionResponse> sections = new ArrayList<>(plan.priorityActions());
    if (sections.isEmpty()) {
      sections.add(PriorityActionResponse.builder().number(newAction).addLocalIndicators(text)
          .build());
    } else {
      int i = section % sections.size();
      sections.set(i, PriorityActionResponse.builder().from(sections.get(i))
          .addLocalIndicators(text).build());
    }
    return Plan.builder().from(plan).priorityActions(sections).build();
  }

  private static List<Integer> actionsReported(Plan plan, LocalDate asOf) {
    return ASSESSOR.assess(plan, asOf).findings().stream()
        .filter(f -> f.ruleId().equals("CJ-LIND-001"))
        .map(Finding::priorityAction)
        .map(pa -> pa.orElseThrow())
        .toList();
  }
}
