package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.checks.RuleTesting;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * The coverage matrix, the timeline and the counts are made from the same findings the report
 * gives, after severities, disabled rules and waivers: a rule that is disabled, or a finding
 * that is waived, never shows as a failure anywhere.
 */
final class OneTruthTest {

  /** Deliverable 3.1 overdue; priority action 2's national outcome not stated. */
  private static Plan plan() {
    Plan overdue = RuleTesting.withDeliverable(3, d -> Deliverable.builder().from(d)
        .due(LocalDate.of(2025, 1, 31)).build());
    return Plan.builder().from(overdue).priorityActions(overdue.priorityActions().stream()
        .map(s -> s.number() == 2 ? PriorityActionResponse.builder().from(s)
            .nationalOutcome(Optional.empty()).build() : s).toList()).build();
  }

  private static Assessment assess(Assessor assessor) {
    return assessor.assess(plan(), RuleTesting.AS_OF);
  }

  private static ScheduledDeliverable.State state(Assessment a, String id) {
    return a.schedule().stream().filter(d -> d.id().equals(Optional.of(id))).findFirst()
        .orElseThrow().state();
  }

  @Test
  void asReported_matrixAndTimelineShowTheFailures() {
    Assessment a = assess(Assessor.standard());

    assertThat(a.coverageOf(2).outcomeStatedAndCorrect()).contains(false);
    assertThat(a.coverageOf(3).overdue()).isEqualTo(1);
    assertThat(state(a, "3.1")).isEqualTo(ScheduledDeliverable.State.OVERDUE);
    assertThat(a.counts()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 1);
  }

  @Test
  void disabled_rulesShowNoFailure() {
    Assessment a = assess(Assessor.builder().disable("CJ-COV-002").disable("CJ-DEL-005")
        .build());

    assertThat(a.findings()).isEmpty();
    assertThat(a.coverageOf(2).outcomeStatedAndCorrect()).contains(true);
    assertThat(a.coverageOf(3).overdue()).isZero();
    assertThat(state(a, "3.1")).isEqualTo(ScheduledDeliverable.State.DUE);
    assertThat(HtmlReport.write(a)).doesNotContain("data-kind=\"overdue\"")
        .doesNotContain("data-mark=\"no\"")
        .contains("<dt>Rules turned off</dt><dd data-disabled=\"CJ-COV-002, CJ-DEL-005\">");
  }

  @Test
  void disabled_rulesAreNamedInEveryReport() {
    Assessment a = assess(Assessor.builder().disable("CJ-DEL-005").disable("CJ-COV-002")
        .build());

    assertThat(a.disabledRules()).containsExactly("CJ-COV-002", "CJ-DEL-005");
    assertThat(TextReport.write(a, false).lines())
        .contains("Rules turned off: CJ-COV-002, CJ-DEL-005 (checks not made, so no findings of"
            + " theirs)");
    assertThat(AssessmentJson.read(AssessmentJson.write(a)).disabledRules())
        .containsExactly("CJ-COV-002", "CJ-DEL-005");
    assertThat(AssessmentJson.write(assess(Assessor.standard()))).doesNotContain("disabledRules");
  }

  @Test
  void waived_findingsShowNoFailureButAreListedApart() {
    Assessment a = assess(Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-COV-002").priorityAction(2).reason("Agreed").build())
        .waiver(Waiver.builder().rule("CJ-DEL-005").deliverable("3.1").reason("Agreed").build())
        .build());

    assertThat(a.findings()).extracting(Finding::isWaived).containsExactly(true, true);
    assertThat(a.counts()).containsEntry(Severity.ERROR, 0).containsEntry(Severity.WARNING, 0);
    assertThat(a.coverageOf(2).outcomeStatedAndCorrect()).contains(true);
    assertThat(a.coverageOf(2).waived()).isEqualTo(1);
    assertThat(a.coverageOf(3).overdue()).isZero();
    assertThat(state(a, "3.1")).isEqualTo(ScheduledDeliverable.State.OVERDUE_WAIVED);
    String html = HtmlReport.write(a);
    assertThat(html).doesNotContain("data-kind=\"overdue\"").doesNotContain("data-mark=\"no\"")
        .contains("id=\"p1-waived\"").contains("<tr data-kind=\"overdue-waived\">")
        .contains(", waived</text>");
  }

  @Test
  void notAddressed_markedAFailureOnlyWhileItsFindingStands() {
    Plan without4 = Plan.builder().from(RuleTesting.good())
        .priorityActions(RuleTesting.good().priorityActions().stream()
            .filter(s -> s.number() != 4).toList()).build();

    String standing = HtmlReport.write(Assessor.standard().assess(without4, RuleTesting.AS_OF));
    String waived = HtmlReport.write(Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-COV-001").priorityAction(4).reason("Agreed").build())
        .build().assess(without4, RuleTesting.AS_OF));
    String disabled = HtmlReport.write(Assessor.builder().disable("CJ-COV-001").build()
        .assess(without4, RuleTesting.AS_OF));

    assertThat(addressedCell(standing, 4)).contains("data-mark=\"no\"");
    assertThat(addressedCell(waived, 4)).contains("data-mark=\"waived\"").contains("No, waived");
    assertThat(addressedCell(disabled, 4)).contains("data-mark=\"unchecked\"")
        .contains("No, not checked");
    assertThat(waived).doesNotContain("data-mark=\"no\"").contains("or its rule turned off");
    assertThat(standing).doesNotContain("or its rule turned off");
  }

  /** The matrix's "Addressed" cell of a priority action. */
  private static String addressedCell(String html, int action) {
    String row = html.substring(html.indexOf("<tr data-pa=\"" + action + "\">"));
    return row.substring(row.indexOf("data-col=\"addressed\""), row.indexOf("</td>"));
  }

  @Test
  void severity_aCallersSeverityWinsOverAnEscalation() {
    Plan longOverdue = RuleTesting.withDeliverable(3, d -> Deliverable.builder().from(d)
        .due(LocalDate.of(2023, 6, 30)).build());

    Assessment escalated = Assessor.standard().assess(longOverdue, RuleTesting.AS_OF);
    Assessment lowered = Assessor.builder().severity("CJ-DEL-005", Severity.INFO).build()
        .assess(longOverdue, RuleTesting.AS_OF);

    assertThat(escalated.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CJ-DEL-005", Severity.ERROR));
    assertThat(lowered.findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(lowered.coverageOf(3).overdue()).isEqualTo(1);
    assertThat(List.of(lowered.coverageOf(3).info(), lowered.coverageOf(3).errors()))
        .containsExactly(1, 0);
  }
}
