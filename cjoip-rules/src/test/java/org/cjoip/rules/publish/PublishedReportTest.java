package org.cjoip.rules.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.ReturnFixtures;
import org.junit.jupiter.api.Test;

final class PublishedReportTest {

  private static final String M11 = "Number of diversion from prosecution assessments undertaken";
  private static final String COMMENCED = "Number of diversion from prosecution cases commenced";
  private static final String COMPLETED =
      "Number of diversion from prosecution cases successfully completed";
  private static final String REFERRALS = "Number of referrals to the diversion worker";
  private static final String SAFE = "Residents who feel safe walking alone after dark";

  private static Optional<String> none() {
    return Optional.empty();
  }

  @Test
  void report_saysWhoSignedItOffAndWhen() {
    PublishedReport r = PublishFixtures.report();

    assertThat(r.title()).isEqualTo("Testshire Community Justice Annual Report 2024/25"
        + " (fictional)");
    assertThat(r.partnership()).isEqualTo("Testshire Community Justice Partnership (fictional)");
    assertThat(r.reportingYear()).hasToString("2024/25");
    assertThat(r.yearText()).isEqualTo("1 April 2024 to 31 March 2025");
    assertThat(r.yearBeforeText()).isEqualTo("2023/24");
    assertThat(r.signOffText()).isEqualTo("Chair of the partnership, 20 September 2025");
    assertThat(r.publishedText()).isEqualTo("31 October 2025, Partnership website");
    assertThat(r.submittedText()).isEqualTo("27 September 2025");
    assertThat(r.planPeriodText()).isEqualTo("1 April 2023 to 31 March 2028");
  }

  @Test
  void sections_followTheEditionThenTheLocalOutcomes() {
    PublishedReport r = PublishFixtures.report();

    assertThat(r.sections()).extracting(ReportSection::priorityAction)
        .containsExactly(Optional.of(1), Optional.of(2), Optional.empty());
    assertThat(r.sections().get(2).heading())
        .isEqualTo("Local outcome L1: People in Testshire feel safer in their neighbourhoods.");
    assertThat(r.sections().get(0).heading()).startsWith("Priority action 1: Enhance"
        + " intervention at the earliest opportunity");
    assertThat(r.sections().get(0).outcome())
        .contains("More people successfully complete diversion from prosecution");
    assertThat(r.sections().get(0).actionTaken()).contains("A third diversion training"
        + " session.\nThe referral pathway went to the fiscal for review.");
    assertThat(r.sections().get(0).selfEvaluation())
        .contains("5 (Very good); evidence: Case file audit, March 2025; Staff survey");
  }

  @Test
  void figures_standAgainstBaselineTargetAndTheYearBefore() {
    PublishedReport r = PublishFixtures.report();

    assertThat(r.sections().get(0).figures())
        .extracting(ReportedFigure::indicator, ReportedFigure::state, ReportedFigure::figure,
            ReportedFigure::yearBefore, ReportedFigure::baseline, ReportedFigure::target)
        .containsExactly(
            tuple(M11 + " (CJPF-M1.1)", ReportedFigure.State.REPORTED, "102", Optional.of("95"),
                none(), none()),
            tuple(COMMENCED, ReportedFigure.State.REPORTED, "90", Optional.of("81"),
                Optional.of("60 (2021/22)"), Optional.of("increase to 100 by 2027/28")),
            tuple(COMPLETED, ReportedFigure.State.SUPPRESSED, "suppressed",
                Optional.of("suppressed"), none(), none()),
            tuple(REFERRALS, ReportedFigure.State.NOT_REPORTED, "not reported",
                Optional.of("40"), none(), none()));
    assertThat(r.sections().get(1).figures())
        .extracting(ReportedFigure::figure, ReportedFigure::source, ReportedFigure::yearBefore)
        .containsExactly(tuple("210", Optional.of("Police Scotland custody data"),
            Optional.of("unavailable: Custody figures for 2023/24 are published in February"
                + " 2025.")));
    assertThat(r.sections().get(2).figures())
        .extracting(ReportedFigure::indicator, ReportedFigure::figure,
            ReportedFigure::yearBefore, ReportedFigure::baseline, ReportedFigure::target)
        .containsExactly(tuple(SAFE, "74% (740 of 1000)", Optional.of("72%"),
            Optional.of("About two in three (2022/23)"), Optional.of("To rise year by year")));
  }

  @Test
  void suppressedFigure_isNeverPrintedAsANumber() {
    // Suppressed and yet given a value: the checks report it; the report withholds the value.
    String text = PublishFixtures.text().replace("""
              - indicator: Number of diversion from prosecution cases successfully completed
                suppressed: true
        """, """
              - indicator: Number of diversion from prosecution cases successfully completed
                suppressed: true
                value: 3
                unit: COUNT
        """);
    assertThat(text).contains("value: 3");

    PublishedReport r = PublishFixtures.report(PublishFixtures.checked(text));

    ReportedFigure completed = r.sections().get(0).figures().get(2);
    assertThat(completed.state()).isEqualTo(ReportedFigure.State.SUPPRESSED);
    assertThat(completed.figure()).isEqualTo("suppressed");
    assertThat(r.findings()).extracting(Finding::ruleId).contains("CJ-ANN-015");
  }

  @Test
  void withoutTheEarlierReturn_theYearBeforeComesFromThePlanOrIsLeftOut() {
    ReturnDocument checked = PublishFixtures.checked();
    Assessment a = Assessor.standard().assess(checked, PublishFixtures.plan(), List.of(),
        PublishFixtures.AS_OF);

    PublishedReport r = PublishedReport.of(checked, List.of(), a);

    assertThat(r.sections().get(0).figures()).extracting(ReportedFigure::yearBefore)
        .containsOnly(none());
    assertThat(r.sections().get(2).figures()).extracting(ReportedFigure::yearBefore)
        .containsExactly(Optional.of("71%"));
  }

