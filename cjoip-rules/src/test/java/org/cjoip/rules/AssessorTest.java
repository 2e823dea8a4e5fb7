package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.junit.jupiter.api.Test;

final class AssessorTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  /** A plan whose only section has one deliverable with no owner, no priority. */
  private static Plan plan() {
    return Plan.builder()
        .title("T")
        .framework("cjpf-2023")
        .partnership(org.cjoip.model.plan.Partnership.builder().name("P").build())
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .addDeliverables(Deliverable.builder().id("1.1").description("Train.")
                .timescale("Ongoing").addImpactMeasures("Survey").build())
            .build())
        .build();
  }

  private static List<Tuple> of(Assessment a, String ruleId) {
    return a.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .map(f -> Tuple.tuple(f.ruleId(), f.path(), f.severity(), f.isWaived())).toList();
  }

  @Test
  void severity_overridesTheDefault() {
    Assessment a = Assessor.builder().severity("CJ-DEL-009", Severity.WARNING).build()
        .assess(plan(), AS_OF);

    assertThat(of(a, "CJ-DEL-009")).containsExactly(
        Tuple.tuple("CJ-DEL-009", "/priorityActions/0/deliverables/0", Severity.WARNING, false));
  }

  @Test
  void disable_keepsTheRuleFromFiring() {
    Assessment a = Assessor.builder().disable("CJ-DEL-001").build().assess(plan(), AS_OF);

    assertThat(of(a, "CJ-DEL-001")).isEmpty();
    assertThat(of(a, "CJ-DEL-009")).hasSize(1);
  }

  @Test
  void unknownRuleId_isRefused() {
    assertThatThrownBy(() -> Assessor.builder().disable("CJ-DEL-099").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the id CJ-DEL-099");
  }

  @Test
  void waiver_coversItsPathAndBelowOnly() {
    Waiver w = Waiver.builder().rule("CJ-DEL-001").path("/priorityActions/0/deliverables/0")
        .reason("Lead agreed at the March board").expires(LocalDate.of(2026, 3, 31)).build();

    Assessment a = Assessor.builder().waiver(w).build().assess(plan(), AS_OF);

    assertThat(of(a, "CJ-DEL-001")).containsExactly(
        Tuple.tuple("CJ-DEL-001", "/priorityActions/0/deliverables/0", Severity.ERROR, true));
    assertThat(w.covers("CJ-DEL-001", "/priorityActions/0/deliverables/0/owners")).isTrue();
    assertThat(w.covers("CJ-DEL-001", "/priorityActions/0/deliverables/00")).isFalse();
    assertThat(Waiver.builder().from(w).path("/priorityActions/1/deliverables/1").build()
        .covers("CJ-DEL-001", "/priorityActions/1/deliverables/10")).isFalse();
  }

  @Test
  void waiver_expiredIsReportedAndNoLongerWaives() {
    Waiver w = Waiver.builder().rule("CJ-DEL-001").path("/priorityActions/0/deliverables/0")
        .reason("Agreed").expires(LocalDate.of(2025, 3, 31)).build();

    Assessment a = Assessor.builder().waiver(w).build().assess(plan(), AS_OF);

    assertThat(of(a, "CJ-DEL-001")).extracting(t -> t.toList().get(3)).containsExactly(false);
    assertThat(of(a, "CJ-CFG-001"))
        .containsExactly(Tuple.tuple("CJ-CFG-001", "", Severity.INFO, false));
  }

  @Test
  void waiver_matchingNothingIsReported() {
    Waiver w = Waiver.builder().rule("CJ-DEL-001").path("/priorityActions/5")
        .reason("Agreed").build();

    Assessment a = Assessor.builder().waiver(w).build().assess(plan(), AS_OF);

    assertThat(of(a, "CJ-CFG-002"))
        .containsExactly(Tuple.tuple("CJ-CFG-002", "", Severity.INFO, false));
    assertThat(a.findings().stream().filter(f -> f.ruleId().equals("CJ-CFG-002")).findFirst()
        .orElseThrow().message()).contains("/priorityActions/5").contains("matches no finding");
    assertThat(a.findings().stream().filter(f -> f.ruleId().equals("CJ-CFG-002")).findFirst()
        .orElseThrow().suggestion()).hasValue("Remove the waiver, or correct its rule or path.");
  }

  @Test
  void waiver_bySubjectMatchingNothing_isToldToCorrectWhatItNames() {
    Waiver w = Waiver.builder().rule("CJ-DEL-001").priorityAction(5).deliverable("5.9")
        .reason("Agreed").build();

    Assessment a = Assessor.builder().waiver(w).build().assess(plan(), AS_OF);

    assertThat(a.findings().stream().filter(f -> f.ruleId().equals("CJ-CFG-002")).findFirst()
        .orElseThrow().suggestion())
        .hasValue("Remove the waiver, or correct its rule, priority action or deliverable.");
  }

  @Test
  void assess_isDeterministic() {
    Assessor assessor = Assessor.standard();

    Assessment first = assessor.assess(plan(), AS_OF);
    Assessment second = assessor.assess(plan(), AS_OF);

    assertThat(second).isEqualTo(first);
    assertThat(first.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void assess_recordsVersionsAndEdition() {
    Assessment a = Assessor.standard().assess(plan(), AS_OF);

    assertThat(a.edition()).isEqualTo("cjpf-2023");
    assertThat(a.editionOverridden()).isFalse();
    assertThat(a.rulesetVersion()).isEqualTo(Catalogue.builtIn().version());
    assertThat(a.libraryVersion()).isNotEqualTo("unknown").doesNotContain("${");
    assertThat(a.coverage()).hasSize(13);
    assertThat(a.aims()).extracting(AimCoverage::priorityActions).containsExactly(
        List.of(1, 2), List.of(3, 4, 5, 6), List.of(7, 8, 9, 10), List.of(11, 12, 13));
    assertThat(a.coverageOf(1).addressed()).isTrue();
    assertThat(a.coverageOf(2).addressed()).isFalse();
    assertThat(a.coverageOf(1).outcomeStatedAndCorrect()).contains(false);
    assertThat(a.coverageOf(4).outcomeStatedAndCorrect()).isEqualTo(Optional.empty());
    assertThat(a.coverageOf(1).deliverables()).isEqualTo(1);
  }

}
