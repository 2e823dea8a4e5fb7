package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.DocumentKind;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.junit.jupiter.api.Test;

/**
 * The fictional example holds what docs/annual-returns.md says it holds: the slips of 2023/24
 * and 2024/25 that the model can see without the checks, each where the table puts it, and
 * nothing of the kind anywhere else.
 */
final class GlenmoreTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");
  private static final ReportingCalendar CALENDAR = CJPF.reporting().orElseThrow();

  private static Plan plan() throws Exception {
    return Examples.read("glenmore").plan();
  }

  private static AnnualReturn year(String name) throws Exception {
    return Examples.readReturn(name).annualReturn();
  }

  /** Each result as "priority action or outcome: indicator". */
  private static Stream<String> results(AnnualReturn r, java.util.function.Predicate<Result> p) {
    return Stream.concat(
        r.priorityActions().stream().flatMap(a -> a.results().stream().filter(p)
            .map(x -> a.number() + ": " + x.indicator())),
        r.outcomes().stream().flatMap(o -> o.results().stream().filter(p)
            .map(x -> o.outcome() + ": " + x.indicator())));
  }

  /** Each progress entry as "priority action or outcome: id". */
  private static Stream<String> progress(AnnualReturn r, java.util.function.Predicate<Progress> p) {
    return Stream.concat(
        r.priorityActions().stream().flatMap(a -> a.deliverables().stream().filter(p)
            .map(x -> a.number() + ": " + x.id())),
        r.outcomes().stream().flatMap(o -> o.deliverables().stream().filter(p)
            .map(x -> o.outcome() + ": " + x.id())));
  }

  /** The progress entries that name no deliverable of the plan under their action or outcome. */
  private static List<String> unknownProgress(AnnualReturn r, Plan plan) {
    Stream<String> actions = r.priorityActions().stream().flatMap(a -> a.deliverables().stream()
        .filter(p -> plan.priorityAction(a.number()).flatMap(p::findIn).isEmpty())
        .map(p -> a.number() + ": " + p.id()));
    Stream<String> outcomes = r.outcomes().stream().flatMap(o -> o.deliverables().stream()
        .filter(p -> outcome(plan, o).flatMap(p::findIn).isEmpty())
        .map(p -> o.outcome() + ": " + p.id()));
    return Stream.concat(actions, outcomes).toList();
  }

  private static Optional<StatedOutcome> outcome(Plan plan, OutcomeReport o) {
    return plan.outcomes().stream()
        .filter(s -> s.id().map(o.outcome()::equals).orElse(s.text().equals(o.outcome())))
        .findFirst();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GlenmoreTest.class.getResourceAsStream("returns/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void examples_areAPlanAndItsTwoReturns() throws Exception {
    assertThat(Examples.PLANS).endsWith("glenmore");
    assertThat(Examples.RETURNS).containsExactly("glenmore-2023-24", "glenmore-2024-25");
    assertThat(Examples.kind("glenmore")).isEqualTo(DocumentKind.PLAN);
    assertThat(Examples.kind("glenmore-2023-24")).isEqualTo(DocumentKind.ANNUAL_RETURN);
    assertThat(Examples.planOf("glenmore-2024-25")).isEqualTo("glenmore");
    assertThat(Examples.read("glenmore").warnings()).isEmpty();
    for (String name : Examples.RETURNS) {
      assertThat(Examples.readReturn(name).warnings()).as(name).isEmpty();
    }
  }

  @Test
  void everyDocument_saysItIsFictional() throws Exception {
    assertThat(plan().title()).endsWith("(fictional)");
    assertThat(plan().partnership().name()).endsWith("(fictional)");
    assertThat(Examples.text("glenmore")).contains("# Fictional.");
    for (String name : Examples.RETURNS) {
      assertThat(year(name).title()).as(name).endsWith("(fictional)");
      assertThat(Examples.text(name)).as(name).contains("# Fictional:");
    }
  }

  @Test
  void bothReturns_nameThePlanAsItIsAndAYearOfItsPeriod() throws Exception {
    Plan plan = plan();
    for (String name : Examples.RETURNS) {
      AnnualReturn r = year(name);
      assertThat(r.plan().title()).as(name).isEqualTo(plan.title());
      assertThat(r.plan().period()).as(name).isEqualTo(plan.period());
      assertThat(r.partnership().name()).as(name).isEqualTo(plan.partnership().name());
      assertThat(r.framework()).as(name).isEqualTo(plan.framework());
      assertThat(plan.period().orElseThrow().contains(r.reportingYear().start())).isTrue();
      assertThat(plan.period().orElseThrow().contains(r.reportingYear().end())).isTrue();
    }
  }

  @Test
  void slips2023_placeholderActionAndMissingFigures() throws Exception {
    AnnualReturn r = year("glenmore-2023-24");

    assertThat(r.priorityActions()).filteredOn(a -> a.actionTaken().isEmpty()
            || a.actionTaken().get().equals("TBC"))
        .extracting(ActionReport::number).containsExactly(2);
    // CJ-ANN-004: priority action 7 reports no figure; CJ-ANN-005: 1 lacks CJPF-M1.1. The CPO
    // measure is reported in the plan's own words (as in 2024/25), not by its id.
    assertThat(missingMeasures(r)).containsExactly("1: CJPF-M1.1", "5: CJPF-M5.1",
        "7: CJPF-M7.1");
    // CJ-ANN-006: the local outcome reports action but no figure.
    assertThat(r.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.actionTaken()).isPresent();
      assertThat(o.results()).isEmpty();
    });
  }

  @Test
  void slips2023_progressFiguresAndDates() throws Exception {
    AnnualReturn r = year("glenmore-2023-24");
    int threshold = CALENDAR.disclosureThreshold();

    assertThat(unknownProgress(r, plan())).containsExactly("3: 3.3");
    assertThat(progress(r, p -> p.isRevised() && p.revisionReason().isEmpty()))
        .containsExactly("1: 1.2");
    assertThat(progress(r, p -> true)).doesNotContain("5: 5.2");
    // CJ-ANN-016: due 30 September 2023, still in progress, no revised date.
    assertThat(r.priorityAction(11).orElseThrow().progress("11.1")).hasValueSatisfying(p -> {
      assertThat(p.status()).contains(ProgressStatus.IN_PROGRESS);
      assertThat(p.revisedDue()).isEmpty();
    });
    assertThat(results(r, x -> x.countBelow(threshold).isPresent()))
        .containsExactly("3: CJPF-M3.2");
    assertThat(results(r, Result::isUnavailableWithoutReason))
        .containsExactly("10: Proportion of people liberated from short term custody: i) made"
            + " aware of support; ii) accepting support offer; iii) with a co-ordinated"
            + " pre-release plan in place");
    assertThat(results(r, x -> x.value().isPresent() && x.suppressed())).isEmpty();
    assertThat(r.priorityActions()).filteredOn(a -> a.selfEvaluation().isPresent())
        .extracting(a -> a.number() + ": " + a.selfEvaluation().get().score() + ", "
            + a.selfEvaluation().get().evidence().size() + " evidence")
        .containsExactly("5: 3, 0 evidence", "8: 4, 1 evidence");
    assertThat(r.consultation()).isEmpty();
    assertThat(r.submitted().orElseThrow())
        .isAfter(CALENDAR.returnDate(r.reportingYear()).orElseThrow());
    assertThat(r.signOff()).isPresent();
    assertThat(r.published().orElseThrow().date())
        .isBefore(CALENDAR.publicationDeadline(r.reportingYear()));
  }

  @Test
  void year2024_isCompleteOnItsOwn() throws Exception {
    AnnualReturn r = year("glenmore-2024-25");
    int threshold = CALENDAR.disclosureThreshold();

    assertThat(r.priorityActions()).extracting(ActionReport::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(r.priorityActions()).allMatch(a -> a.actionTaken().isPresent());
    // The CPO measure is reported in the plan's own words, which the wording matcher meets.
    assertThat(missingMeasures(r)).containsExactly("5: CJPF-M5.1");
    assertThat(results(r, x -> x.indicator().equals("Percentage of CPOs successfully completed")))
        .containsExactly("5: Percentage of CPOs successfully completed");
    assertThat(results(r, x -> !x.hasFigure())).isEmpty();
    assertThat(results(r, x -> x.countBelow(threshold).isPresent())).isEmpty();
    assertThat(unknownProgress(r, plan())).isEmpty();
    assertThat(progress(r, p -> p.isRevised() && p.revisionReason().isEmpty())).isEmpty();
    assertThat(r.priorityActions()).filteredOn(a -> a.selfEvaluation().isPresent())
        .allMatch(a -> !a.selfEvaluation().get().evidence().isEmpty());
    assertThat(r.outcomes()).singleElement()
        .satisfies(o -> assertThat(o.results()).allMatch(Result::hasFigure).isNotEmpty());
    assertThat(r.consultation()).isPresent();
    assertThat(r.submitted().orElseThrow())
        .isBeforeOrEqualTo(CALENDAR.returnDate(r.reportingYear()).orElseThrow());
    assertThat(r.signOff().orElseThrow().date().orElseThrow())
        .isBefore(CALENDAR.publicationDeadline(r.reportingYear()));
    assertThat(r.published().orElseThrow().date())
        .isBefore(CALENDAR.publicationDeadline(r.reportingYear()));
  }

  @Test
  void slips2024_comparedWith2023() throws Exception {
    AnnualReturn before = year("glenmore-2023-24");
    AnnualReturn now = year("glenmore-2024-25");

    // CJ-ANN-009: revised in both years; CJ-ANN-010: complete last year, not now.
    assertThat(progress(now, p -> p.isRevised() && before.progress()
        .anyMatch(b -> b.id().equals(p.id()) && b.isRevised())))
        .containsExactly("1: 1.2");
    assertThat(progress(now, p -> !p.isComplete() && before.progress()
        .anyMatch(b -> b.id().equals(p.id()) && b.isComplete())))
        .containsExactly("8: 8.1");
  }

  @Test
  void fixtures_differFromTheirPlanInTheOnePlaceEach() throws Exception {
    Plan plan = plan();
    AnnualReturnReader reader = AnnualReturnReader.standard();
    AnnualReturn outside = reader.read(resource("glenmore-ann-001-year-outside-plan.yaml"),
        "glenmore-ann-001-year-outside-plan.yaml").annualReturn();
    AnnualReturn other = reader.read(resource("glenmore-ann-002-other-plan.yaml"),
        "glenmore-ann-002-other-plan.yaml").annualReturn();

    assertThat(outside.reportingYear().start())
        .isAfter(plan.period().orElseThrow().end());
    assertThat(outside.plan().title()).isEqualTo(plan.title());
    assertThat(outside.plan().period()).isEqualTo(plan.period());
    assertThat(plan.period().orElseThrow().contains(other.reportingYear().start())).isTrue();
    assertThat(other.plan().title()).isNotEqualTo(plan.title());
    assertThat(other.plan().period().orElseThrow().end()).isEqualTo(LocalDate.of(2023, 3, 31));
  }

  /**
   * The edition's measures of each priority action with a national outcome in the plan that
   * the return gives no figure for by measure id, as "priority action: measure id".
   */
  private static List<String> missingMeasures(AnnualReturn r) throws Exception {
    Plan plan = plan();
    return plan.priorityActions().stream()
        .map(PriorityActionResponse::number)
        .filter(n -> CJPF.outcomeFor(n).isPresent())
        .flatMap(n -> CJPF.outcomeFor(n).orElseThrow().indicator().orElseThrow().measures()
            .stream().map(Measure::id)
            .filter(id -> r.priorityAction(n).stream().flatMap(a -> a.results().stream())
                .noneMatch(x -> x.indicator().equals(id) && x.hasFigure()))
            .map(id -> n + ": " + id))
        .toList();
  }
}
