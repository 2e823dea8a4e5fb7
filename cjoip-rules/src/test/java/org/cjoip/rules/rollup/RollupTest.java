package org.cjoip.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cjoip.rules.rollup.RollupFixtures.PLAN;
import static org.cjoip.rules.rollup.RollupFixtures.RETURN;
import static org.cjoip.rules.rollup.RollupFixtures.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.DisclosureControl;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.ReturnFixtures;
import org.junit.jupiter.api.Test;

final class RollupTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);
  static final Assessor ASSESSOR = Assessor.standard();
  static final Rollup ROLLUP = Rollup.of(ASSESSOR, Frameworks.bundled(), 2);
  static final FinancialYear Y2023 = FinancialYear.parse("2023/24");
  static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  static NationalPicture run(List<RollupFixtures.Text> inputs) {
    return run(inputs, Optional.empty());
  }

  static NationalPicture run(List<RollupFixtures.Text> inputs, Optional<FinancialYear> year) {
    return ROLLUP.run(inputs, year, AS_OF, Rollup.Progress.NONE);
  }

  /** Alpha with returns for two years, Beta with one for the first. */
  static List<RollupFixtures.Text> twoPartnerships() {
    List<RollupFixtures.Text> in =
        new ArrayList<>(partnership("Alpha", RETURN, ReturnFixtures.NEXT));
    in.addAll(partnership("Beta", RETURN));
    return in;
  }

  static PlanDocument plan(RollupFixtures.Text t) throws DocumentException {
    return (PlanDocument) t.read();
  }

  static ReturnDocument ret(RollupFixtures.Text t) throws DocumentException {
    return (ReturnDocument) t.read();
  }

  @Test
  void coverage_equalsThePlansAssessmentWithItsReturnsUpToTheYear() throws Exception {
    List<RollupFixtures.Text> in = twoPartnerships();
    for (FinancialYear year : List.of(Y2023, Y2024)) {
      NationalPicture picture = run(in, Optional.of(year));
      List<ReturnDocument> alpha = year.equals(Y2023) ? List.of(ret(in.get(1)))
          : List.of(ret(in.get(1)), ret(in.get(2)));
      assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership)
          .containsExactly("Alpha", "Beta");
      assertThat(picture.partnerships().get(0).coverage())
          .isEqualTo(ASSESSOR.assess(plan(in.get(0)), alpha, AS_OF).coverage());
      assertThat(picture.partnerships().get(1).coverage())
          .isEqualTo(ASSESSOR.assess(plan(in.get(3)), List.of(ret(in.get(4))), AS_OF)
              .coverage());
    }
    // The year's revised and completed deliverables count: Beta's 1.2 is overdue, Alpha's not.
    NationalPicture latest = run(in);
    assertThat(latest.partnerships()).extracting(p -> p.coverage().get(0).overdue())
        .containsExactly(0, 1);
  }

  @Test
  void figures_areTheReturnsFiguresForTheYear() throws Exception {
    List<RollupFixtures.Text> in = twoPartnerships();
    NationalPicture picture = run(in);
    List<MeasureFigure> checked = ASSESSOR
        .assess(ret(in.get(2)), plan(in.get(0)), List.of(ret(in.get(1))), AS_OF)
        .annualReturn().orElseThrow().figures();
    assertThat(picture.partnerships().get(0).figures())
        .extracting(RollupFigure::priorityAction, RollupFigure::measure, RollupFigure::state,
            RollupFigure::value)
        .containsExactlyElementsOf(checked.stream()
            .map(f -> tuple(f.priorityAction(), f.measureId(), f.state(), f.value())).toList());
    assertThat(picture.partnerships().get(0).figures())
        .extracting(RollupFigure::measure, RollupFigure::state)
        .containsExactly(tuple("CJPF-M1.1", MeasureFigure.State.REPORTED),
            tuple("CJPF-M1.2", MeasureFigure.State.REPORTED),
            tuple("CJPF-M1.3", MeasureFigure.State.SUPPRESSED),
            tuple("CJPF-M2.1", MeasureFigure.State.UNAVAILABLE));
    // Beta gave no return for 2024/25: every measure of its addressed actions is missing.
    assertThat(picture.partnerships().get(1).figures())
        .extracting(RollupFigure::measure, RollupFigure::state)
        .containsExactly(tuple("CJPF-M1.1", MeasureFigure.State.MISSING),
            tuple("CJPF-M1.2", MeasureFigure.State.MISSING),
            tuple("CJPF-M1.3", MeasureFigure.State.MISSING),
            tuple("CJPF-M2.1", MeasureFigure.State.MISSING));
  }

  static final String M11 = "      - indicator: CJPF-M1.1\n        value: 95\n        unit: COUNT\n";

  /** Alpha's return with its CJPF-M1.1 entry replaced; Beta reports 95 for it. */
  static List<RollupFixtures.Text> alphaGives(String m11) {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Alpha", RETURN.replace(M11,
        m11)));
    in.addAll(partnership("Beta", RETURN));
    return in;
  }

  static RollupFigure m11(NationalPicture picture, String partnership) {
    return picture.partnerships().stream().filter(p -> p.partnership().equals(partnership))
        .findFirst().orElseThrow().figures().get(0);
  }

  @Test
  void countBelowTheDisclosureThreshold_isSuppressedAndLeftOutOfTheTotal() {
    for (String value : List.of("1", "4", "4.5")) {
      NationalPicture picture = run(alphaGives(M11.replace("95", value)));
      assertThat(m11(picture, "Alpha")).extracting(RollupFigure::measure, RollupFigure::state,
          RollupFigure::value, RollupFigure::unit).containsExactly("CJPF-M1.1",
              MeasureFigure.State.SUPPRESSED, Optional.empty(), Optional.empty());
      assertThat(picture.totals().get(0)).extracting(MeasureTotal::measure,
          MeasureTotal::reported, MeasureTotal::suppressed, MeasureTotal::total,
          MeasureTotal::withheld).containsExactly("CJPF-M1.1", 1, 1, Optional.empty(),
              Optional.of(Totals.ONE_SUPPRESSED));
      assertThat(RollupCsv.figures(picture)).contains("Alpha,2023/24,1,CJPF-M1.1,"
          + m11(picture, "Alpha").measureText() + ",,suppressed\r\n");
      assertThat(RollupJson.write(picture)).doesNotContain("\"value\":" + value + ",")
          .doesNotContain("\"value\":" + value + "}");
      assertThat(RollupHtml.write(picture)).contains("<g data-partnership=\"Alpha\""
          + " data-status=\"suppressed\">\n<text x=\"0\" y=\"13\">Alpha</text>\n"
          + "<rect class=\"bar\" x=\"380\" y=\"3\" width=\"0\" height=\"12\"></rect>\n"
          + "<text x=\"386\" y=\"13\">suppressed</text>");
    }
  }

  @Test
  void countAtTheThresholdOrZero_isReportedAndTotalled() {
    for (String value : List.of("5", "0")) {
      NationalPicture picture = run(alphaGives(M11.replace("95", value)));
      assertThat(m11(picture, "Alpha")).extracting(RollupFigure::state, RollupFigure::value)
          .containsExactly(MeasureFigure.State.REPORTED, Optional.of(new BigDecimal(value)));
      assertThat(picture.totals().get(0).total()).contains(new BigDecimal(value).add(
          BigDecimal.valueOf(95)));
    }
  }

  @Test
  void disclosureThreshold_isTheEditions() {
    Frameworks bundled = Frameworks.bundled();
    Edition edition = bundled.get("cjpf-2023");
    ReportingCalendar calendar = edition.reporting().orElseThrow();
    Edition ten = Edition.builder().from(edition).reporting(ReportingCalendar.builder()
        .from(calendar).disclosure(DisclosureControl.builder()
            .from(calendar.disclosure().orElseThrow()).threshold(10).build()).build()).build();
    Frameworks frameworks = Frameworks.of(List.of(bundled.get("opif-2016"), ten));
    // Without the rule, too: the rollup applies the threshold itself.
    Rollup rollup = Rollup.of(Assessor.builder().frameworks(frameworks).disable("CJ-ANN-011")
        .build(), frameworks, 1);
    NationalPicture picture = rollup.run(alphaGives(M11.replace("95", "9")), Optional.empty(),
        AS_OF, Rollup.Progress.NONE);
    assertThat(m11(picture, "Alpha").state()).isEqualTo(MeasureFigure.State.SUPPRESSED);
    assertThat(m11(picture, "Beta").value()).contains(BigDecimal.valueOf(95));
  }

  @Test
  void rateMadeFromACountBelowTheThreshold_isSuppressed() {
    NationalPicture small = run(alphaGives(M11.replace("95", "60")
        .replace("COUNT\n", "PERCENT\n        numerator: 3\n        denominator: 5\n")));
    assertThat(m11(small, "Alpha")).extracting(RollupFigure::state, RollupFigure::value)
        .containsExactly(MeasureFigure.State.SUPPRESSED, Optional.empty());
    NationalPicture large = run(alphaGives(M11.replace("95", "60")
        .replace("COUNT\n", "PERCENT\n        numerator: 30\n        denominator: 50\n")));
    assertThat(m11(large, "Alpha")).extracting(RollupFigure::state, RollupFigure::value)
        .containsExactly(MeasureFigure.State.REPORTED, Optional.of(BigDecimal.valueOf(60)));
  }

  @Test
  void measureGivenTwiceOnceSuppressed_isSuppressedWhateverTheOrder() {
    String suppressed = "      - indicator: CJPF-M1.1\n        suppressed: true\n";
    for (String twice : List.of(M11 + suppressed, suppressed + M11)) {
      NationalPicture picture = run(alphaGives(twice));
      assertThat(m11(picture, "Alpha")).extracting(RollupFigure::state, RollupFigure::value)
          .containsExactly(MeasureFigure.State.SUPPRESSED, Optional.empty());
      assertThat(RollupCsv.figures(picture)).contains("Alpha,2023/24,1,CJPF-M1.1,")
          .doesNotContain("Alpha,2023/24,1,CJPF-M1.1," + m11(picture, "Alpha").measureText()
              + ",95");
    }
  }

  @Test
  void actionSetAside_isToldApartFromOneNotAddressedInJsonAndHtml() {
    String aside = PLAN.replace("outcomes:\n", "  - number: 3\n    assessment: Bail"
        + " supervision is used as much as the courts ask.\n    prioritised: false\noutcomes:\n");
    NationalPicture picture = run(List.of(
        new RollupFixtures.Text("beta.yaml", RollupFixtures.as(aside, "Beta"))));
    assertThat(picture.partnerships().get(0).coverage()).extracting(c -> c.number(),
        c -> c.addressed(), c -> c.setAside(), c -> c.setAsideReason())
        .startsWith(tuple(1, true, false, Optional.empty()),
            tuple(2, true, false, Optional.empty()),
            tuple(3, false, true, Optional.of("Bail supervision is used as much as the courts"
                + " ask.")),
            tuple(4, false, false, Optional.empty()));
    // The CSV keeps its columns: a set-aside action is not addressed there.
    assertThat(RollupCsv.coverage(picture)).contains("\r\nBeta,cjpf-2023,3,false,,,0,0,0,")
        .contains("\r\nBeta,cjpf-2023,4,false,,,0,0,0,");
    assertThat(RollupJson.write(picture))
        .contains("{\"priorityAction\":3,\"addressed\":false,\"setAside\":true,"
            + "\"setAsideReason\":\"Bail supervision is used as much as the courts ask.\","
            + "\"outcomeStatedAndCorrect\":null,")
        .contains("{\"priorityAction\":4,\"addressed\":false,\"setAside\":false,"
            + "\"outcomeStatedAndCorrect\":null,");
    assertThat(RollupHtml.write(picture))
        .contains("<td class=\"heat-aside\" data-pa=\"3\" data-kind=\"aside\"\n title=\"not a"
            + " priority: Bail supervision is used as much as the courts ask.\">not a"
            + " priority</td>")
        .contains("<td class=\"heat-none\" data-pa=\"4\" data-kind=\"none\"\n title=\"not"
            + " addressed\">not addressed</td>");
  }

  @Test
  void returnSubmittedAfterTheAsOfDay_isNotYetSubmitted() {
    List<RollupFixtures.Text> in = partnership("Beta", RETURN);
    NationalPicture before = ROLLUP.run(in, Optional.empty(), LocalDate.of(2024, 9, 26),
        Rollup.Progress.NONE);
    assertThat(before.partnerships().get(0)).extracting(PartnershipSummary::returnSubmitted,
        PartnershipSummary::submitted, PartnershipSummary::late,
        PartnershipSummary::measuresWithFigure)
        .containsExactly(false, Optional.empty(), false, 0);
    NationalPicture after = ROLLUP.run(in, Optional.empty(), LocalDate.of(2024, 10, 1),
        Rollup.Progress.NONE);
    assertThat(after.partnerships().get(0)).extracting(PartnershipSummary::returnSubmitted,
        PartnershipSummary::submitted, PartnershipSummary::late,
        PartnershipSummary::measuresWithFigure)
        .containsExactly(true, Optional.of(LocalDate.of(2024, 9, 27)), false, 4);
    // Not submitted by its due day, as of a day after it: late.
    NationalPicture late = run(partnership("Beta", RETURN.replace("submitted: 2024-09-27",
        "submitted: 2025-12-01")));
    assertThat(late.partnerships().get(0)).extracting(PartnershipSummary::returnSubmitted,
        PartnershipSummary::late).containsExactly(false, true);
  }

  @Test
  void year_defaultsToTheLatestAmongTheReturns() {
    assertThat(run(twoPartnerships()).reportingYear()).isEqualTo(Y2024);
    assertThat(run(partnership("Beta", RETURN)).reportingYear()).isEqualTo(Y2023);
    // No return at all: the last year to end before the date.
    assertThat(run(partnership("Beta")).reportingYear()).isEqualTo(Y2024);
  }

  @Test
  void year_byDefaultIsNeverOneThatHasNotEndedByTheAsOfDate() {
    NationalPicture picture = ROLLUP.run(twoPartnerships(), Optional.empty(),
        LocalDate.of(2025, 3, 15), Rollup.Progress.NONE);

    assertThat(picture.reportingYear()).isEqualTo(Y2023);
  }

  @Test
  void completeness_saysWhoReportedAndWhoIsLate() {
    NationalPicture picture = run(twoPartnerships());
    assertThat(picture.partnerships())
        .extracting(PartnershipSummary::partnership, PartnershipSummary::measuresDue,
            PartnershipSummary::measuresWithFigure, PartnershipSummary::actionsWithActionTaken,
            PartnershipSummary::actionsAddressed, PartnershipSummary::returnSubmitted,
            PartnershipSummary::late, p -> p.returnDue().orElseThrow())
        .containsExactly(
            tuple("Alpha", 4, 4, 2, 2, true, false, LocalDate.of(2025, 9, 30)),
            tuple("Beta", 4, 0, 0, 2, false, true, LocalDate.of(2025, 9, 30)));
    assertThat(picture.outcomes())
        .filteredOn(o -> !o.partnerships().isEmpty())
        .extracting(OutcomeReach::outcome, OutcomeReach::partnerships)
        .containsExactly(tuple("CJPF-O1", List.of("Alpha")), tuple("CJPF-O2", List.of("Alpha")));
  }

  @Test
  void returnSubmittedAfterItsDueDay_isLate() {
    NationalPicture picture =
        run(partnership("Beta", RETURN.replace("submitted: 2024-09-27", "submitted: 2024-10-02")));
    assertThat(picture.partnerships().get(0).late()).isTrue();
    assertThat(picture.partnerships().get(0).submitted()).contains(LocalDate.of(2024, 10, 2));
  }

  @Test
  void planWhosePeriodHasEnded_isDueForReview() {
    String ended = PLAN.replace("period: { start: 2023-04-01, end: 2028-03-31 }",
        "period: { start: 2020-04-01, end: 2025-03-31 }");
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta"));
    in.add(new RollupFixtures.Text("gamma.yaml", RollupFixtures.as(ended, "Gamma")));
    NationalPicture picture = run(in);
    assertThat(picture.reviewDue()).extracting(PartnershipSummary::partnership,
        PartnershipSummary::reviewReasons)
        .containsExactly(tuple("Gamma", List.of("the plan's period ended on 2025-03-31")));
  }

  @Test
  void twoPlansOfOnePartnership_areRefusedNamingBoth() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Alpha", RETURN));
    in.add(new RollupFixtures.Text("z/alpha-again.yaml", RollupFixtures.as(PLAN, "Alpha")));
    in.addAll(partnership("Beta", RETURN));
    NationalPicture picture = run(in);
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership)
        .containsExactly("Beta");
    assertThat(picture.problems()).extracting(Problem::describe).containsExactly(
        "z/alpha-again.yaml:9:9: /partnership/name: two plans of Alpha: alpha/plan.yaml and"
            + " z/alpha-again.yaml; give one plan per partnership");
  }

  @Test
  void twoReturnsForOneYear_areRefusedNamingBoth() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Alpha", RETURN, RETURN));
    in.addAll(partnership("Beta"));
    NationalPicture picture = run(in);
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership)
        .containsExactly("Beta");
    assertThat(picture.problems()).extracting(Problem::describe).containsExactly(
        "alpha/return-1.yaml:7:16: /reportingYear: two returns of Alpha for 2023/24:"
            + " alpha/return-0.yaml and alpha/return-1.yaml; give one return per year");
  }

  @Test
  void returnWithoutItsPlan_isLeftOutLocated() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta", RETURN));
    in.add(new RollupFixtures.Text("orphan.yaml", RollupFixtures.as(RETURN, "Delta")));
    String otherTitle = RollupFixtures.as(RETURN, "Beta").replace(
        "  title: Testshire Community Justice Outcome", "  title: Old Testshire Community"
            + " Justice Outcome");
    in.add(new RollupFixtures.Text("other-plan.yaml", otherTitle));
    NationalPicture picture = run(in);
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership,
        PartnershipSummary::returnSource).containsExactly(
            tuple("Beta", Optional.of("beta/return-0.yaml")));
    assertThat(picture.problems()).extracting(Problem::describe).containsExactly(
        "orphan.yaml:11:22: /partnership/name: no plan of Delta is among the documents given;"
            + " give its plan beside its returns",
        "other-plan.yaml:9:10: /plan/title: reports on the plan 'Old Testshire Community Justice"
            + " Outcome Improvement Plan 2023-2028 (fictional)', but Beta's plan beta/plan.yaml"
            + " is 'Testshire Community Justice Outcome Improvement Plan 2023-2028 (fictional)'");
  }

  @Test
  void returnNamingItsPlanWithOtherSpacingDashOrCase_isPaired() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta"));
    String spaced = RollupFixtures.as(RETURN, "Beta").replace(
        "  title: Testshire Community Justice Outcome Improvement Plan 2023-2028",
        "  title: TESTSHIRE Community  Justice Outcome Improvement Plan 2023 \u2013 2028");
    in.add(new RollupFixtures.Text("beta/spaced.yaml", spaced));
    NationalPicture picture = run(in);
    assertThat(picture.problems()).isEmpty();
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership,
        PartnershipSummary::returnSource).containsExactly(
            tuple("Beta", Optional.of("beta/spaced.yaml")));
  }

  @Test
  void returnNamingItsPartnershipWithOtherCaseOrSpacing_isPairedUnderThePlansSpelling() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta Partnership"));
    in.add(new RollupFixtures.Text("beta/r.yaml",
        RollupFixtures.as(RETURN, "beta  PARTNERSHIP ")));
    NationalPicture picture = run(in);
    assertThat(picture.problems()).isEmpty();
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership,
        PartnershipSummary::returnSource).containsExactly(
            tuple("Beta Partnership", Optional.of("beta/r.yaml")));
  }

  @Test
  void returnOfAPartnershipSpelledOtherwiseWithAnotherPlanTitle_saysTheTitleDiffers() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta Partnership"));
    in.add(new RollupFixtures.Text("beta/r.yaml", RollupFixtures.as(RETURN, "BETA partnership")
        .replace("  title: Testshire Community Justice Outcome",
            "  title: Old Testshire Community Justice Outcome")));
    assertThat(run(in).problems()).extracting(Problem::describe).containsExactly(
        "beta/r.yaml:9:10: /plan/title: reports on the plan 'Old Testshire Community Justice"
            + " Outcome Improvement Plan 2023-2028 (fictional)', but Beta Partnership's plan"
            + " beta-partnership/plan.yaml is 'Testshire Community Justice Outcome Improvement"
            + " Plan 2023-2028 (fictional)'");
  }

  @Test
  void twoPlansOfOnePartnershipSpelledOtherwise_areRefusedUnderTheFirstsSpelling() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Alpha"));
    in.add(new RollupFixtures.Text("z/alpha-again.yaml", RollupFixtures.as(PLAN, "ALPHA")));
    NationalPicture picture = run(in);
    assertThat(picture.partnerships()).isEmpty();
    assertThat(picture.problems()).extracting(Problem::describe).containsExactly(
        "z/alpha-again.yaml:9:9: /partnership/name: two plans of Alpha: alpha/plan.yaml and"
            + " z/alpha-again.yaml; give one plan per partnership");
  }

  @Test
  void badDocument_isReportedLocatedAndTheRestStillRollUp() {
    List<RollupFixtures.Text> in = new ArrayList<>(partnership("Beta", RETURN));
    in.add(new RollupFixtures.Text("broken.yaml", RETURN.replace("reportingYear: 2023/24",
        "reportingYear: 2023/25")));
    NationalPicture picture = run(in);
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership)
        .containsExactly("Beta");
    assertThat(picture.problems()).hasSize(1);
    assertThat(picture.problems().get(0).describe()).startsWith("broken.yaml:7:16:"
        + " /reportingYear: ");
  }

  @Test
  void shuffledInput_givesByteIdenticalOutput() {
    List<RollupFixtures.Text> in = twoPartnerships();
    in.addAll(partnership("Gamma", ReturnFixtures.NEXT));
    in.add(new RollupFixtures.Text("orphan.yaml", RollupFixtures.as(RETURN, "Delta")));
    NationalPicture first = run(in);
    String json = RollupJson.write(first);
    String csv = String.join("", RollupCsv.FILES.stream()
        .map(f -> RollupCsv.file(first, f)).toList());
    Random random = new Random(20250401);
    for (int i = 0; i < 4; i++) {
      List<RollupFixtures.Text> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, random);
      NationalPicture again = run(shuffled);
      assertThat(RollupJson.write(again)).isEqualTo(json);
      assertThat(String.join("", RollupCsv.FILES.stream()
          .map(f -> RollupCsv.file(again, f)).toList())).isEqualTo(csv);
    }
  }

  @Test
  void progress_countsEveryDocumentThenEveryPartnership() {
    List<Integer> seen = new ArrayList<>();
    ROLLUP.run(twoPartnerships(), Optional.empty(), AS_OF, (done, total) -> {
      seen.add(done);
      seen.add(total);
    });
    assertThat(seen).containsExactly(1, 5, 2, 5, 3, 5, 4, 5, 5, 5, 6, 7, 7, 7);
  }
}
