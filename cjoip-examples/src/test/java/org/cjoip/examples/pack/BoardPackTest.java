package org.cjoip.examples.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cjoip.examples.Examples;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.Severity;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;
import org.junit.jupiter.api.Test;

final class BoardPackTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);
  private static final Assessor WITH_PACK =
      Assessor.builder().rulePack(new BoardPack()).build();

  private static Plan perth() throws Exception {
    return Examples.read("perth-and-kinross").plan();
  }

  private static List<Finding> board(Assessment a) {
    return a.findings().stream().filter(f -> f.ruleId().startsWith("BRD-")).toList();
  }

  /** Perth and Kinross with the first deliverable of priority action 1 changed. */
  private static Plan perthWithFirstDeliverable(UnaryOperator<Deliverable.Builder> change)
      throws Exception {
    Plan perth = perth();
    PriorityActionResponse first = perth.priorityActions().get(0);
    List<Deliverable> deliverables = new java.util.ArrayList<>(first.deliverables());
    deliverables.set(0, change.apply(Deliverable.builder().from(deliverables.get(0))).build());
    List<PriorityActionResponse> sections = new java.util.ArrayList<>(perth.priorityActions());
    sections.set(0, PriorityActionResponse.builder().from(first).deliverables(deliverables)
        .build());
    return Plan.builder().from(perth).priorityActions(sections).build();
  }

  @Test
  void discover_offersTheBoardPackByName() {
    assertThat(RulePacks.find(BoardPack.NAME)).get().isInstanceOf(BoardPack.class);
  }

  @Test
  void describe_listsItsThreeRules() {
    assertThat(WITH_PACK.rules().stream().filter(r -> r.id().startsWith("BRD-")))
        .extracting(r -> r.id(), r -> r.defaultSeverity())
        .containsExactly(
            tuple("BRD-DUE-001", Severity.INFO),
            tuple("BRD-OWN-001", Severity.INFO),
            tuple("BRD-PRI-001", Severity.WARNING));
  }

  @Test
  void own001_perthDeliverablesWithMoreThanThreeOwners() throws Exception {
    Assessment a = WITH_PACK.assess(perth(), AS_OF);

    assertThat(board(a))
        .extracting(Finding::ruleId, Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple("BRD-OWN-001", "/priorityActions/6/deliverables/2/owners", Severity.INFO,
                "Deliverable 7.3 names 4 owners, so no one partner leads it."),
            tuple("BRD-OWN-001", "/priorityActions/7/deliverables/3/owners", Severity.INFO,
                "Deliverable 8.4 names 4 owners, so no one partner leads it."),
            tuple("BRD-OWN-001", "/priorityActions/8/deliverables/0/owners", Severity.INFO,
                "Deliverable 9.1 names 5 owners, so no one partner leads it."));
    assertThat(a.ruleSets())
        .containsExactly(RuleSetVersion.of("cjoip", a.rulesetVersion()),
            RuleSetVersion.of("example-board", "1.0.0"));
  }

  @Test
  void pri001_mustDeliverableNotStarted() throws Exception {
    Plan plan = perthWithFirstDeliverable(d -> d.status(Status.NOT_STARTED));

    assertThat(board(WITH_PACK.assess(plan, AS_OF)))
        .extracting(Finding::ruleId, Finding::path, Finding::severity)
        .contains(tuple("BRD-PRI-001", "/priorityActions/0/deliverables/0/status",
            Severity.WARNING))
        .filteredOn(t -> t.toList().get(0).equals("BRD-PRI-001"))
        .hasSize(1);
  }

  @Test
  void due001_deliverableLeftToTheFinalYear() throws Exception {
    Plan plan = perthWithFirstDeliverable(
        d -> d.due(LocalDate.of(2027, 6, 30)).status(Status.IN_PROGRESS));

    assertThat(board(WITH_PACK.assess(plan, AS_OF)))
        .filteredOn(f -> f.ruleId().equals("BRD-DUE-001"))
        .extracting(Finding::path, Finding::message)
        .containsExactly(tuple("/priorityActions/0/deliverables/0/due",
            "Deliverable 1.1 is due on 2027-06-30, in the plan's final year."));
  }

  @Test
  void due001_completeDeliverableNotReported() throws Exception {
    Plan plan = perthWithFirstDeliverable(
        d -> d.due(LocalDate.of(2027, 6, 30)).status(Status.COMPLETE));

    assertThat(board(WITH_PACK.assess(plan, AS_OF)))
        .extracting(Finding::ruleId)
        .doesNotContain("BRD-DUE-001");
  }

  @Test
  void pack_leavesTheBuiltInFindingsAlone() throws Exception {
    Assessment without = Assessor.standard().assess(perth(), AS_OF);
    Assessment with = WITH_PACK.assess(perth(), AS_OF);

    assertThat(with.findings().stream().filter(f -> f.ruleId().startsWith("CJ-")).toList())
        .isEqualTo(without.findings());
  }

  @Test
  void runtimeCompiledDrl_givesTheSameFindingsAsThePrecompiledPack() throws Exception {
    String drl;
    try (InputStream in = BoardPack.class.getResourceAsStream("board.drl")) {
      drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    RulePack compiled =
        RulePacks.compile("board", java.util.Map.of("board.drl", drl));

    Assessment a = Assessor.builder().rulePack(compiled).build().assess(perth(), AS_OF);

    assertThat(board(a)).isEqualTo(board(WITH_PACK.assess(perth(), AS_OF)));
  }
}
