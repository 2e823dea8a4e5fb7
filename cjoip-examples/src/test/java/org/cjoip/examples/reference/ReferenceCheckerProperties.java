package org.cjoip.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.examples.corpus.SyntheticPlans;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PlanMutation;
import org.cjoip.rules.Assessor;

/**
 * On the core rules, the Drools assessment and the plain-Java reference checker give the same
 * findings: rule, severity and place, in the same order, for generated plans and for the
 * synthetic corpus.
 */
final class ReferenceCheckerProperties {

  private static final Assessor ASSESSOR = Assessor.standard();
  private static final ReferenceChecker REFERENCE = ReferenceChecker.standard();

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Plan> corpus =
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 50))
            .as((seed, index) -> SyntheticPlans.of(seed).plan(index));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, PlanMutation.assessablePlans()),
        net.jqwik.api.Tuple.of(1, corpus));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return PlanArbitraries.dates();
  }

  @Property(tries = 50)
  void check_sameFindingsAsTheDroolsRules(
      @ForAll("plans") Plan plan, @ForAll("dates") LocalDate asOf) {
    PlanDocument document = PlanDocument.of(plan, "<plan>");

    List<ReferenceChecker.Check> drools = ASSESSOR.assess(document, asOf).findings().stream()
        .filter(f -> ReferenceChecker.RULES.contains(f.ruleId()))
        .map(f -> new ReferenceChecker.Check(f.ruleId(), f.severity(), f.path()))
        .sorted(ReferenceChecker.ORDER)
        .toList();

    assertThat(REFERENCE.check(document, asOf)).containsExactlyElementsOf(drools);
  }
}
