package org.cjoip.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cjoip.examples.Examples;
import org.cjoip.examples.corpus.SyntheticPlans;
import org.cjoip.examples.reference.ReferenceChecker.Check;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ReferenceCheckerTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final ReferenceChecker REFERENCE = ReferenceChecker.standard();
  private static final SyntheticPlans CORPUS = SyntheticPlans.of(20250401);

  /** The Drools findings of the reference's rules, as the reference gives them. */
  static List<Check> drools(PlanDocument document, LocalDate asOf) {
    return ASSESSOR.assess(document, asOf).findings().stream()
        .filter(f -> ReferenceChecker.RULES.contains(f.ruleId()))
        .map(f -> new Check(f.ruleId(), f.severity(), f.path()))
        .sorted(ReferenceChecker.ORDER)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_sameFindingsAsDrools(String name) throws Exception {
    PlanDocument document = Examples.read(name);

    assertThat(REFERENCE.check(document, AS_OF)).isEqualTo(drools(document, AS_OF));
  }

  static List<String> examples() {
    return Examples.NAMES;
  }

  /** The first 40 corpus plans; under {@code -Pthorough}, 300. */
  static IntStream corpus() {
    return IntStream.range(0, TestSettings.pick(40, 300));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void syntheticPlan_sameFindingsAsDrools(int index) {
    PlanDocument document = CORPUS.document(index);

    assertThat(REFERENCE.check(document, SyntheticPlans.AS_OF))
        .isEqualTo(drools(document, SyntheticPlans.AS_OF));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void syntheticPlanReadFromText_sameFindingsAsDrools(String unused) throws Exception {
    int index = Examples.NAMES.indexOf(unused);
    PlanDocument document = PlanReader.standard()
        .read(PlanWriter.toYaml(CORPUS.plan(index)), "plan.yaml");

    assertThat(REFERENCE.check(document, SyntheticPlans.AS_OF))
        .isEqualTo(drools(document, SyntheticPlans.AS_OF));
  }

  @Test
  void outcomeOfAnActionWithoutSection_sameFindingsAsDrools() {
    // PA 1's section states PA 2's outcome, and nothing else in the plan answers PA 2.
    Plan plan = CORPUS.plan(4);
    String pa2 = Frameworks.bundled().get("cjpf-2023").outcomeFor(2).orElseThrow().text();
    Plan changed = Plan.builder().from(plan)
        .priorityActions(plan.priorityActions().stream()
            .filter(s -> s.number() != 2)
            .map(s -> s.number() == 1
                ? PriorityActionResponse.builder().from(s).nationalOutcome(pa2).build() : s)
            .toList())
        .indicators(plan.indicators().stream()
            .filter(i -> i.priorityAction().orElse(0) != 2).toList())
        .build();
    PlanDocument document = PlanDocument.of(changed, "changed");

    List<Check> checks = REFERENCE.check(document, SyntheticPlans.AS_OF);

    assertThat(checks).isEqualTo(drools(document, SyntheticPlans.AS_OF));
    assertThat(checks).contains(
        new Check("CJ-COV-001", Severity.ERROR, "/priorityActions"),
        new Check("CJ-COV-003", Severity.ERROR, "/priorityActions/0/nationalOutcome"));
  }

  @Test
  void perthAndKinross_exactChecks() throws Exception {
    List<Check> checks = REFERENCE.check(Examples.read("perth-and-kinross"), AS_OF);

    assertThat(checks).filteredOn(c -> c.ruleId().equals("CJ-DEL-007")).containsExactly(
        new Check("CJ-DEL-007", Severity.WARNING, "/priorityActions/1/deliverables/1/description"),
        new Check("CJ-DEL-007", Severity.WARNING, "/priorityActions/6/deliverables/4/description"),
        new Check("CJ-DEL-007", Severity.WARNING, "/priorityActions/7/deliverables/4/description"),
        new Check("CJ-DEL-007", Severity.WARNING,
            "/priorityActions/9/deliverables/2/description"));
    assertThat(checks).filteredOn(c -> c.ruleId().equals("CJ-LIND-002")).containsExactly(
        new Check("CJ-LIND-002", Severity.WARNING, "/priorityActions/3/localIndicators/0"),
        new Check("CJ-LIND-002", Severity.WARNING, "/priorityActions/5/localIndicators/0"),
        new Check("CJ-LIND-002", Severity.WARNING, "/priorityActions/11/localIndicators/0"));
  }
}
