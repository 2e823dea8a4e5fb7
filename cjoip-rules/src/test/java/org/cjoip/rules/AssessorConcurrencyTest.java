package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;

/**
 * One {@link Assessor} shared by eight threads gives, assessment for assessment, exactly what
 * it gives when used from one thread: the knowledge base is shared, sessions are not. Every
 * pair of plan and date is assessed once concurrently; {@code -Pthorough} runs 10,000
 * assessments.
 */
final class AssessorConcurrencyTest {

  private static final int THREADS = 8;

  private static List<Plan> plans() {
    List<UnaryOperator<Deliverable>> changes = List.of(
        d -> d,
        d -> Deliverable.builder().from(d).owners(List.of()).build(),
        d -> Deliverable.builder().from(d).owners(List.of("TBC")).build(),
        d -> Deliverable.builder().from(d).timescale("Ongoing").build(),
        d -> Deliverable.builder().from(d).timescale("31 March 2024").build(),
        d -> Deliverable.builder().from(d).timescale("Q3 2026/27").build(),
        d -> Deliverable.builder().from(d).status(Status.COMPLETE).build(),
        d -> Deliverable.builder().from(d).status(Status.NOT_STARTED)
            .timescale("2023/24").build(),
        d -> Deliverable.builder().from(d).description("Work together.").build());
    List<Plan> plans = new ArrayList<>();
    plans.add(RuleTesting.good());
    for (int number = 1; number <= 13; number += 3) {
      for (UnaryOperator<Deliverable> change : changes) {
        plans.add(around(number, RuleTesting.withDeliverable(number, change)));
      }
      plans.add(around(number, RuleTesting.withSection(number,
          s -> PriorityActionResponse.builder().from(s).deliverables(List.of()).build())));
      plans.add(around(number, RuleTesting.withSection(number,
          s -> PriorityActionResponse.builder().from(s).localIndicators(List.of()).build())));
    }
    return plans;
  }

  /**
   * The plan with only the changed section and its neighbours: a small plan keeps each
   * assessment quick, and the sections left out vary the findings further.
   */
  private static Plan around(int number, Plan plan) {
    int first = Math.min(number, 11);
    return Plan.builder().from(plan).priorityActions(plan.priorityActions().stream()
        .filter(s -> s.number() >= first && s.number() < first + 3).toList()).build();
  }

  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1),
      LocalDate.of(2025, 4, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2028, 3, 31),
      LocalDate.of(2029, 1, 1));

  @Test
  void assess_eightThreadsSharingOneAssessor_giveTheSequentialResults() throws Exception {
    Assessor assessor = Assessor.standard();
    // Documents made once: the test is about the shared Assessor, not about PlanDocument.of.
    List<PlanDocument> plans =
        plans().stream().map(p -> PlanDocument.of(p, "<plan>")).toList();
    // Sequential answers, one per distinct (plan, date) pair.
    List<Assessment> sequential = new ArrayList<>();
    for (PlanDocument plan : plans) {
      for (LocalDate day : DATES) {
        Assessment a = assessor.assess(plan, day);
        sequential.add(a);
      }
    }
    int distinct = sequential.size();
    int assessments = TestSettings.pick(distinct, 10_000);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Assessment>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < assessments; i++) {
        // A stride coprime with the number of pairs mixes plans and dates across threads.
        int pair = (int) ((i * 7919L) % distinct);
        PlanDocument plan = plans.get(pair / DATES.size());
        LocalDate day = DATES.get(pair % DATES.size());
        futures.add(pool.submit(() -> assessor.assess(plan, day)));
      }
      for (int i = 0; i < assessments; i++) {
        int pair = (int) ((i * 7919L) % distinct);
        Assessment concurrent = futures.get(i).get();
        assertThat(concurrent).as("assessment %d (pair %d)", i, pair)
            .isEqualTo(sequential.get(pair));
      }
    } finally {
      pool.shutdownNow();
    }
    // The variations must matter, or the comparison proves little: the findings differ from
    // plan to plan on every date, and from date to date for every plan.
    assertThat(distinct).isEqualTo(plans.size() * DATES.size());
    assertThat(sequential.stream().map(AssessorConcurrencyTest::findings).distinct().count())
        .isGreaterThan(plans.size());
    for (int d = 0; d < DATES.size(); d++) {
      Set<List<String>> onThatDay = new HashSet<>();
      for (int p = 0; p < plans.size(); p++) {
        onThatDay.add(findings(sequential.get(p * DATES.size() + d)));
      }
      assertThat(onThatDay).as("distinct findings on %s", DATES.get(d))
          .hasSizeGreaterThan(plans.size() / 4);
    }
    for (int p = 0; p < plans.size(); p++) {
      Set<List<String>> overTime = new HashSet<>();
      for (int d = 0; d < DATES.size(); d++) {
        overTime.add(findings(sequential.get(p * DATES.size() + d)));
      }
      assertThat(overTime).as("distinct findings of plan %d over time", p).hasSizeGreaterThan(1);
    }
  }

  /** What an assessment found, rule, severity and place, without the plan and the date. */
  private static List<String> findings(Assessment a) {
    return a.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.path()).toList();
  }
}