  @Test
  void deliverables_carryStatusDatesAndReasons_andThoseNotReported() {
    PublishedReport r = PublishFixtures.report();

    assertThat(r.sections().get(0).deliverables())
        .extracting(ReportedDeliverable::id, ReportedDeliverable::description,
            ReportedDeliverable::status, ReportedDeliverable::statusText,
            ReportedDeliverable::datesText, ReportedDeliverable::progress)
        .containsExactly(
            tuple("1.1", Optional.of("Train police and fiscal staff in diversion referral."),
                Optional.of(ProgressStatus.COMPLETE), "Complete",
                "Completed 15 December 2023; due 31 December 2023", none()),
            tuple("1.2", Optional.of("Review the diversion referral pathway."),
                Optional.of(ProgressStatus.DELAYED), "Delayed",
                "Due 31 March 2025; revised to 31 March 2026: The fiscal's review of pathways"
                    + " moved to 2025/26.",
                Optional.of("Pathway mapped; the fiscal's review is awaited.")),
            tuple("1#3", Optional.of("Publish a diversion leaflet."), Optional.empty(),
                "Not reported", "Due 31 March 2024", none()));
  }

  @Test
  void deliverableThePlanLacks_isListedAsNotInThePlan() {
    String text = PublishFixtures.text().replace("id: \"2.1\"", "id: \"2.9\"");

    PublishedReport r = PublishFixtures.report(PublishFixtures.checked(text));

    assertThat(r.sections().get(1).deliverables())
        .extracting(ReportedDeliverable::id, ReportedDeliverable::description,
            ReportedDeliverable::statusText)
        .containsExactly(tuple("2.9", Optional.empty(), "Complete"),
            tuple("2.1", Optional.of("Place a navigator in the custody suite."),
                "Not reported"));
    assertThat(r.findings()).extracting(Finding::ruleId).contains("CJ-ANN-008");
  }

  @Test
  void silentReturn_saysNotReported_andInventsNothing() {
    String text = ReturnFixtures.resource("good-2023-24.yaml")
        .replaceAll("(?m)^(signOff|submitted|published|consultation): .*\n", "");

    ReturnDocument checked = ReturnFixtures.annualReturn(text, "silent.yaml");
    Assessment a = Assessor.standard().assess(checked, PublishFixtures.plan(), List.of(),
        PublishFixtures.AS_OF);
    PublishedReport r = PublishedReport.of(checked, List.of(), a);

    assertThat(List.of(r.signOffText(), r.publishedText(), r.submittedText()))
        .containsOnly("not reported");
    assertThat(r.consultation()).isEmpty();
    assertThat(r.governance()).isEmpty();
    assertThat(r.achievements()).isEmpty();
    assertThat(r.yearBeforeText()).isEqualTo("2022/23");
  }

  @Test
  void appendix_listsTheChecksFindingsWithWhereTheyPoint() {
    String text = PublishFixtures.text().replace(
        "actionTaken: The custody navigator saw 210 people.", "actionTaken: TBC");

    ReturnDocument checked = PublishFixtures.checked(text);
    Assessment a = Assessor.standard().assess(checked, PublishFixtures.plan(),
        List.of(PublishFixtures.earlier()), PublishFixtures.AS_OF);
    PublishedReport r = PublishedReport.of(checked, List.of(PublishFixtures.earlier()), a);

    assertThat(r.findings()).isEqualTo(a.findings());
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::path)
        .containsExactly(tuple("CJ-ANN-003", "/priorityActions/0/actionTaken"));
    Finding placeholder = r.findings().stream()
        .filter(f -> f.path().equals("/priorityActions/0/actionTaken")).findFirst().orElseThrow();
    assertThat(r.where(placeholder))
        .isEqualTo("testshire-2024-25.yaml:21:18, /priorityActions/0/actionTaken");
    assertThat(r.findingsSummary()).isEqualTo("The return was checked against its plan and the"
        + " Community Justice Performance Framework as of 1 November 2025: 1 error, 0 warnings,"
        + " 0 for information.");
  }

  @Test
  void cleanReturn_hasAnEmptyAppendix() {
    PublishedReport r = PublishFixtures.report();

    assertThat(r.findings()).isEmpty();
    assertThat(r.findingsSummary()).isEqualTo("The return was checked against its plan and the"
        + " Community Justice Performance Framework as of 1 November 2025: 0 errors,"
        + " 0 warnings, 0 for information.");
  }

  @Test
  void assessmentOfAnotherDocument_isRefused() {
    ReturnDocument earlier = PublishFixtures.earlier();
    Assessment ofEarlier = Assessor.standard().assess(earlier, PublishFixtures.plan(),
        List.of(), PublishFixtures.AS_OF);
    Assessment ofPlan = Assessor.standard().assess(PublishFixtures.plan(), PublishFixtures.AS_OF);

    assertThatThrownBy(() -> PublishedReport.of(PublishFixtures.checked(), List.of(), ofEarlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the assessment is of testshire-2023-24.yaml (2023/24), not of"
            + " testshire-2024-25.yaml (2024/25)");
    assertThatThrownBy(() -> PublishedReport.of(PublishFixtures.checked(), List.of(), ofPlan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the assessment is of a plan, not of an annual return");
  }

  @Test
  void sameInputs_giveAnEqualReport() {
    assertThat(PublishFixtures.report()).isEqualTo(PublishFixtures.report());
  }
}
