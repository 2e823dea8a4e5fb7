package org.cjoip.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.MeasureFigure.State;
import org.junit.jupiter.api.Test;

/** National totals: only reported counts, and never one that gives a suppressed figure away. */
final class TotalsTest {

  static final FinancialYear YEAR = FinancialYear.parse("2024/25");

  static RollupFigure figure(State state, Integer value, Unit unit) {
    return RollupFigure.builder().priorityAction(1).measure("CJPF-M1.3")
        .measureText("Number of diversion from prosecution cases successfully completed")
        .state(state)
        .value(Optional.ofNullable(value).map(BigDecimal::valueOf))
        .unit(Optional.ofNullable(value).map(v -> unit))
        .build();
  }

  static RollupFigure reported(int value) {
    return figure(State.REPORTED, value, Unit.COUNT);
  }

  static RollupFigure of(State state) {
    return figure(state, null, null);
  }

  static PartnershipSummary summary(String name, RollupFigure figure) {
    return PartnershipSummary.builder()
        .partnership(name).planSource(name + ".yaml").planTitle("Plan of " + name)
        .edition("cjpf-2023").reportingYear(YEAR).returnExpected(true)
        .returnSource(name + "-2024-25.yaml").late(false)
        .addFigures(figure).actionsWithActionTaken(1)
        .build();
  }

  static MeasureTotal total(RollupFigure... figures) {
    List<PartnershipSummary> summaries = new ArrayList<>();
    for (int i = 0; i < figures.length; i++) {
      summaries.add(summary("Partnership " + (char) ('A' + i), figures[i]));
    }
    NationalPicture picture = Rollup.reduce(summaries, List.of(), YEAR,
        LocalDate.of(2025, 11, 1), Frameworks.bundled());
    assertThat(picture.totals()).hasSize(1);
    return picture.totals().get(0);
  }

  @Test
  void reportedCounts_areSummedAndLabelledWithThePartnershipsTheyCover() {
    MeasureTotal t = total(reported(12), reported(30), of(State.MISSING), of(State.UNAVAILABLE));
    assertThat(t.total()).contains(BigDecimal.valueOf(42));
    assertThat(t.unit()).contains(Unit.COUNT);
    assertThat(t).extracting(MeasureTotal::reported, MeasureTotal::suppressed,
        MeasureTotal::unavailable, MeasureTotal::missing).containsExactly(2, 0, 1, 1);
    assertThat(t.withheld()).isEmpty();
  }

  @Test
  void exactlyOneSuppressed_withholdsTheTotal() {
    MeasureTotal t = total(reported(12), reported(30), of(State.SUPPRESSED));
    assertThat(t.total()).isEmpty();
    assertThat(t.withheld()).contains("one partnership's figure is suppressed: a total would"
        + " let it be worked out");
    assertThat(t.suppressed()).isEqualTo(1);
    assertThat(RollupJson.toTree(Rollup.reduce(List.of(summary("A", reported(12)),
        summary("B", of(State.SUPPRESSED))), List.of(), YEAR, LocalDate.of(2025, 11, 1),
        Frameworks.bundled())).get("totals").get(0).has("total")).isFalse();
  }

  @Test
  void twoSuppressed_totalOfTheReportedIsPublished() {
    MeasureTotal t = total(reported(12), of(State.SUPPRESSED), of(State.SUPPRESSED));
    assertThat(t.total()).contains(BigDecimal.valueOf(12));
    assertThat(t.reported()).isEqualTo(1);
    assertThat(t.suppressed()).isEqualTo(2);
  }

  @Test
  void noValueReported_hasNoTotal() {
    MeasureTotal t = total(of(State.SUPPRESSED), of(State.MISSING));
    assertThat(t.total()).isEmpty();
    assertThat(t.withheld()).contains("no partnership reports a value");
  }

  @Test
  void percentages_areNotAddedUp() {
    MeasureTotal t = total(reported(12), figure(State.REPORTED, 40, Unit.PERCENT));
    assertThat(t.total()).isEmpty();
    assertThat(t.withheld()).contains("not a count: figures of other units are not added up");
  }

  @Test
  void suppressedFromReturns_endToEnd() {
    String twelve = RollupFixtures.RETURN.replace(
        "      - indicator: Number of diversion from prosecution cases successfully completed\n"
            + "        suppressed: true\n",
        "      - indicator: Number of diversion from prosecution cases successfully completed\n"
            + "        value: 12\n        unit: COUNT\n");
    List<RollupFixtures.Text> in = new ArrayList<>(RollupFixtures.partnership("Alpha", twelve));
    in.addAll(RollupFixtures.partnership("Beta", RollupFixtures.RETURN));
    NationalPicture one = RollupTest.run(in);
    assertThat(one.totals()).extracting(MeasureTotal::measure, MeasureTotal::total,
        MeasureTotal::reported, MeasureTotal::suppressed).containsExactly(
            tuple("CJPF-M1.1", Optional.of(BigDecimal.valueOf(190)), 2, 0),
            tuple("CJPF-M1.2", Optional.of(BigDecimal.valueOf(162)), 2, 0),
            tuple("CJPF-M1.3", Optional.empty(), 1, 1),
            tuple("CJPF-M2.1", Optional.empty(), 0, 0));
    in.addAll(RollupFixtures.partnership("Gamma", RollupFixtures.RETURN));
    NationalPicture two = RollupTest.run(in);
    assertThat(two.totals().get(2)).extracting(MeasureTotal::total, MeasureTotal::reported,
        MeasureTotal::suppressed).containsExactly(Optional.of(BigDecimal.valueOf(12)), 1, 2);
    // A suppressed figure has no value in any output.
    assertThat(RollupCsv.figures(one)).contains("Beta,2023/24,1,CJPF-M1.3,Number of diversion"
        + " from prosecution cases successfully completed,,suppressed\r\n");
  }

  @Test
  void suppressedFigure_cannotCarryAValue() {
    assertThat(MeasureFigure.State.values()).contains(State.SUPPRESSED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> figure(State.SUPPRESSED, 3,
        Unit.COUNT)).isInstanceOf(IllegalStateException.class)
        .hasMessage("value is allowed only when state is REPORTED");
  }
}
