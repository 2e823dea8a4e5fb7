package org.cjoip.model.annualreturn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the return model refuses, each at its bounds, and what its helpers say. */
final class AnnualReturnInvariantsTest {

  private static AnnualReturn.Builder minimal() {
    return AnnualReturn.builder()
        .title("Glenmore annual report 2023/24")
        .framework("cjpf-2023")
        .reportingYear(FinancialYear.parse("2023/24"))
        .plan(PlanReference.builder().title("Glenmore CJOIP").build())
        .partnership(Partnership.builder().name("Glenmore").build());
  }

  private static Result.Builder result() {
    return Result.builder().indicator("Cases commenced");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 13})
  void actionNumber_acceptsTheStrategysRange(int n) {
    assertThat(ActionReport.builder().number(n).build().number()).isEqualTo(n);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 14})
  void actionNumber_refusesOutsideTheRange(int n) {
    assertThatThrownBy(() -> ActionReport.builder().number(n).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("number must be a priority action from 1 to 13: " + n);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 6})
  void score_acceptsTheSixPointScale(int score) {
    assertThat(SelfEvaluation.builder().score(score).build().score()).isEqualTo(score);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7})
  void score_refusesOffTheScale(int score) {
    assertThatThrownBy(() -> SelfEvaluation.builder().score(score).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be from 1 to 6: " + score);
  }

  @Test
  void completed_onlyWithComplete() {
    assertThatThrownBy(() -> Progress.builder().id("1.1").status(ProgressStatus.DELAYED)
        .completed(LocalDate.of(2024, 2, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("completed is allowed only when status is COMPLETE");
    assertThat(Progress.builder().id("1.1").status(ProgressStatus.COMPLETE)
        .completed(LocalDate.of(2024, 2, 1)).build().isComplete()).isTrue();
  }

  @Test
  void dates_outsideTheRangeAreRefusedByName() {
    assertThatThrownBy(() -> Progress.builder().id("1.1").revisedDue(LocalDate.of(999, 1, 1))
        .build())
        .hasMessage("revisedDue must be a date from 1000-04-01 to 9998-03-31, not 0999-01-01");
    assertThatThrownBy(() -> minimal().submitted(LocalDate.of(9999, 1, 1)).build())
        .hasMessage("submitted must be a date from 1000-04-01 to 9998-03-31, not 9999-01-01");
  }

  @Test
  void reportingYear_mustHaveItsDaysInTheRange() {
    assertThat(minimal().reportingYear(FinancialYear.parse("9997/98")).build().reportingYear())
        .hasToString("9997/98");
    assertThatThrownBy(() -> minimal().reportingYear(FinancialYear.parse("9998/99")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reportingYear must be from 1000/01 to 9997/98, not 9998/99");
  }

  @Test
  void priorityActions_eachAtMostOnce() {
    assertThatThrownBy(() -> minimal().addPriorityActions(ActionReport.builder().number(2).build(),
        ActionReport.builder().number(2).build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("priorityActions must not give a priority action twice");
  }

  @Test
  void figures_areBoundedAsPlanFiguresAre() {
    assertThatThrownBy(() -> result().numerator(new BigDecimal("1e15")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("numerator must be a number smaller than 10^15 in size, with at most 10"
            + " decimal places, not 1E+15");
    assertThat(result().value(new BigDecimal("999999999999999")).build().value())
        .contains(new BigDecimal("999999999999999"));
  }

  @Test
  void wellFormedButWrong_isKeptForTheChecks() {
    Result both = result().value(BigDecimal.TEN).suppressed(true).build();
    Result noReason = result().unavailable("").build();
    Progress unexplained = Progress.builder().id("1.1").revisedDue(LocalDate.of(2025, 3, 31))
        .build();

    assertThat(both.hasFigure()).isTrue();
    assertThat(noReason.unavailable()).contains("");
    assertThat(noReason.isUnavailableWithoutReason()).isTrue();
    assertThat(unexplained.isRevised()).isTrue();
    assertThat(unexplained.revisionReason()).isEmpty();
  }

  @Test
  void hasFigure_isAValueASuppressionOrAReason() {
    assertThat(result().build().hasFigure()).isFalse();
    assertThat(result().source("Statistics").unit(Unit.COUNT).build().hasFigure()).isFalse();
    assertThat(result().value(BigDecimal.ZERO).build().hasFigure()).isTrue();
    assertThat(result().suppressed(true).build().hasFigure()).isTrue();
    assertThat(result().unavailable("Published in February").build().hasFigure()).isTrue();
    assertThat(result().unavailable("").build().hasFigure()).isFalse();
    assertThat(result().unavailable(" ").build().hasFigure()).isFalse();
  }

  @Test
  void isUnavailableWithoutReason_isAnEmptyOrBlankReason() {
    assertThat(result().unavailable("").build().isUnavailableWithoutReason()).isTrue();
    assertThat(result().unavailable(" \t").build().isUnavailableWithoutReason()).isTrue();
    assertThat(result().unavailable("Not yet published").build().isUnavailableWithoutReason())
        .isFalse();
    assertThat(result().build().isUnavailableWithoutReason()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} numerator {2}: {3}")
  @CsvSource(nullValues = "-", value = {
    "COUNT, 0, -, -",
    "COUNT, 1, -, 1",
    "COUNT, 4, -, 4",
    "COUNT, 4.5, -, 4.5",
    "COUNT, 5, -, -",
    "PERCENT, 3, -, -",
    "PERCENT, 60, 3, 3",
    "PERCENT, 60, 12, -",
    "-, 3, -, -",
    "COUNT, 12, 2, 2"
  })
  void countBelow_isACountOrNumeratorFrom1ToTheThresholdLessOne(
      Unit unit, BigDecimal value, BigDecimal numerator, BigDecimal expected) {
    Result r = result().unit(Optional.ofNullable(unit)).value(value)
        .numerator(Optional.ofNullable(numerator)).build();

    assertThat(r.countBelow(5)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void countBelow_aSuppressedResultThatGivesItsValueStillPublishesIt() {
    assertThat(result().unit(Unit.COUNT).value(BigDecimal.valueOf(2)).suppressed(true).build()
        .countBelow(5)).contains(BigDecimal.valueOf(2));
    assertThat(result().unit(Unit.COUNT).suppressed(true).build().countBelow(5)).isEmpty();
  }

  // --- naming the plan's deliverables ----------------------------------------------------

  private static final PriorityActionResponse SECTION = PriorityActionResponse.builder()
      .number(2)
      .addDeliverables(
          Deliverable.builder().id("2.1").description("Numbered.").build(),
          Deliverable.builder().description("Second, unnumbered.").build(),
          Deliverable.builder().description("Third, unnumbered.").build())
      .build();

  private static Optional<String> found(String id) {
    return Progress.builder().id(id).build().findIn(SECTION).map(Deliverable::description);
  }

  @Test
  void findIn_byThePlansIdOrByPlace() {
    assertThat(found("2.1")).contains("Numbered.");
    assertThat(found("2#2")).contains("Second, unnumbered.");
    assertThat(found("2#3")).contains("Third, unnumbered.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2#1", "2#4", "2#0", "2#02", "1#2", "#2", "2#", "2#x", "2.2",
      "2#99999999999"})
  void findIn_namesNothingElse(String id) {
    // 2#1 is numbered, so only its id names it; 1#2 is another action's place.
    assertThat(found(id)).isEmpty();
  }

  @Test
  void findIn_anOutcomesDeliverablesByIdOrBarePlace() {
    StatedOutcome outcome = StatedOutcome.builder().id("L1").text("Local outcome")
        .addDeliverables(Deliverable.builder().description("Unnumbered.").build(),
            Deliverable.builder().id("L1.2").description("Numbered.").build())
        .build();

    assertThat(Progress.builder().id("#1").build().findIn(outcome))
        .map(Deliverable::description).contains("Unnumbered.");
    assertThat(Progress.builder().id("L1.2").build().findIn(outcome))
        .map(Deliverable::description).contains("Numbered.");
    assertThat(Progress.builder().id("#2").build().findIn(outcome)).isEmpty();
    assertThat(Progress.builder().id("1#1").build().findIn(outcome)).isEmpty();
  }

  @Test
  void idOf_isThePlansIdOrThePlace() {
    StatedOutcome outcome = StatedOutcome.builder().text("Local outcome")
        .addDeliverables(Deliverable.builder().description("Unnumbered.").build()).build();

    assertThat(Progress.idOf(SECTION, 0)).isEqualTo("2.1");
    assertThat(Progress.idOf(SECTION, 2)).isEqualTo("2#3");
    assertThat(Progress.idOf(outcome, 0)).isEqualTo("#1");
  }

  @Test
  void lookups_findTheFirst() {
    ActionReport report = ActionReport.builder().number(2)
        .addDeliverables(Progress.builder().id("2.1").progress("first").build(),
            Progress.builder().id("2.1").progress("second").build())
        .build();
    AnnualReturn r = minimal().addPriorityActions(report)
        .addOutcomes(OutcomeReport.builder().outcome("L1")
            .addResults(result().value(BigDecimal.ONE).build()).build())
        .build();

    assertThat(report.progress("2.1")).map(Progress::progress).contains(Optional.of("first"));
    assertThat(r.priorityAction(2)).contains(report);
    assertThat(r.priorityAction(3)).isEmpty();
    assertThat(r.progress()).hasSize(2);
    assertThat(r.results()).extracting(Result::value).containsExactly(Optional.of(BigDecimal.ONE));
  }
}
