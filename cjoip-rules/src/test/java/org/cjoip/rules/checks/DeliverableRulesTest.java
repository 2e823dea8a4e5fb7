package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.rules.checks.RuleTesting.assess;
import static org.cjoip.rules.checks.RuleTesting.assertFindings;
import static org.cjoip.rules.checks.RuleTesting.finding;
import static org.cjoip.rules.checks.RuleTesting.withDeliverable;
import static org.cjoip.rules.checks.RuleTesting.withSection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DeliverableRulesTest {

  private static Deliverable.Builder copy(Deliverable d) {
    return Deliverable.builder().from(d);
  }

  private static final String D = "/priorityActions/1/deliverables/0";

  @Test
  void del001_noOwner() {
    Plan plan = withDeliverable(2, d -> copy(d).owners(List.of()).build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-001", D, Severity.ERROR));
  }

  @Test
  void del001_onlyPlaceholderOwners() {
    Plan plan = withDeliverable(2, d -> copy(d).owners(List.of("TBC", "To be confirmed")).build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-001", D + "/owners", Severity.ERROR));
  }

  @Test
  void del002_onlyPlaceholderMeasures() {
    Plan plan = withDeliverable(2, d -> copy(d).impactMeasures(List.of("TBC")).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-002", D + "/impactMeasures", Severity.WARNING));
  }

  @Test
  void del003_noTimescale() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale(Optional.empty()).build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-003", D, Severity.WARNING));
  }

  @Test
  void del003_placeholderTimescaleButDueDateWins() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("TBC")
        .due(LocalDate.of(2026, 3, 31)).build());

    assertFindings(plan).isEmpty();
  }

  @Test
  void del004_openEnded() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("Lifetime of COIP").build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-004", D + "/timescale", Severity.INFO));
  }

  @Test
  void del005_overdueWarning() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("30th September 2024").build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-005", D + "/timescale", Severity.WARNING));
    assertThat(assess(plan).findings().get(0).message())
        .contains("was due on 2024-09-30").contains("183 days overdue as of 2025-04-01");
  }

  @Test
  void del005_overdueMoreThanAYearIsError() {
    Plan plan = withDeliverable(2, d -> copy(d).due(LocalDate.of(2024, 3, 31)).build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-005", D + "/due", Severity.ERROR));
  }

  @Test
  void del005_completeIsNotOverdue() {
    Plan plan = withDeliverable(2, d -> copy(d).due(LocalDate.of(2024, 3, 31))
        .status(Status.COMPLETE).completed(LocalDate.of(2024, 3, 1)).build());

    assertFindings(plan).isEmpty();
  }

  @Test
  void del006_dueOutsidePeriod() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("2028/29").build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-006", D + "/timescale", Severity.WARNING));
  }

  @Test
  void del007_sharedDescriptionAfterNormalising() {
    Plan once = withDeliverable(2, d -> copy(d).description("Work with SPS on release.").build());
    Plan plan = Plan.builder().from(once)
        .priorityActions(once.priorityActions().stream()
            .map(s -> s.number() == 10
                ? PriorityActionResponse.builder().from(s).deliverables(List.of(
                    copy(s.deliverables().get(0)).description("work with SPS on release").build()))
                    .build()
                : s)
            .toList())
        .build();

    assertFindings(plan).containsExactly(
        finding("CJ-DEL-007", D + "/description", Severity.WARNING),
        finding("CJ-DEL-007", "/priorityActions/9/deliverables/0/description", Severity.WARNING));
    assertThat(assess(plan).findings().get(0).message()).contains("same description as 10.1");
  }

  @Test
  void del007_largeGroupNamesTenOthersAndCountsTheRest() {
    Plan plan = withSection(2, s -> {
      PriorityActionResponse.Builder b = PriorityActionResponse.builder().from(s)
          .deliverables(List.of());
      for (int i = 1; i <= 2000; i++) {
        b.addDeliverables(copy(s.deliverables().get(0)).id("2." + i).description("Same action.")
            .build());
      }
      return b.build();
    });

    List<String> messages = assess(plan).findings().stream()
        .filter(f -> f.ruleId().equals("CJ-DEL-007")).map(f -> f.message()).toList();

    assertThat(messages).hasSize(2000);
    assertThat(messages.get(0)).isEqualTo("Deliverable 2.1 has the same description as 2.2, 2.3,"
        + " 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 2.10, 2.11 and 1989 more.");
    assertThat(messages.get(4)).isEqualTo("Deliverable 2.5 has the same description as 2.1, 2.2,"
        + " 2.3, 2.4, 2.6, 2.7, 2.8, 2.9, 2.10, 2.11 and 1989 more.");
  }

  @Test
  void del008_sharedId() {
    Plan plan = withSection(2, s -> PriorityActionResponse.builder().from(s)
        .addDeliverables(copy(s.deliverables().get(0)).description("Another action.").build())
        .build());

    assertFindings(plan).containsExactly(
        finding("CJ-DEL-008", D + "/id", Severity.ERROR),
        finding("CJ-DEL-008", "/priorityActions/1/deliverables/1/id", Severity.ERROR));
  }

  @Test
  void del009_noPriority() {
    Plan plan = withDeliverable(2, d -> copy(d).priority(Optional.empty()).build());

    assertFindings(plan).containsExactly(finding("CJ-DEL-009", D, Severity.INFO));
  }

  @Test
  void del010_timescaleNotUnderstood() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("When funding allows").build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-010", D + "/timescale", Severity.WARNING));
  }

  @Test
  void del011_recurringIsNotOverdueOnceItsFirstDateHasPassed() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("31 May 2024 (Annually)").build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-011", D + "/timescale", Severity.INFO));
    assertThat(assess(plan).findings().get(0).message()).isEqualTo("Deliverable 2.1 recurs"
        + " (annually), first due on 2024-05-31; it is not reported overdue once that date has"
        + " passed.");
    assertThat(assess(plan).schedule().get(1).state())
        .isEqualTo(org.cjoip.rules.ScheduledDeliverable.State.RECURRING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Annually", "each year", "Every year", "every quarter", "Quarterly",
      "monthly"})
  void del011_aBareRecurrenceStaysOpenEnded(String timescale) {
    Plan plan = withDeliverable(2, d -> copy(d).timescale(timescale).build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-004", D + "/timescale", Severity.INFO));
  }

  @Test
  void del004_onwardsIsAStartNotADueDate() {
    Plan plan = withDeliverable(2, d -> copy(d).timescale("December 2023 onwards").build());

    assertFindings(plan)
        .containsExactly(finding("CJ-DEL-004", D + "/timescale", Severity.INFO));
    assertThat(assess(plan).schedule().get(1).from())
        .contains(LocalDate.of(2023, 12, 1));
  }
}
