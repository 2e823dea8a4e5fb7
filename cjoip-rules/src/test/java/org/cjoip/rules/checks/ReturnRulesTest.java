package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.ReturnFixtures;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * The ANN rules, each with a good and a bad return: the bad one changes one or two lines of
 * the good return {@code good-2023-24.yaml}, which is complete and correct against
 * {@code plan.yaml}.
 */
final class ReturnRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 11, 15);
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final String GOOD = ReturnFixtures.GOOD;
  private static final String NEXT = ReturnFixtures.NEXT;
  private static final LocalDate NEXT_AS_OF = LocalDate.of(2025, 11, 15);

  private static PlanDocument plan() {
    return ReturnFixtures.plan();
  }

  private static PlanDocument plan(String text) {
    return ReturnFixtures.plan(text);
  }

  private static ReturnDocument annualReturn(String text, String name) {
    return ReturnFixtures.annualReturn(text, name);
  }

  private static String resource(String name) {
    return ReturnFixtures.resource(name);
  }

  private static String changed(String text, String from, String to) {
    assertThat(text).as("the fixture has the line to change").contains(from);
    return text.replace(from, to);
  }

  private static List<Tuple> findings(String text, LocalDate asOf, String... earlier) {
    return findings(plan(), text, asOf, earlier);
  }

  private static List<Tuple> findings(PlanDocument plan, String text, LocalDate asOf,
      String... earlier) {
    return assessed(plan, text, asOf, earlier).findings().stream()
        .map(f -> tuple(f.ruleId(), f.key(), f.path(), f.severity()))
        .toList();
  }

  private static Assessment assessed(PlanDocument plan, String text, LocalDate asOf,
      String... earlier) {
    List<ReturnDocument> before = new java.util.ArrayList<>();
    for (int i = 0; i < earlier.length; i++) {
      before.add(annualReturn(earlier[i], "earlier-" + i + ".yaml"));
    }
    return ASSESSOR.assess(annualReturn(text, "return.yaml"), plan, before, asOf);
  }

  /** Each finding's rule, line, column, message and suggestion. */
  private static List<Tuple> located(String text, LocalDate asOf, String... earlier) {
    return located(plan(), text, asOf, earlier);
  }

  private static List<Tuple> located(PlanDocument plan, String text, LocalDate asOf,
      String... earlier) {
    return assessed(plan, text, asOf, earlier).findings().stream()
        .map(f -> tuple(f.ruleId(), f.line(), f.column(), f.message(),
            f.suggestion().orElse(null)))
        .toList();
  }

  private static List<String> messages(PlanDocument plan, String text, LocalDate asOf,
      String... earlier) {
    return assessed(plan, text, asOf, earlier).findings().stream().map(f -> f.message())
        .toList();
  }

  private static List<String> messages(String text, LocalDate asOf, String... earlier) {
    return messages(plan(), text, asOf, earlier);
  }

  private static List<String> suggestions(String text, LocalDate asOf, String... earlier) {
    return assessed(plan(), text, asOf, earlier).findings().stream()
        .map(f -> f.suggestion().orElse(null)).toList();
  }

  private static Tuple finding(String key, String path, Severity severity) {
    return tuple(key.split("/", 2)[0], key, path, severity);
  }

  @Test
  void goodReturn_hasNoFindings() {
    assertThat(findings(GOOD, AS_OF)).isEmpty();
  }

  @Test
  void goodReturnOfTheNextYear_withTheFirstAsEarlier_hasNoFindings() {
    assertThat(findings(NEXT, NEXT_AS_OF, GOOD)).isEmpty();
  }

  @Test
  void ann001_reportingYearBeforeThePlanPeriod() {
    String bad = changed(GOOD, "reportingYear: 2023/24", "reportingYear: 2022/23");

    // Its dates, right for 2023/24, are late for the year it names.
    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-014/deadline", "/published/date", Severity.ERROR),
        finding("CJ-ANN-001", "/reportingYear", Severity.ERROR),
        finding("CJ-ANN-014/submitted", "/submitted", Severity.WARNING));
  }

  @Test
  void ann002_theReturnNamesAnotherPlan() {
    String bad = changed(GOOD, "  title: Testshire Community Justice Outcome Improvement Plan",
        "  title: Testshire Community Justice Plan");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-002", "/plan", Severity.ERROR));
  }

  @Test
  void ann002_wordingAloneIsTheSamePlan() {
    String same = changed(GOOD, "  title: Testshire Community Justice Outcome Improvement Plan",
        "  title: TESTSHIRE community justice outcome improvement plan,")
        .replace("2023-2028 (fictional)", "2023 - 2028 (fictional)");

    assertThat(findings(same, AS_OF)).isEmpty();
  }

  @Test
  void ann002_thePlansNameInThePlural_isTheSamePlan() {
    String same = changed(GOOD, "  title: Testshire Community Justice Outcome Improvement Plan",
        "  title: Testshire Community Justice Outcomes Improvement Plan");

    assertThat(findings(same, AS_OF)).isEmpty();
  }

  @Test
  void ann003_placeholderActionTaken() {
    String bad = changed(GOOD, "    actionTaken: A navigator started in the custody suite in"
        + " January 2024.", "    actionTaken: TBC");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-003/pa=2", "/priorityActions/1/actionTaken", Severity.ERROR));
  }

  @Test
  void ann004_noFigureForAnyMeasureOfTheAction() {
    String bad = changed(GOOD, "      - indicator: Number of referrals from custody centres\n"
        + "        unavailable: Custody figures for 2023/24 are published in February 2025.\n",
        "      - indicator: Number of referrals from custody centres\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-005/pa=2", "/priorityActions/1", Severity.WARNING),
        finding("CJ-ANN-004/pa=2", "/priorityActions/1/results", Severity.ERROR));
  }

  @Test
  void ann005_oneMeasureWithoutAFigure_namesItsIdAtTheActionsEntry() {
    String bad = changed(GOOD, "      - indicator: CJPF-M1.1\n        value: 95\n"
        + "        unit: COUNT\n", "");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-005/pa=1", "/priorityActions/0", Severity.WARNING));
    // The entry's line, not the first figure's (another measure's).
    assertThat(located(bad, AS_OF)).containsExactly(tuple("CJ-ANN-005", 17, 5,
        "The return gives no figure this year for this measure of the national indicator of"
            + " priority action 1: CJPF-M1.1 (\"Number of diversion from prosecution assessments"
            + " undertaken\").",
        "Add a result for it under priority action 1, naming the measure by its id, with the"
            + " year's value, or suppressed: true, or unavailable: and why."));
  }

  @Test
  void ann006_localOutcomeWithoutActionTaken() {
    String bad = changed(GOOD, "    actionTaken: The community safety survey ran in February"
        + " 2024.", "    actionTaken: N/A");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-006/outcome=L1", "/outcomes/0/actionTaken", Severity.ERROR));
  }

  @Test
  void ann006_localOutcomeNotReportedAtAll() {
    String bad = GOOD.substring(0, GOOD.indexOf("outcomes:\n"));

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-006/outcome=L1", "", Severity.ERROR),
        finding("CJ-ANN-007/deliverable=L1.1", "", Severity.WARNING));
  }

  @Test
  void ann007_deliverableDueInTheYearWithoutProgress() {
    String bad = changed(GOOD, "      - id: \"2.1\"\n        status: COMPLETE\n"
        + "        completed: 2024-01-08\n", "");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-007/deliverable=2.1", "/priorityActions/1", Severity.WARNING));
    // The action's entry, not the first item of its list of deliverables.
    assertThat(located(bad, AS_OF)).extracting(t -> t.toList().subList(0, 3))
        .containsExactly(List.of("CJ-ANN-007", 41, 5));
  }

  @Test
  void ann007_anActionWithoutAnEntry_pointsAtTheList() {
    String bad = GOOD.substring(0, GOOD.indexOf("  - number: 2\n"))
        + GOOD.substring(GOOD.indexOf("outcomes:\n"));

    assertThat(findings(bad, AS_OF)).contains(
        finding("CJ-ANN-007/deliverable=2.1", "/priorityActions", Severity.WARNING));
  }

  @Test
  void ann007_notDueUntilAfterTheYear_needsNoProgress() {
    String fine = changed(GOOD, "      - id: \"1.2\"\n        status: IN_PROGRESS\n", "");

    assertThat(findings(fine, AS_OF)).isEmpty();
  }

  @Test
  void ann008_progressOnADeliverableThePlanLacks() {
    String bad = changed(GOOD, "      - id: \"1.2\"\n", "      - id: \"1.9\"\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-008/deliverable=1.9", "/priorityActions/0/deliverables/1/id",
            Severity.ERROR));
  }

  @Test
  void ann008_aFigureForAnIndicatorThePlanLacks() {
    String bad = changed(GOOD, "Number of referrals to the diversion worker",
        "Bus journeys made by partners");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-008/pa=1/indicator=bus journeys made by partners",
            "/priorityActions/0/results/3/indicator", Severity.ERROR));
  }

  @Test
  void ann008_anOutcomeThePlanLacks() {
    String bad = changed(GOOD, "  - outcome: L1", "  - outcome: L9");

    // The entry's progress and figures are not checked until it names an outcome of the plan.
    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-006/outcome=L1", "/outcomes", Severity.ERROR),
        finding("CJ-ANN-007/deliverable=L1.1", "/outcomes", Severity.WARNING),
        finding("CJ-ANN-008/outcome=l9", "/outcomes/0/outcome", Severity.ERROR));
  }

  @Test
  void ann009_aDueDateRevisedAgain() {
    String first = changed(GOOD, "        status: IN_PROGRESS\n",
        "        status: DELAYED\n        revisedDue: 2025-06-30\n"
            + "        revisionReason: The pathway's lead left.\n");
    String again = changed(NEXT, "        status: COMPLETE\n        completed: 2025-03-01\n",
        "        status: DELAYED\n        revisedDue: 2025-12-31\n"
            + "        revisionReason: Waiting for the new lead.\n");

    assertThat(findings(again, NEXT_AS_OF, first)).containsExactly(
        finding("CJ-ANN-009/deliverable=1.2/again", "/priorityActions/0/deliverables/1"
            + "/revisedDue", Severity.WARNING));
  }

  @Test
  void ann010_completeLastYearButNotNow() {
    String bad = changed(NEXT, "      - id: \"1.1\"\n        status: COMPLETE\n"
        + "        completed: 2023-12-15\n", "      - id: \"1.1\"\n        status: IN_PROGRESS\n");

    assertThat(findings(bad, NEXT_AS_OF, GOOD)).containsExactly(
        finding("CJ-ANN-010/deliverable=1.1", "/priorityActions/0/deliverables/0/status",
            Severity.WARNING));
  }

  @Test
  void ann011_aSmallCountPublished() {
    String bad = changed(GOOD, "        value: 81\n", "        value: 3\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-011/pa=1/measure=CJPF-M1.2", "/priorityActions/0/results/1",
            Severity.ERROR));
  }

  @Test
  void ann011_zeroAndTheThresholdArePublishable() {
    String fine = changed(GOOD, "        value: 81\n", "        value: 0\n")
        .replace("        value: 95\n", "        value: 5\n");

    assertThat(findings(fine, AS_OF)).isEmpty();
  }

  @Test
  void ann012_aScoreWithoutEvidence() {
    String bad = changed(GOOD, "{ score: 4, evidence: [\"Case file audit, March 2024\"] }",
        "{ score: 4 }");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-012/pa=1/evidence", "/priorityActions/0/selfEvaluation",
            Severity.WARNING));
  }

  @Test
  void ann012_aGoodScoreBesideAnIndicatorMovingAway_isAQuestion() {
    PlanDocument falling = plan(resource("plan.yaml") + """
        indicators:
          - name: Number of referrals to the diversion worker
            priorityAction: 1
            unit: COUNT
            baseline: { period: 2022/23, value: 50 }
            target: { direction: INCREASE, value: 60, period: 2025/26 }
            results: [ { period: 2023/24, value: 40 } ]
        """);

    assertThat(findings(falling, GOOD, AS_OF)).containsExactly(
        finding("CJ-ANN-012/pa=1/indicator=number of referrals to the diversion worker",
            "/priorityActions/0/selfEvaluation", Severity.INFO));
  }

  @Test
  void ann013_noConsultationStatement() {
    String bad = changed(GOOD, "consultation: The third sector forum and a lived-experience"
        + " panel reviewed the draft.\n", "");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-013", "", Severity.WARNING));
  }

  @Test
  void ann014_notPublishedByTheDeadline() {
    String bad = changed(GOOD, "published: { date: 2024-10-31, where: Partnership website }\n",
        "");

    assertThat(findings(bad, AS_OF)).isEmpty();
    assertThat(findings(bad, LocalDate.of(2025, 1, 1))).containsExactly(
        finding("CJ-ANN-014/deadline", "", Severity.ERROR));
  }

  @Test
  void ann014_publishedAfterTheDeadline() {
    String bad = changed(GOOD, "published: { date: 2024-10-31,", "published: { date: 2025-01-06,");

    assertThat(findings(bad, LocalDate.of(2025, 2, 1))).containsExactly(
        finding("CJ-ANN-014/deadline", "/published/date", Severity.ERROR));
    assertThat(findings(GOOD, LocalDate.of(2025, 2, 1))).isEmpty();
  }

  @Test
  void ann014_reachedCommunityJusticeScotlandLate() {
    String bad = changed(GOOD, "submitted: 2024-09-27", "submitted: 2024-10-01");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-014/submitted", "/submitted", Severity.WARNING));
  }

  @Test
  void ann015_unavailableWithoutAReason() {
    String bad = changed(GOOD, "        unavailable: Custody figures for 2023/24 are published"
        + " in February 2025.", "        unavailable: \"\"");

    // Without a reason it is no figure: the measure has none.
    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-005/pa=2", "/priorityActions/1", Severity.WARNING),
        finding("CJ-ANN-004/pa=2", "/priorityActions/1/results", Severity.ERROR),
        finding("CJ-ANN-015/pa=2/measure=CJPF-M2.1/unavailable",
            "/priorityActions/1/results/0/unavailable", Severity.WARNING));
  }

  @Test
  void ann015_aValueGivenAndSuppressed() {
    String bad = changed(GOOD, "        suppressed: true\n",
        "        value: 12\n        suppressed: true\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-015/pa=1/measure=CJPF-M1.3/suppressed",
            "/priorityActions/0/results/2/value", Severity.WARNING));
  }

  @Test
  void ann016_overdueAtTheYearEndWithoutANewDate() {
    String bad = changed(GOOD, "      - id: \"1.1\"\n        status: COMPLETE\n"
        + "        completed: 2023-12-15\n", "      - id: \"1.1\"\n        status: DELAYED\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-016/deliverable=1.1", "/priorityActions/0/deliverables/0/status",
            Severity.INFO));
  }

  @Test
  void ann016_dueOnTheYearsLastDay_isNotYetOverdue() {
    String fine = changed(GOOD, "      - id: \"2.1\"\n        status: COMPLETE\n"
        + "        completed: 2024-01-08\n", "      - id: \"2.1\"\n        status: DELAYED\n");

    assertThat(findings(fine, AS_OF)).isEmpty();
  }

  @Test
  void ann010_noStatusNowAfterCompleteLastYear() {
    String bad = changed(NEXT, "      - id: \"1.1\"\n        status: COMPLETE\n"
        + "        completed: 2023-12-15\n", "      - id: \"1.1\"\n        progress: Reviewed.\n");

    assertThat(findings(bad, NEXT_AS_OF, GOOD)).containsExactly(
        finding("CJ-ANN-010/deliverable=1.1", "/priorityActions/0/deliverables/0",
            Severity.WARNING));
  }

  @Test
  void ann001_aPlanStartingWithinTheYear_reportsOnThatYear() {
    PlanDocument midYear = plan(resource("plan.yaml").replace("start: 2023-04-01",
        "start: 2023-06-01"));
    String same = changed(GOOD, "period: { start: 2023-04-01,", "period: { start: 2023-06-01,");

    assertThat(findings(midYear, same, AS_OF)).isEmpty();
  }

  @Test
  void ann016_aNewDateGivenWithItsReason_isEnough() {
    String fine = changed(GOOD, "      - id: \"2.1\"\n        status: COMPLETE\n"
        + "        completed: 2024-01-08\n", "      - id: \"2.1\"\n        status: DELAYED\n"
        + "        revisedDue: 2024-09-30\n        revisionReason: The navigator post was"
        + " vacant.\n");

    assertThat(findings(fine, AS_OF)).isEmpty();
  }

  private static final String INDICATORS = """
      indicators:
        - name: Number of diversion from prosecution cases commenced
          priorityAction: 1
          unit: COUNT
          baseline: { period: 2022/23, value: %s }
          target: { direction: INCREASE, value: 100, period: 2027/28 }
        - name: Number of diversion from prosecution assessments undertaken
          priorityAction: 1
          unit: COUNT
          baseline: { period: 2022/23, value: %s }
          target: { direction: INCREASE, value: 120, period: 2027/28 }
      """;

  @Test
  void ann012_aGoodScoreBesideTheReturnsOwnFigureMovingAway_isAQuestion() {
    // The return gives 81 (by the plan's wording) and 95 (as CJPF-M1.1): both below baseline.
    PlanDocument falling = plan(resource("plan.yaml") + INDICATORS.formatted(90, 100));

    assertThat(findings(falling, GOOD, AS_OF)).containsExactly(
        finding("CJ-ANN-012/pa=1/indicator=number of diversion from prosecution assessments"
            + " undertaken", "/priorityActions/0/selfEvaluation", Severity.INFO),
        finding("CJ-ANN-012/pa=1/indicator=number of diversion from prosecution cases"
            + " commenced", "/priorityActions/0/selfEvaluation", Severity.INFO));
    assertThat(messages(falling, GOOD, AS_OF)).contains(
        "The return scores priority action 1 4 (good or better) beside the indicator \"Number of"
            + " diversion from prosecution cases commenced\" (CJPF-M1.2) at 81 in 2023/24, which"
            + " has moved away from its target: the baseline is 90 and the target to increase"
            + " to 100.");
  }

  @Test
  void ann012_aGoodScoreBesideTheReturnsOwnFigureMovingTowards_isFine() {
    PlanDocument rising = plan(resource("plan.yaml") + INDICATORS.formatted(70, 90));

    assertThat(findings(rising, GOOD, AS_OF)).isEmpty();
  }

  @Test
  void ann012_placeholderEvidence_isNoEvidence() {
    for (String evidence : List.of("[\"TBC\"]", "[\"  \"]", "[N/A]")) {
      String bad = changed(GOOD, "evidence: [\"Case file audit, March 2024\"]",
          "evidence: " + evidence);

      assertThat(findings(bad, AS_OF)).as(evidence).containsExactly(
          finding("CJ-ANN-012/pa=1/evidence", "/priorityActions/0/selfEvaluation",
              Severity.WARNING));
    }
  }

  @Test
  void ann006and008_anOutcomeNamedByItsTextOrItsIdInAnotherCase_isThePlans() {
    String byText = changed(GOOD, "  - outcome: L1",
        "  - outcome: People in Testshire feel safer in their neighbourhoods.");
    String byLowerId = changed(GOOD, "  - outcome: L1", "  - outcome: l1");
    String byTextAnyCase = changed(GOOD, "  - outcome: L1",
        "  - outcome: \"people in Testshire feel  safer in their neighbourhoods\"");

    assertThat(findings(byText, AS_OF)).isEmpty();
    assertThat(findings(byLowerId, AS_OF)).isEmpty();
    assertThat(findings(byTextAnyCase, AS_OF)).isEmpty();
  }

  @Test
  void ann008_aDeliverableOfAnotherAction_saysWhereItBelongs() {
    String bad = changed(GOOD, "      - id: \"1.2\"\n        status: IN_PROGRESS\n",
        "      - id: \"2.1\"\n        status: IN_PROGRESS\n");

    assertThat(located(bad, AS_OF)).containsExactly(tuple("CJ-ANN-008", 24, 13,
        "The return reports on deliverable \"2.1\", which the plan does not have under priority"
            + " action 1.",
        "The plan has deliverable 2.1 under priority action 2: move the entry under priority"
            + " action 2."));
  }

  @Test
  void ann008_aNumberedDeliverableNamedByItsPlace_isToldItsId() {
    String bad = changed(GOOD, "      - id: \"1.1\"\n", "      - id: \"1#1\"\n");

    // Until the entry names it by its id, the plan's 1.1 has no progress entry either.
    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-007/deliverable=1.1", "/priorityActions/0", Severity.WARNING),
        finding("CJ-ANN-008/deliverable=1#1", "/priorityActions/0/deliverables/0/id",
            Severity.ERROR));
    assertThat(suggestions(bad, AS_OF)).containsExactly(
        "Add its progress: its status, and a revised date with the reason if it is late.",
        "Use the plan's id for it: \"1.1\".");
  }

  @Test
  void ann008_anUnknownDeliverable_isToldThePlansIdsThere() {
    String bad = changed(GOOD, "      - id: \"1.2\"\n", "      - id: \"1.9\"\n");

    // The plan numbers 1.1 and 1.2 but not its third deliverable: only that one is "1#3".
    assertThat(suggestions(bad, AS_OF)).containsExactly(
        "The plan's deliverables there are \"1.1\", \"1.2\" and \"1#3\": name the one the entry"
            + " is about by that id, or remove the entry.");
  }

  @Test
  void ann008_aMeasureOfAnotherAction_saysWhichActionItBelongsTo() {
    String bad = changed(GOOD, "      - indicator: Number of referrals from custody centres\n",
        "      - indicator: CJPF-M1.1\n");

    assertThat(findings(bad, AS_OF)).containsExactly(
        finding("CJ-ANN-005/pa=2", "/priorityActions/1", Severity.WARNING),
        finding("CJ-ANN-004/pa=2", "/priorityActions/1/results", Severity.ERROR),
        finding("CJ-ANN-008/pa=2/indicator=cjpfm1 1", "/priorityActions/1/results/0/indicator",
            Severity.ERROR));
    assertThat(suggestions(bad, AS_OF)).contains(
        "CJPF-M1.1 is a national measure of priority action 1: move the figure under priority"
            + " action 1.");
  }

  @Test
  void ann008_anUnknownIndicator_isToldTheActionsMeasureIds() {
    String bad = changed(GOOD, "Number of referrals to the diversion worker",
        "Bus journeys made by partners");

    assertThat(suggestions(bad, AS_OF)).containsExactly(
        "Name the indicator as the plan words it under priority action 1, or give the national"
            + " measure's id: CJPF-M1.1 (\"Number of diversion from prosecution assessments"
            + " undertaken\"), CJPF-M1.2 (\"Number of diversion from prosecution cases"
            + " commenced\") and CJPF-M1.3 (\"Number of diversion from prosecution cases"
            + " successfully completed\").");
  }

  @Test
  void ann009_aDateThatDoesNotMove_needsNoReason() {
    String plansOwn = changed(GOOD, "      - id: \"1.2\"\n        status: IN_PROGRESS\n",
        "      - id: \"1.2\"\n        status: DELAYED\n        revisedDue: 2025-03-31\n");
    String first = changed(GOOD, "      - id: \"1.2\"\n        status: IN_PROGRESS\n",
        "      - id: \"1.2\"\n        status: DELAYED\n        revisedDue: 2025-06-30\n"
            + "        revisionReason: The pathway's lead left.\n");
    String repeated = changed(NEXT, "        status: COMPLETE\n        completed: 2025-03-01\n",
        "        status: DELAYED\n        revisedDue: 2025-06-30\n");

    assertThat(findings(plansOwn, AS_OF)).isEmpty();
    assertThat(findings(repeated, NEXT_AS_OF, first)).isEmpty();
  }

  @Test
  void ann009_aDueDateRevisedWithoutAReason_orWithAPlaceholder() {
    for (String reason : List.of("", "        revisionReason: TBC\n",
        "        revisionReason: \"   \"\n", "        revisionReason: To be confirmed\n")) {
      String bad = changed(GOOD, "        status: IN_PROGRESS\n",
          "        status: DELAYED\n        revisedDue: 2025-09-30\n" + reason);

      assertThat(findings(bad, AS_OF)).as(reason).containsExactly(
          finding("CJ-ANN-009/deliverable=1.2/reason", "/priorityActions/0/deliverables/1"
              + "/revisedDue", Severity.WARNING));
    }
  }

  @Test
  void ann016_aRevisedDateThatHasPassed_isOverdue() {
    String bad = changed(NEXT, "        status: COMPLETE\n        completed: 2025-03-01\n",
        "        status: DELAYED\n        revisedDue: 2025-01-31\n"
            + "        revisionReason: The pathway's lead left.\n");
    String fine = bad.replace("revisedDue: 2025-01-31", "revisedDue: 2025-06-30");

    assertThat(findings(bad, NEXT_AS_OF, GOOD)).containsExactly(
        finding("CJ-ANN-016/deliverable=1.2", "/priorityActions/0/deliverables/1/revisedDue",
            Severity.INFO));
    assertThat(findings(fine, NEXT_AS_OF, GOOD)).isEmpty();
  }

  @Test
  void ann016_aDateAnEarlierReturnGaveThatHasPassed_isOverdue() {
    String first = changed(GOOD, "      - id: \"1.2\"\n        status: IN_PROGRESS\n",
        "      - id: \"1.2\"\n        status: DELAYED\n        revisedDue: 2024-12-31\n"
            + "        revisionReason: Brought forward for the new sheriff.\n");
    String bad = changed(NEXT, "        status: COMPLETE\n        completed: 2025-03-01\n",
        "        status: IN_PROGRESS\n");

    assertThat(messages(bad, NEXT_AS_OF, first))
        .containsExactly("Deliverable 1.2 was due on 2024-12-31 (as the 2023/24 return revised"
            + " it) and, at the end of the year, is neither complete nor given a new date.");
  }
}
