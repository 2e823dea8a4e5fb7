package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * A plan assessed with its annual returns: the returns' figures are its indicators' figures,
 * nothing dated after the as-of date counts, and the assessment names the returns it used.
 */
final class PlanHistoryTest {

  /** The Testshire plan with an indicator for each action and its local outcome. */
  private static final String PLAN = ReturnFixtures.resource("plan.yaml") + """
      indicators:
        - name: Number of diversion from prosecution cases commenced
          priorityAction: 1
          national: true
          unit: COUNT
          baseline: { period: 2022/23, value: 70 }
          target: { direction: INCREASE, value: 90, period: 2027/28 }
        - name: Number of referrals from custody centres
          priorityAction: 2
          national: true
          unit: COUNT
          baseline: { period: 2022/23, value: 100 }
          target: { direction: INCREASE, value: 150, period: 2027/28 }
        - name: Residents who feel safe walking alone after dark
          national: false
          unit: PERCENT
          baseline: { period: 2022/23, value: 70 }
          target: { direction: INCREASE, value: 80, period: 2027/28 }
      """;
  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

  private static PlanDocument plan() {
    return ReturnFixtures.plan(PLAN);
  }

  private static ReturnDocument good(String text) {
    return ReturnFixtures.annualReturn(text, "testshire-2023-24.yaml");
  }

  private static ReturnDocument next() {
    return ReturnFixtures.annualReturn(ReturnFixtures.NEXT, "testshire-2024-25.yaml");
  }

  private static List<String> missingFigures(Assessment a) {
    return a.findings().stream().filter(f -> f.ruleId().equals("CJ-IND-004"))
        .map(Finding::key).toList();
  }

  @Test
  void assess_thePlanAlone_asksForEveryYearsFigure() {
    Assessment a = Assessor.standard().assess(plan(), JUNE_2025);

    assertThat(missingFigures(a)).containsExactly(
        "CJ-IND-004/indicator=number of diversion from prosecution cases commenced"
            + "/year=2023~124",
        "CJ-IND-004/indicator=number of diversion from prosecution cases commenced"
            + "/year=2024~125",
        "CJ-IND-004/indicator=number of referrals from custody centres/year=2023~124",
        "CJ-IND-004/indicator=number of referrals from custody centres/year=2024~125",
        "CJ-IND-004/indicator=residents who feel safe walking alone after dark/year=2023~124",
        "CJ-IND-004/indicator=residents who feel safe walking alone after dark/year=2024~125");
  }

  @Test
  void assess_withItsReturns_aFigureAReturnGivesIsTheIndicatorsFigureForTheYear() {
    // 2023/24 gives a value, an unavailable figure with its reason, and a local percentage.
    Assessment oneYear = Assessor.standard().assess(plan(),
        List.of(good(ReturnFixtures.GOOD)), JUNE_2025);
    Assessment twoYears = Assessor.standard().assess(plan(),
        List.of(next(), good(ReturnFixtures.GOOD)), JUNE_2025);

    assertThat(missingFigures(oneYear)).containsExactly(
        "CJ-IND-004/indicator=number of diversion from prosecution cases commenced"
            + "/year=2024~125",
        "CJ-IND-004/indicator=number of referrals from custody centres/year=2024~125",
        "CJ-IND-004/indicator=residents who feel safe walking alone after dark/year=2024~125");
    assertThat(twoYears.findings()).extracting(Finding::ruleId).doesNotContain("CJ-IND-004");
  }

  @Test
  void assess_withItsReturns_aMeasureNamedByItsIdIsThePlansIndicatorOfIt() {
    String byId = ReturnFixtures.GOOD.replace(
        "indicator: Number of diversion from prosecution cases commenced",
        "indicator: CJPF-M1.2");

    Assessment a = Assessor.standard().assess(plan(), List.of(good(byId)),
        LocalDate.of(2024, 6, 1));

    assertThat(missingFigures(a)).isEmpty();
  }

  @Test
  void assess_withItsReturns_anUnavailableFigureWithoutAReasonIsNoFigure() {
    String noReason = ReturnFixtures.GOOD.replace(
        "unavailable: Custody figures for 2023/24 are published in February 2025.",
        "unavailable: \"  \"");

    Assessment a = Assessor.standard().assess(plan(), List.of(good(noReason)),
        LocalDate.of(2024, 6, 1));

    assertThat(missingFigures(a)).containsExactly(
        "CJ-IND-004/indicator=number of referrals from custody centres/year=2023~124");
  }

  @Test
  void assess_withItsReturns_aFigureForAnotherActionsIndicatorIsNotItsFigure() {
    // The custody measure given under priority action 1 is not priority action 2's figure.
    String misplaced = ReturnFixtures.GOOD.replace(
        "      - indicator: Number of referrals to the diversion worker\n",
        "      - indicator: Number of referrals from custody centres\n        value: 12\n"
            + "        unit: COUNT\n      - indicator: Number of referrals to the diversion"
            + " worker\n")
        .replace("unavailable: Custody figures for 2023/24 are published in February 2025.",
            "unavailable: \"\"");

    Assessment a = Assessor.standard().assess(plan(), List.of(good(misplaced)),
        LocalDate.of(2024, 6, 1));

    assertThat(missingFigures(a)).containsExactly(
        "CJ-IND-004/indicator=number of referrals from custody centres/year=2023~124");
  }

