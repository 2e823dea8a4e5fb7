package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coverage of each priority action that an assessment reports beside its findings. */
final class CoverageTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");

  private static PriorityActionCoverage coverage(Plan plan, int priorityAction) {
    return Assessor.standard().assess(plan, RuleTesting.AS_OF).coverageOf(priorityAction);
  }

  private static Plan withSection2(java.util.function.UnaryOperator<PriorityActionResponse.Builder>
      change) {
    return RuleTesting.withSection(2,
        s -> change.apply(PriorityActionResponse.builder().from(s)).build());
  }

  @Test
  void goodPlan_everyActionCoveredAsTheFrameworkAllows() {
    Assessment a = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);

    assertThat(a.coverage()).hasSize(13).allSatisfy(c -> {
      int n = c.number();
      boolean outcome = CJPF.outcomeFor(n).isPresent();
      int evidence = CJPF.evidenceFor(n).size();
      assertThat(c.aim()).isEqualTo(CJPF.priorityAction(n).orElseThrow().aim());
      assertThat(c.addressed()).isTrue();
      assertThat(c.outcomeStatedAndCorrect())
          .isEqualTo(outcome ? Optional.of(true) : Optional.empty());
      assertThat(c.nationalIndicatorUsed())
          .isEqualTo(outcome ? Optional.of(true) : Optional.empty());
      assertThat(c.localIndicators()).isEqualTo(evidence == 0 ? 1 : evidence);
      assertThat(c.placeholderLocalIndicators()).isZero();
      assertThat(c.deliverables()).isEqualTo(1);
      assertThat(c.overdue()).isZero();
    });
    assertThat(a.aims()).extracting(AimCoverage::number).containsExactly(1, 2, 3, 4);
  }

  @Test
  void section_missingIsNotAddressed() {
    Plan plan = RuleTesting.good();
    Plan without = Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .filter(s -> s.number() != 4).toList()).build();

    PriorityActionCoverage c = coverage(without, 4);

    assertThat(c.addressed()).isFalse();
    assertThat(c.deliverables()).isZero();
    assertThat(c.localIndicators()).isZero();
  }

  @Test
  void placeholderLocalIndicator_countedApart() {
    PriorityActionCoverage c = coverage(withSection2(b -> b.addLocalIndicators("TBC")), 2);

    assertThat(c.localIndicators()).isEqualTo(3);
    assertThat(c.placeholderLocalIndicators()).isEqualTo(1);
  }

  @Test
  void nationalIndicators_missingAreNotUsed() {
    PriorityActionCoverage c = coverage(withSection2(b -> b.nationalIndicators(List.of())), 2);

    assertThat(c.nationalIndicatorUsed()).contains(false);
    assertThat(c.outcomeStatedAndCorrect()).contains(true);
  }

  @Test
  void outcome_missingIsNotStated() {
    PriorityActionCoverage c =
        coverage(withSection2(b -> b.nationalOutcome(Optional.empty())), 2);

    assertThat(c.outcomeStatedAndCorrect()).contains(false);
  }

  @Test
  void outcome_statedElsewhereCounts() {
    Plan plan = withSection2(b -> b.nationalOutcome(Optional.empty()));
    Plan elsewhere = Plan.builder().from(plan).addOutcomes(StatedOutcome.builder()
        .text(CJPF.outcomeFor(2).orElseThrow().text()).national(true).build()).build();

    assertThat(coverage(elsewhere, 2).outcomeStatedAndCorrect()).contains(true);
  }

  @Test
  void outcome_anotherActionsInTheSectionIsNotCorrect() {
    Plan plan = withSection2(b -> b.nationalOutcome(CJPF.outcomeFor(1).orElseThrow().text()));
    Plan elsewhere = Plan.builder().from(plan).addOutcomes(StatedOutcome.builder()
        .text(CJPF.outcomeFor(2).orElseThrow().text()).national(true).build()).build();

    assertThat(coverage(elsewhere, 2).outcomeStatedAndCorrect()).contains(false);
    assertThat(coverage(elsewhere, 1).outcomeStatedAndCorrect()).contains(true);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-03-31 | NOT_STARTED | 1",
      "2025-03-31 | IN_PROGRESS | 1",
      "2025-03-31 | COMPLETE | 0",
      "2025-03-31 | DROPPED | 0",
      "2025-04-01 | NOT_STARTED | 0",
      "2025-04-02 | IN_PROGRESS | 0",
  })
  void overdue_dueBeforeTheAsOfDateAndOpen(LocalDate due, Status status, int overdue) {
    Plan plan = RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d).due(due)
        .status(status).build());

    PriorityActionCoverage c = coverage(plan, 2);

    assertThat(c.overdue()).isEqualTo(overdue);
    assertThat(c.deliverables()).isEqualTo(1);
    assertThat(coverage(plan, 3).overdue()).isZero();
  }

  @Test
  void coverageOf_unknownActionRefused() {
    Assessment a = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);

    assertThatThrownBy(() -> a.coverageOf(14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no priority action 14");
  }
}
