package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.rules.checks.RuleTesting.assess;
import static org.cjoip.rules.checks.RuleTesting.assertFindings;
import static org.cjoip.rules.checks.RuleTesting.deliverable;
import static org.cjoip.rules.checks.RuleTesting.finding;
import static org.cjoip.rules.checks.RuleTesting.good;
import static org.cjoip.rules.checks.RuleTesting.withSection;

import java.util.List;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

final class LocalIndicatorRulesTest {

  private static PriorityActionResponse.Builder copy(PriorityActionResponse s) {
    return PriorityActionResponse.builder().from(s);
  }

  @Test
  void lind001_noLocalIndicatorIsWarningWithNationalOutcome() {
    Plan plan = withSection(2, s -> copy(s).localIndicators(List.of()).build());

    // Its Improvement Tool evidence then goes unused too.
    assertFindings(plan).containsExactly(
        finding("CJ-LIND-001", "/priorityActions/1", Severity.WARNING),
        finding("CJ-LIND-005", "/priorityActions/1", Severity.INFO));
  }

  @Test
  void lind001_noLocalIndicatorIsErrorWithoutNationalOutcome() {
    Plan plan = withSection(4, s -> copy(s).localIndicators(List.of()).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-LIND-001", "/priorityActions/3", Severity.ERROR));
  }

  @Test
  void lind002_placeholderLocalIndicator() {
    Plan plan = withSection(6, s -> copy(s).localIndicators(List.of("To be developed")).build());

    assertFindings(plan).containsExactly(
        finding("CJ-LIND-002", "/priorityActions/5/localIndicators/0", Severity.WARNING));
  }

  @Test
  void lind003And004_localOutcomeWithNeitherIndicatorNorDeliverable() {
    Plan plan = Plan.builder().from(good())
        .addOutcomes(StatedOutcome.builder().id("3")
            .text("Increased skills and knowledge across the workforce").national(false).build())
        .build();

    assertFindings(plan).containsExactly(
        finding("CJ-LIND-003", "/outcomes/0", Severity.ERROR),
        finding("CJ-LIND-004", "/outcomes/0", Severity.ERROR));
  }

  @Test
  void lind003And004_localOutcomeWithIndicatorAndDeliverable() {
    Plan plan = Plan.builder().from(good())
        .addOutcomes(StatedOutcome.builder().id("3")
            .text("Increased skills and knowledge across the workforce").national(false)
            .addIndicators("Staff completing trauma training")
            .addDeliverables(deliverable("L.1"))
            .build())
        .build();

    assertFindings(plan).isEmpty();
  }

  @Test
  void lind005_evidenceNotMatched() {
    Plan plan = withSection(1, s -> copy(s)
        .localIndicators(List.of("Local survey of people supported")).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-LIND-005", "/priorityActions/0/localIndicators", Severity.INFO));
    assertThat(assess(plan).findings().get(0).message())
        .contains("Mechanisms are in place to understand the views of people undertaking DfP");
  }

  @Test
  void lind001_noEvidenceInTheEditionIsNotSuggested() {
    Plan plan = withSection(4, s -> PriorityActionResponse.builder().from(s)
        .localIndicators(List.of()).build());

    assertFindings(plan).containsExactly(
        finding("CJ-LIND-001", "/priorityActions/3", Severity.ERROR));
    assertThat(assess(plan).findings().get(0).suggestion()).contains("Add local indicators that"
        + " show the partners' progress on priority action 4 (the framework edition holds no"
        + " Improvement Tool evidence for it to draw on).");
  }
}