  @Test
  void assess_asOfADateBeforeTheYearEnded_leavesTheReturnOutAndMatchesThePlanAlone() {
    LocalDate january2024 = LocalDate.of(2024, 1, 15);

    Assessment alone = Assessor.standard().assess(plan(), january2024);
    Assessment withReturns = Assessor.standard().assess(plan(),
        List.of(next(), good(ReturnFixtures.GOOD)), january2024);

    assertThat(withReturns.findings()).isEqualTo(alone.findings());
    assertThat(withReturns.schedule()).isEqualTo(alone.schedule());
    assertThat(withReturns.coverage()).isEqualTo(alone.coverage());
    assertThat(withReturns.returns())
        .extracting(GivenReturn::reportingYear, GivenReturn::source, GivenReturn::used)
        .containsExactly(
            tuple(FinancialYear.of(2023), "testshire-2023-24.yaml", false),
            tuple(FinancialYear.of(2024), "testshire-2024-25.yaml", false));
    assertThat(alone.returns()).isEmpty();
  }

  @Test
  void assess_aCompletionDatedAfterTheAsOfDate_doesNotCloseTheDeliverable() {
    // 2.1 was due on 2024-03-31; the 2023/24 return, written later, says it was done in June.
    String late = ReturnFixtures.GOOD.replace("completed: 2024-01-08", "completed: 2024-06-10");

    Assessment may = Assessor.standard().assess(plan(), List.of(good(late)),
        LocalDate.of(2024, 5, 1));
    Assessment july = Assessor.standard().assess(plan(), List.of(good(late)),
        LocalDate.of(2024, 7, 1));

    assertThat(may.findings()).filteredOn(f -> f.ruleId().equals("CJ-DEL-005"))
        .extracting(f -> f.deliverable().orElse(""), Finding::message)
        .containsExactly(tuple("2.1", "Deliverable 2.1 was due on 2024-03-31 and is not"
            + " recorded as complete (31 days overdue as of 2024-05-01)."));
    assertThat(may.schedule()).filteredOn(d -> d.id().filter("2.1"::equals).isPresent())
        .extracting(ScheduledDeliverable::state)
        .containsExactly(ScheduledDeliverable.State.OVERDUE);
    assertThat(july.findings()).extracting(Finding::ruleId).doesNotContain("CJ-DEL-005");
    assertThat(july.schedule()).filteredOn(d -> d.id().filter("2.1"::equals).isPresent())
        .extracting(ScheduledDeliverable::state)
        .containsExactly(ScheduledDeliverable.State.COMPLETE);
  }

  @Test
  void assess_namesTheReturnsUsedAndThoseLeftOut_inTheTextReport() {
    Assessment a = Assessor.standard().assess(plan(),
        List.of(next(), good(ReturnFixtures.GOOD)), LocalDate.of(2024, 6, 1));

    assertThat(a.returns())
        .extracting(GivenReturn::reportingYear, GivenReturn::used)
        .containsExactly(tuple(FinancialYear.of(2023), true),
            tuple(FinancialYear.of(2024), false));
    assertThat(TextReport.write(a, false)).startsWith(
        "Testshire Community Justice Outcome Improvement Plan 2023-2028 (fictional)\n"
            + "With its annual returns for 2023/24 (testshire-2023-24.yaml)\n"
            + "Left out, as their reporting year had not ended by 2024-06-01: 2024/25"
            + " (testshire-2024-25.yaml)\n"
            + "Partnership: Testshire Community Justice Partnership (fictional)\n");
  }

  @Test
  void assess_twoReturnsOfOneYear_areRefusedEvenWhenLeftOut() {
    assertThatThrownBy(() -> Assessor.standard().assess(plan(),
        List.of(next(), ReturnFixtures.annualReturn(ReturnFixtures.NEXT, "again.yaml")),
        LocalDate.of(2024, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two returns report on 2024/25");
  }

  @Test
  void assess_aNullArgument_isRefusedByName() {
    ReturnDocument year = good(ReturnFixtures.GOOD);
    LocalDate day = LocalDate.of(2024, 6, 1);

    assertThatThrownBy(() -> Assessor.standard().assess(year, plan(), null, day))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("earlier must not be null (give List.of() for none)");
    assertThatThrownBy(() -> Assessor.standard().assess(year, null, List.of(), day))
        .isInstanceOf(NullPointerException.class).hasMessage("plan must not be null");
    assertThatThrownBy(() -> Assessor.standard().assess(year, plan(), List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf must not be null");
    assertThatThrownBy(() -> Assessor.standard().assess(plan(), null, day))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("returns must not be null (give List.of() for none)");
  }
}
