package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;

final class ComparisonTest {

  private static final String D = "/priorityActions/1/deliverables/0";

  /** Where the text places a finding of D: the plan, its pointer (no line: built in code). */
  private static final String AT_D = "<plan> " + D + " (priority action 2, deliverable 2.1)";

  private static Plan noOwner() {
    return RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d)
        .owners(List.of()).build());
  }

  @Test
  void of_sameAssessmentHasNoChanges() {
    Assessment a = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    Comparison c = Comparison.of(a, a);

    assertThat(c.isEmpty()).isTrue();
    assertThat(c.madeDifferently()).isEmpty();
    assertThat(c.toText()).isEqualTo("0 appeared, 0 disappeared, 0 changed, 0 moved\n");
  }

  @Test
  void of_findingThatAppearedAndDisappeared() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    Comparison worse = Comparison.of(good, bad);
    Comparison better = Comparison.of(bad, good);

    assertThat(worse.appeared())
        .extracting(Finding::ruleId, Finding::path, Finding::severity)
        .containsExactly(tuple("CJ-DEL-001", D, Severity.ERROR));
    assertThat(worse.disappeared()).isEmpty();
    assertThat(worse.worsenedTo(Severity.ERROR)).isTrue();
    assertThat(better.disappeared()).extracting(Finding::ruleId).containsExactly("CJ-DEL-001");
    assertThat(better.worsenedTo(Severity.INFO)).isFalse();
    assertThat(worse.toText()).isEqualTo("Appeared (1):\n"
        + "  + ERROR   CJ-DEL-001  " + AT_D + "  " + bad.findings().get(0).message() + "\n"
        + "1 appeared, 0 disappeared, 0 changed, 0 moved\n");
  }

  @Test
  void of_editionOfTheSameIdWithOtherContentIsADifference() {
    Edition bundled = Frameworks.bundled().get("cjpf-2023");
    Edition retitled = Edition.builder().from(bundled).title("Community Justice Performance"
        + " Framework, revised").build();
    Assessment before = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Assessment after = Assessor.builder().edition(retitled).build()
        .assess(noOwner(), RuleTesting.AS_OF);

    Comparison c = Comparison.of(before, after);

    assertThat(c.madeDifferently()).containsExactly("framework edition content: sha256:"
        + before.editionSha256().orElseThrow().substring(0, 12) + " → sha256:"
        + EditionWriter.sha256(retitled).substring(0, 12));
    assertThat(before.editionSha256()).contains(EditionWriter.sha256(bundled));
  }

  @Test
  void toText_escapesTheControlCharactersOfAReport() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Finding f = bad.findings().get(0);
    Assessment hostile = Assessment.builder().from(bad).findings(List.of(Finding.builder()
        .from(f).message("\u001b]0;owned\u0007\u009b2J").build())).build();

    assertThat(Comparison.of(good, hostile).toText()).contains(
        "  + ERROR   CJ-DEL-001  " + AT_D + "  \\u001b]0;owned\\u0007\\u009b2J\n");
  }

  @Test
  void of_severityChangeAndHowTheyWereMadeDifferently() {
    Assessment before = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Assessment after = Assessor.builder().severity("CJ-DEL-001", Severity.WARNING).build()
        .assess(noOwner(), LocalDate.of(2025, 6, 1));

    Comparison c = Comparison.of(before, after);

    assertThat(c.appeared()).isEmpty();
    assertThat(c.changed())
        .extracting(s -> s.before().severity(), s -> s.after().severity(), s -> s.after().path(),
            Comparison.Change::moved)
        .containsExactly(tuple(Severity.ERROR, Severity.WARNING, D, false));
    assertThat(c.madeDifferently()).containsExactly("as of: 2025-04-01 → 2025-06-01");
    // Lowered, so nothing got worse.
    assertThat(c.worsenedTo(Severity.WARNING)).isFalse();
    assertThat(Comparison.of(after, before).worsenedTo(Severity.ERROR)).isTrue();
  }

  @Test
  void toJson_listsEachKindOfChange() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    assertThat(Comparison.of(good, bad).toJson()).isEqualTo("{\n"
        + "  \"madeDifferently\" : [ ],\n"
        + "  \"appeared\" : [ {\n"
        + "    \"ruleId\" : \"CJ-DEL-001\",\n"
        + "    \"key\" : \"CJ-DEL-001/deliverable=2.1\",\n"
        + "    \"severity\" : \"ERROR\",\n"
        + "    \"path\" : \"" + D + "\",\n"
        + "    \"message\" : \"" + bad.findings().get(0).message() + "\"\n"
        + "  } ],\n"
        + "  \"disappeared\" : [ ],\n"
        + "  \"changed\" : [ ],\n"
        + "  \"moved\" : [ ],\n"
        + "  \"renumbered\" : [ ]\n"
        + "}\n");
  }

  private static Plan withoutActions(Plan plan, Integer... numbers) {
    List<Integer> gone = List.of(numbers);
    return Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .filter(s -> !gone.contains(s.number())).toList()).build();
  }

  private static Assessment assess(Plan plan) {
    return Assessor.standard().assess(plan, RuleTesting.AS_OF);
  }

  @Test
  void of_sectionsReversedIsNoNewFinding() {
    Plan plan = noOwner();
    List<PriorityActionResponse> reversed = new java.util.ArrayList<>(plan.priorityActions());
    java.util.Collections.reverse(reversed);
    Plan again = Plan.builder().from(plan).priorityActions(reversed).build();

    Comparison c = Comparison.of(assess(plan), assess(again));

    assertThat(c.appeared()).isEmpty();
    assertThat(c.disappeared()).isEmpty();
    assertThat(c.changed()).isEmpty();
    assertThat(c.moved()).extracting(x -> x.after().key(), x -> x.before().path(),
            x -> x.after().path(), Comparison.Change::severityChanged)
        .containsExactly(tuple("CJ-DEL-001/deliverable=2.1", D,
            "/priorityActions/11/deliverables/0", false));
  }

  @Test
  void of_removingActionsReportsExactlyThoseActions() {
    Plan lacking3 = withoutActions(RuleTesting.good(), 3);
    Plan lacking346 = withoutActions(RuleTesting.good(), 3, 4, 6);

    Comparison c = Comparison.of(assess(lacking3), assess(lacking346));

    assertThat(c.appeared()).extracting(Finding::key, Finding::priorityAction)
        .containsExactly(tuple("CJ-COV-001/pa=4", java.util.Optional.of(4)),
            tuple("CJ-COV-001/pa=6", java.util.Optional.of(6)));
    assertThat(c.disappeared()).isEmpty();
    assertThat(c.changed()).isEmpty();
  }

  @Test
  void of_deliverableMovedToAnotherActionIsTheSameFinding() {
    Plan plan = noOwner();
    Deliverable moving = plan.priorityAction(2).orElseThrow().deliverables().get(0);
    Plan moved = Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .map(s -> s.number() == 2 ? PriorityActionResponse.builder().from(s)
            .deliverables(List.of(Deliverable.builder().from(RuleTesting.good()
                .priorityAction(2).orElseThrow().deliverables().get(0)).id("2.9")
                .description("Deliver improvement 2.9 with partners.").build()))
            .build()
            : s.number() == 3 ? PriorityActionResponse.builder().from(s)
                .addDeliverables(moving).build() : s)
        .toList()).build();

    Comparison c = Comparison.of(assess(plan), assess(moved));

    assertThat(c.appeared()).isEmpty();
    assertThat(c.disappeared()).isEmpty();
    assertThat(c.changed()).isEmpty();
    assertThat(c.moved()).extracting(x -> x.after().key(), x -> x.after().path(),
            x -> x.after().priorityAction())
        .containsExactly(tuple("CJ-DEL-001/deliverable=2.1", "/priorityActions/2/deliverables/1",
            java.util.Optional.of(3)));
    assertThat(c.toText()).isEqualTo("Moved (1):\n"
        + "  > ERROR   CJ-DEL-001  <plan> /priorityActions/2/deliverables/1 (priority action 3,"
        + " deliverable 2.1)  Deliverable 2.1 has no"
        + " owner.\n"
        + "      moved from " + AT_D + "\n"
        + "0 appeared, 0 disappeared, 0 changed, 1 moved\n");
  }

  @Test
  void of_renumberingOtherDeliverablesChangesNoKey() {
    Plan plan = noOwner();
    Plan renumbered = Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .map(s -> s.number() == 5 ? PriorityActionResponse.builder().from(s).deliverables(
            s.deliverables().stream().map(d -> Deliverable.builder().from(d).id("5.10").build())
                .toList()).build() : s)
        .toList()).build();

    Comparison c = Comparison.of(assess(plan), assess(renumbered));

    assertThat(c.isEmpty()).isTrue();
  }

  @Test
  void of_reportsWithoutKeysArePairedByPlace() {
    Assessment a = assess(noOwner());
    Assessment unkeyed = Assessment.builder().from(a).findings(a.findings().stream()
        .map(f -> Finding.builder().from(f).key(f.ruleId() + "@" + f.path()).build())
        .toList()).build();

    Comparison c = Comparison.of(unkeyed, a);

    assertThat(c.isEmpty()).isTrue();
    assertThat(c.madeDifferently()).containsExactly(
        "findings paired by rule id and place: a report predates finding keys");
  }

  @Test
  void of_waivedFindingsAreChangedNotMoved() {
    Assessment before = assess(noOwner());
    Assessment after = Assessor.builder().waiver(org.cjoip.rules.Waiver.builder()
            .rule("CJ-DEL-001").reason("Owner agreed at the board in May.").build())
        .build().assess(noOwner(), RuleTesting.AS_OF);

    Comparison c = Comparison.of(before, after);

    assertThat(c.moved()).isEmpty();
    assertThat(c.changed()).extracting(x -> x.after().key(), Comparison.Change::waiverChanged,
            Comparison.Change::severityChanged, Comparison.Change::moved)
        .containsExactly(tuple("CJ-DEL-001/deliverable=2.1", true, false, false));
    assertThat(c.toText()).endsWith("Changed (1):\n"
        + "  ~ ERROR   CJ-DEL-001  " + AT_D + "  Deliverable 2.1 has no owner.\n"
        + "      now waived\n"
        + "0 appeared, 0 disappeared, 1 changed, 0 moved\n");
    assertThat(Comparison.of(after, before).toText()).contains("      no longer waived\n");
  }

  @Test
  void of_renumberedDeliverableIsNamedBesideItsFindings() {
    Plan plan = noOwner();
    Plan renumbered = Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .map(s -> s.number() == 2 ? PriorityActionResponse.builder().from(s).deliverables(
            s.deliverables().stream().map(d -> Deliverable.builder().from(d).id("2.3").build())
                .toList()).build() : s)
        .toList()).build();
    String description = plan.priorityAction(2).orElseThrow().deliverables().get(0)
        .description();

    Comparison c = Comparison.of(assess(plan), assess(renumbered));

    // The key carries the deliverable's id: by contract these are other findings.
    assertThat(c.disappeared()).extracting(Finding::key)
        .containsExactly("CJ-DEL-001/deliverable=2.1");
    assertThat(c.appeared()).extracting(Finding::key)
        .containsExactly("CJ-DEL-001/deliverable=2.3");
    assertThat(c.renumbered())
        .containsExactly(new Comparison.Renumbering("2.1", "2.3", description));
    assertThat(c.toText()).contains("Renumbered (1):\n"
            + "  = deliverable 2.1 → 2.3, same description: its findings are listed as"
            + " disappeared under 2.1 and appeared under 2.3\n")
        .endsWith("1 appeared, 1 disappeared, 0 changed, 0 moved, 1 deliverable renumbered\n");
    assertThat(c.toJson()).contains("\"renumbered\" : [ {\n"
        + "    \"from\" : \"2.1\",\n"
        + "    \"to\" : \"2.3\",\n"
        + "    \"description\" : \"" + description + "\"\n"
        + "  } ]\n");
  }

  @Test
  void of_twoDeliverablesWithOneDescriptionAreNotPaired() {
    Plan plan = noOwner();
    Deliverable first = plan.priorityAction(2).orElseThrow().deliverables().get(0);
    Plan twice = Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .map(s -> s.number() == 2 ? PriorityActionResponse.builder().from(s).deliverables(
            List.of(Deliverable.builder().from(first).id("2.3").build(),
                Deliverable.builder().from(first).id("2.4").build())).build() : s)
        .toList()).build();

    assertThat(Comparison.of(assess(plan), assess(twice)).renumbered()).isEmpty();
  }
}
