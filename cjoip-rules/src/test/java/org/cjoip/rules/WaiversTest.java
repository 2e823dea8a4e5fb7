package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;

/** Waivers by place and by subject, and how waived findings are counted. */
final class WaiversTest {

  /** No owner on deliverable 2.1 and on 3.1; priority actions 4 and 6 not addressed. */
  private static Plan plan() {
    Plan noOwners = RuleTesting.withDeliverable(3, d -> Deliverable.builder().from(d)
        .owners(List.of()).build());
    Plan both = Plan.builder().from(noOwners).priorityActions(noOwners.priorityActions()
        .stream().map(s -> s.number() == 2 ? org.cjoip.model.plan.PriorityActionResponse
            .builder().from(s).deliverables(List.of(Deliverable.builder()
                .from(s.deliverables().get(0)).owners(List.of()).build())).build() : s)
        .filter(s -> s.number() != 4 && s.number() != 6).toList()).build();
    return both;
  }

  private static Assessment assess(Waiver... waivers) {
    return Assessor.builder().waivers(List.of(waivers)).build()
        .assess(plan(), RuleTesting.AS_OF);
  }

  private static Waiver.Builder waiver(String rule) {
    return Waiver.builder().rule(rule).reason("Agreed at the March board");
  }

  @Test
  void waiver_byPriorityActionCoversOnlyThatAction() {
    Assessment a = assess(waiver("CJ-COV-001").priorityAction(4).build());

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-COV-001"))
        .extracting(Finding::key, Finding::isWaived)
        .containsExactlyInAnyOrder(tuple("CJ-COV-001/pa=4", true),
            tuple("CJ-COV-001/pa=6", false));
  }

  @Test
  void waiver_byDeliverableCoversOnlyThatDeliverable() {
    Assessment a = assess(waiver("CJ-DEL-001").deliverable("3.1").build());

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-DEL-001"))
        .extracting(Finding::key, Finding::isWaived)
        .containsExactly(tuple("CJ-DEL-001/deliverable=2.1", false),
            tuple("CJ-DEL-001/deliverable=3.1", true));
  }

  @Test
  void waiver_bySubjectAndPathMustMatchBoth() {
    Assessment a = assess(waiver("CJ-DEL-001").priorityAction(2)
        .path("/priorityActions/2").build());

    assertThat(a.findings()).filteredOn(Finding::isWaived).isEmpty();
    assertThat(a.findings()).extracting(Finding::ruleId).contains("CJ-CFG-002");
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-002"))
        .extracting(Finding::message).containsExactly("The waiver of CJ-DEL-001 at"
            + " /priorityActions/2, for priority action 2 (\"Agreed at the March board\")"
            + " matches no finding.");
  }

  @Test
  void waiver_withNeitherPathNorSubjectCoversEveryFindingOfItsRule() {
    Assessment a = assess(waiver("CJ-DEL-001").build());

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-DEL-001"))
        .extracting(Finding::isWaived).containsExactly(true, true);
  }

  @Test
  void waiver_pathCoversWholeSegmentsOnly() {
    Waiver w = waiver("CJ-DEL-001").path("/priorityActions/1/deliverables/1").build();

    assertThat(w.covers("CJ-DEL-001", "/priorityActions/1/deliverables/1/owners")).isTrue();
    assertThat(w.covers("CJ-DEL-001", "/priorityActions/1/deliverables/10")).isFalse();
    assertThat(w.covers("CJ-DEL-002", "/priorityActions/1/deliverables/1")).isFalse();
  }

  @Test
  void counts_areOfFindingsNoWaiverCovers() {
    Assessment none = assess();
    Assessment waived = assess(waiver("CJ-DEL-001").build(),
        waiver("CJ-COV-001").priorityAction(6).build());

    assertThat(none.counts().get(Severity.ERROR)).isEqualTo(4);
    assertThat(waived.counts()).containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 0).containsEntry(Severity.INFO, 0);
    assertThat(waived.waivedCount()).isEqualTo(3);
    assertThat(waived.worstUnwaived()).contains(Severity.ERROR);
    assertThat(waived.coverageOf(2).errors()).isZero();
    assertThat(waived.coverageOf(2).waived()).isEqualTo(1);
  }

  @Test
  void counts_cannotBeChangedByACaller() {
    Assessment a = assess();

    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> a.counts().put(Severity.ERROR, 0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(a.counts().get(Severity.ERROR)).isEqualTo(4);
  }

  @Test
  void waiver_expiredNoLongerWaives() {
    Assessment a = assess(waiver("CJ-DEL-001").deliverable("2.1")
        .expires(LocalDate.of(2025, 3, 31)).build());

    assertThat(a.findings()).filteredOn(Finding::isWaived).isEmpty();
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-001"))
        .extracting(Finding::message).containsExactly("The waiver of CJ-DEL-001 for deliverable"
            + " 2.1 (\"Agreed at the March board\") expired on 2025-03-31; the finding it"
            + " covers is no longer waived.");
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-001"))
        .extracting(Finding::key).containsExactly("CJ-CFG-001/rule=CJ-DEL-001/deliverable=2.1");
    assertThat(Optional.of(a.counts().get(Severity.ERROR))).contains(4);
  }

  @Test
  void waiver_expiredCoveringSeveralSaysHowMany() {
    Assessment a = assess(waiver("CJ-DEL-001").expires(LocalDate.of(2025, 3, 31)).build());

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-001"))
        .extracting(Finding::message, Finding::key)
        .containsExactly(tuple("The waiver of CJ-DEL-001 anywhere in the plan (\"Agreed at the"
            + " March board\") expired on 2025-03-31; the 2 findings it covers are no longer"
            + " waived.", "CJ-CFG-001/rule=CJ-DEL-001"));
  }

  @Test
  void waiver_keyNamesWhatTheWaiverNames() {
    Assessment a = assess(waiver("CJ-DEL-001").priorityAction(9).deliverable("9.1")
        .path("/priorityActions/8").build(), waiver("CJ-DEL-001").deliverable("9.1").build(),
        waiver("CJ-DEL-001").deliverable("9.1").reason("Same again").build());

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-002"))
        .extracting(Finding::key).containsExactly(
            "CJ-CFG-002/rule=CJ-DEL-001/pa=9/deliverable=9.1/path=~1priorityActions~18",
            "CJ-CFG-002/rule=CJ-DEL-001/deliverable=9.1",
            "CJ-CFG-002/rule=CJ-DEL-001/deliverable=9.1#2");
  }

  @Test
  void waiver_insertedFirstChangesNoOtherWaiversKey() {
    Waiver unused = waiver("CJ-DEL-001").deliverable("9.1").build();
    Waiver expired = waiver("CJ-DEL-001").deliverable("2.1")
        .expires(LocalDate.of(2025, 3, 31)).build();
    Waiver inserted = waiver("CJ-COV-001").priorityAction(9).reason("Added first").build();

    org.cjoip.rules.report.Comparison c = org.cjoip.rules.report.Comparison.of(
        assess(unused, expired), assess(inserted, unused, expired));

    assertThat(c.appeared()).extracting(Finding::key)
        .containsExactly("CJ-CFG-002/rule=CJ-COV-001/pa=9");
    assertThat(c.disappeared()).isEmpty();
    assertThat(c.changed()).isEmpty();
    assertThat(c.moved()).isEmpty();
  }
}
