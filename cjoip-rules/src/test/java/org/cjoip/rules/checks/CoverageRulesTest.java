package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cjoip.rules.checks.RuleTesting.assess;
import static org.cjoip.rules.checks.RuleTesting.assertFindings;
import static org.cjoip.rules.checks.RuleTesting.finding;
import static org.cjoip.rules.checks.RuleTesting.good;
import static org.cjoip.rules.checks.RuleTesting.withSection;

import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

final class CoverageRulesTest {

  private static PriorityActionResponse.Builder copy(PriorityActionResponse s) {
    return PriorityActionResponse.builder().from(s);
  }

  @Test
  void cov001_priorityActionWithoutSection() {
    Plan good = good();
    Plan plan = Plan.builder().from(good)
        .priorityActions(good.priorityActions().stream().filter(s -> s.number() != 3).toList())
        .build();

    assertFindings(plan).containsExactly(finding("CJ-COV-001", "/priorityActions", Severity.ERROR));
  }

  @Test
  void cov001_sectionWithNoContentIsNotAddressed() {
    Plan plan = withSection(6, s -> PriorityActionResponse.builder().number(6).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-COV-001", "/priorityActions/5", Severity.ERROR));
  }

  @Test
  void cov002_nationalOutcomeNotStated() {
    Plan plan = withSection(3, s -> copy(s).nationalOutcome(Optional.empty()).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-COV-002", "/priorityActions/2", Severity.ERROR));
  }

  @Test
  void cov002_placeholderOutcomeCountsAsNone() {
    Plan plan = withSection(3, s -> copy(s).nationalOutcome("No National Outcome").build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-002", "/priorityActions/2/nationalOutcome", Severity.ERROR));
  }

  @Test
  void cov002_outcomeStatedInOutcomesListCounts() {
    Plan sectionless = withSection(3, s -> copy(s).nationalOutcome(Optional.empty()).build());
    Plan plan = Plan.builder().from(sectionless)
        .addOutcomes(StatedOutcome.builder()
            .text(good().priorityAction(3).orElseThrow().nationalOutcome().orElseThrow())
            .national(true).build())
        .build();

    assertFindings(plan).isEmpty();
  }

  @Test
  void cov003_anotherActionsOutcome() {
    String pa2 = good().priorityAction(2).orElseThrow().nationalOutcome().orElseThrow();
    Plan plan = withSection(1, s -> copy(s).nationalOutcome(pa2).build());

    // PA 1's own outcome is then stated nowhere, but CJ-COV-003 already says so.
    assertFindings(plan).containsExactly(
        finding("CJ-COV-003", "/priorityActions/0/nationalOutcome", Severity.ERROR));
    Finding f = assess(plan).findings().get(0);
    assertThat(f.message()).contains("is the national outcome of priority action 2");
    assertThat(f.priorityAction()).contains(1);
  }

  @Test
  void cov003_outcomeUnderActionWithoutNationalOutcome() {
    String pa5 = good().priorityAction(5).orElseThrow().nationalOutcome().orElseThrow();
    Plan plan = withSection(4, s -> copy(s).nationalOutcome(pa5).build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-003", "/priorityActions/3/nationalOutcome", Severity.ERROR));
  }

  @Test
  void cov001_outcomeStatedInAnotherSectionDoesNotAddress() {
    // The catalogue: an outcome in `outcomes`, not in another action's section, addresses an
    // action. PA 1 stating PA 2's outcome is a slip in PA 1 (CJ-COV-003), not PA 2's answer.
    Plan good = good();
    String pa2 = good.priorityAction(2).orElseThrow().nationalOutcome().orElseThrow();
    Plan plan = Plan.builder().from(good)
        .priorityActions(good.priorityActions().stream()
            .filter(s -> s.number() != 2)
            .map(s -> s.number() == 1 ? copy(s).nationalOutcome(pa2).build() : s)
            .toList())
        .build();

    assertFindings(plan).containsExactly(
        finding("CJ-COV-001", "/priorityActions", Severity.ERROR),
        finding("CJ-COV-003", "/priorityActions/0/nationalOutcome", Severity.ERROR));
  }

  @Test
  void cov004_outcomeNotInFramework() {
    Plan plan = withSection(4, s -> copy(s)
        .nationalOutcome("Electronic monitoring is used more widely").build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-004", "/priorityActions/3/nationalOutcome", Severity.WARNING));
  }

  @Test
  void cov004_outcomeLabelledNationalNotInFramework() {
    Plan plan = Plan.builder().from(good())
        .addOutcomes(StatedOutcome.builder().text("Fewer people reoffend within a year")
            .national(true).build())
        .build();

    assertFindings(plan)
        .containsExactly(finding("CJ-COV-004", "/outcomes/0/text", Severity.WARNING));
  }

  @Test
  void cov005_nationalMeasureNotUsed() {
    Plan plan = withSection(1, s -> copy(s)
        .nationalIndicators(s.nationalIndicators().subList(0, 2)).build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-005", "/priorityActions/0/nationalIndicators", Severity.ERROR));
    assertThat(assess(plan).findings().get(0).message())
        .contains("cases successfully completed");
  }

  @Test
  void cov005_noNationalIndicatorsAtAll() {
    Plan plan = withSection(13, s -> copy(s).nationalIndicators(List.of()).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-COV-005", "/priorityActions/12", Severity.ERROR));
  }

  @Test
  void cov006_measureGivenAsNationalIsNot() {
    Plan plan = withSection(7, s -> copy(s)
        .addNationalIndicators("Number of transfers in drug/alcohol treatments from community"
            + " to custody")
        .build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-006", "/priorityActions/6/nationalIndicators/1", Severity.WARNING));
  }

  @Test
  void cov007_noAssessmentOrDecision() {
    Plan plan = withSection(5, s -> copy(s).assessment(Optional.empty())
        .prioritised(Optional.empty()).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-COV-007", "/priorityActions/4", Severity.WARNING));
    assertThat(assess(plan).findings().get(0).message())
        .contains("no assessment of how close its outcome is and no decision on whether it is a"
            + " priority");
  }

  @Test
  void cov007_planWideAssessmentSuffices() {
    Plan stripped = withSection(5, s -> copy(s).assessment(Optional.empty())
        .prioritised(Optional.empty()).build());
    Plan plan = Plan.builder().from(stripped)
        .outcomesAssessment("Activity is required across all national outcomes.").build();

    assertFindings(plan).isEmpty();
  }

  @Test
  void cov008_setAsideWithItsAssessment() {
    Plan plan = withSection(12, s -> PriorityActionResponse.builder().number(12)
        .prioritised(false).assessment("Led by the community planning partnership.").build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-008", "/priorityActions/11/prioritised", Severity.INFO));
    Finding f = assess(plan).findings().get(0);
    assertThat(f.message()).isEqualTo("The plan decided that priority action 12 is not a"
        + " priority: \"Led by the community planning partnership.\"");
    assertThat(f.suggestion()).isEmpty();
    assertThat(assess(plan).coverageOf(12).addressed()).isFalse();
  }

  @Test
  void cov008_longAssessmentIsCutAfterASentenceAndMarked() {
    String first = "Restorative justice is being set up nationally first, and the partners"
        + " agreed at the board in March that a local service would duplicate it.";
    String second = " We will return to it in year 3, when the national service has been"
        + " evaluated and its reach in Glenmore is known.";
    Plan plan = withSection(6, s -> PriorityActionResponse.builder().number(6)
        .prioritised(false).assessment(first + second).build());

    assertThat(assess(plan).findings()).filteredOn(f -> f.ruleId().equals("CJ-COV-008"))
        .extracting(Finding::message).containsExactly("The plan decided that priority action 6"
            + " is not a priority: \"" + first + " …\".");
  }

  @Test
  void cov008_assessmentOfNormalLengthIsQuotedWhole() {
    String reason = "Restorative justice is being set up nationally first; we will return to"
        + " it in year 3.";
    Plan plan = withSection(6, s -> PriorityActionResponse.builder().number(6)
        .prioritised(false).assessment(reason).build());

    assertThat(assess(plan).findings()).filteredOn(f -> f.ruleId().equals("CJ-COV-008"))
        .extracting(Finding::message).containsExactly("The plan decided that priority action 6"
            + " is not a priority: \"" + reason + "\"");
  }

  @Test
  void cov008_setAsideWithoutAnAssessmentStillLacksOne() {
    Plan plan = withSection(5, s -> PriorityActionResponse.builder().number(5)
        .prioritised(false).build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-007", "/priorityActions/4", Severity.WARNING),
        finding("CJ-COV-008", "/priorityActions/4/prioritised", Severity.INFO));
    assertThat(assess(plan).findings().get(0).message())
        .isEqualTo("The plan gives priority action 5 no assessment of how close its outcome is.");
  }

  @Test
  void cov008_aPriorityIsNotSetAside() {
    Plan plan = withSection(12, s -> copy(s).prioritised(true).build());

    assertFindings(plan).isEmpty();
  }

  @Test
  void cov009_aClauseLeftOut() {
    Plan plan = withSection(5, s -> copy(s)
        .nationalOutcome("More people access services to support desistance from offending")
        .build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-009", "/priorityActions/4/nationalOutcome", Severity.WARNING));
    assertThat(assess(plan).findings().get(0).message()).endsWith(
        "but leaves out \"successfully complete community sentences\".");
    assertThat(assess(plan).coverageOf(5).outcomeStatedAndCorrect()).contains(false);
  }

  @Test
  void cov009_theWholeOutcomeWithATypo() {
    Plan plan = withSection(5, s -> copy(s).nationalOutcome("More people access services to"
        + " support desistence and successfully complete community sentences").build());

    assertFindings(plan).isEmpty();
  }

  @Test
  void cov010_measureFiledUnderTheWrongAction() {
    Plan plan = withSection(6, s -> copy(s).addNationalIndicators(
        "Percentage of community payback orders successfully completed").build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-010", "/priorityActions/5/nationalIndicators/0", Severity.WARNING));
    assertThat(assess(plan).findings().get(0))
        .extracting(Finding::priorityAction, Finding::message)
        .containsExactly(Optional.of(6), "The measure \"Percentage of community payback orders"
            + " successfully completed\", given as national under priority action 6, is a"
            + " measure of the national indicator of priority action 5.");
  }

  @Test
  void cov010_doesNotCountForTheActionItIsFiledUnder() {
    Plan plan = withSection(1, s -> copy(s).nationalIndicators(List.of(
        "Percentage of community payback orders successfully completed")).build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-005", "/priorityActions/0/nationalIndicators", Severity.ERROR),
        finding("CJ-COV-010", "/priorityActions/0/nationalIndicators/0", Severity.WARNING));
  }

  @Test
  void cov005_measuredOnlyAsAnImpactMeasureIsAWarning() {
    Plan plan = withSection(2, s -> copy(s).nationalIndicators(List.of())
        .deliverables(List.of(Deliverable.builder().from(RuleTesting.deliverable("2.1"))
            .impactMeasures(List.of("Referral pathways in place.",
                "Number of referrals from custody centres")).build()))
        .build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-005", "/priorityActions/1", Severity.WARNING));
    assertThat(assess(plan).findings().get(0).message()).isEqualTo("The plan's national indicators for"
        + " priority action 2 leave out this measure: \"Number of referrals from"
        + " custody centres\". Deliverable 2.1 gives it as an impact measure, but the plan does"
        + " not present it as the national indicator.");
  }

  @Test
  void cov005_aMeasureNeitherIndicatorNorImpactMeasureKeepsTheError() {
    Plan plan = withSection(1, s -> copy(s).nationalIndicators(List.of())
        .deliverables(List.of(Deliverable.builder().from(RuleTesting.deliverable("1.1"))
            .impactMeasures(List.of("Number of diversion from prosecution cases commenced"))
            .build())).build());

    assertFindings(plan).containsExactly(
        finding("CJ-COV-005", "/priorityActions/0", Severity.ERROR));
    assertThat(assess(plan).findings().get(0).message()).contains(" Deliverable 1.1 gives"
        + " \"Number of diversion from prosecution cases commenced\" as an impact measure");
  }

  @Test
  void cov006_namesNoMeasureThatIsNotClose() {
    Plan plan = withSection(5, s -> copy(s)
        .addNationalIndicators("Number of community sentences compared to other disposals")
        .build());

    assertThat(assess(plan).findings()).extracting(Finding::ruleId, Finding::message)
        .containsExactly(tuple("CJ-COV-006", "The measure"
            + " \"Number of community sentences compared to other disposals\" is given as"
            + " national but is not a national measure of the framework. No national measure"
            + " comes close."));
  }
}
