package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/** Assessing an annual return against its plan, and a plan together with its returns. */
final class ReturnAssessmentTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 11, 15);

  private static Assessment assessGood() {
    return Assessor.standard().assess(
        ReturnFixtures.annualReturn(ReturnFixtures.GOOD, "testshire-2023-24.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);
  }

  @Test
  void assess_aReturnGivesEachMeasuresFigure() {
    Assessment a = assessGood();

    assertThat(a.source()).isEqualTo("testshire-2023-24.yaml");
    ReturnSummary r = a.annualReturn().orElseThrow();
    assertThat(r.reportingYear()).isEqualTo(FinancialYear.of(2023));
    assertThat(r.planSource()).isEqualTo("plan.yaml");
    assertThat(r.figures()).extracting(MeasureFigure::priorityAction,
        MeasureFigure::measureId, MeasureFigure::state, f -> f.value().orElse(null))
        .containsExactly(
            tuple(1, "CJPF-M1.1", MeasureFigure.State.REPORTED, new BigDecimal("95")),
            tuple(1, "CJPF-M1.2", MeasureFigure.State.REPORTED, new BigDecimal("81")),
            tuple(1, "CJPF-M1.3", MeasureFigure.State.SUPPRESSED, null),
            tuple(2, "CJPF-M2.1", MeasureFigure.State.UNAVAILABLE, null));
    assertThat(r.figures().get(0).unit()).contains(Unit.COUNT);
    assertThat(r.figureCounts()).containsExactly(
        java.util.Map.entry(MeasureFigure.State.REPORTED, 2),
        java.util.Map.entry(MeasureFigure.State.SUPPRESSED, 1),
        java.util.Map.entry(MeasureFigure.State.UNAVAILABLE, 1),
        java.util.Map.entry(MeasureFigure.State.MISSING, 0));
    assertThat(a.coverage()).isEmpty();
    assertThat(a.schedule()).isEmpty();
  }

  @Test
  void assess_aMeasureTheReturnLeavesOutIsMissing() {
    String text = ReturnFixtures.GOOD.replace(
        "      - indicator: CJPF-M1.1\n        value: 95\n        unit: COUNT\n", "");

    Assessment a = Assessor.standard().assess(ReturnFixtures.annualReturn(text, "r.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);

    assertThat(a.annualReturn().orElseThrow().figures().get(0))
        .extracting(MeasureFigure::measureId, MeasureFigure::state)
        .containsExactly("CJPF-M1.1", MeasureFigure.State.MISSING);
  }

  @Test
  void assess_aFigureInThePlansOwnWordsMeetsItsMeasure() {
    String text = ReturnFixtures.GOOD.replace("outcomes:\n", """
          - number: 5
            actionTaken: Unpaid work placements widened.
            results:
              - indicator: Percentage of CPOs successfully completed
                value: 78
                unit: PERCENT
        outcomes:
        """);

    Assessment a = Assessor.standard().assess(ReturnFixtures.annualReturn(text, "r.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);

    assertThat(a.findings()).isEmpty();
    assertThat(a.annualReturn().orElseThrow().figures())
        .filteredOn(f -> f.priorityAction() == 5)
        .extracting(MeasureFigure::measureId, MeasureFigure::state)
        .containsExactly(tuple("CJPF-M5.1", MeasureFigure.State.REPORTED));
  }

  @Test
  void assess_anotherPlansReturnAsHistory_isRefused() {
    String other = ReturnFixtures.GOOD.replace("  title: Testshire Community Justice Outcome"
        + " Improvement Plan 2023-2028 (fictional)", "  title: Elsewhere Plan");

    assertThatThrownBy(() -> Assessor.standard().assess(ReturnFixtures.plan(),
        List.of(ReturnFixtures.annualReturn(other, "other.yaml")), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the return for 2023/24 reports on \"Elsewhere Plan\", not on the plan"
            + " given, \"Testshire Community Justice Outcome Improvement Plan 2023-2028"
            + " (fictional)\"; give the plan's own returns");
  }

  @Test
  void assess_anEarlierReturnThatIsNotEarlier_isRefused() {
    ReturnDocument first = ReturnFixtures.annualReturn(ReturnFixtures.GOOD, "a.yaml");
    ReturnDocument same = ReturnFixtures.annualReturn(ReturnFixtures.GOOD, "b.yaml");

    assertThatThrownBy(() -> Assessor.standard().assess(first, ReturnFixtures.plan(),
        List.of(same), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the earlier return for 2023/24 is not for a year before 2023/24, the year"
            + " checked");
  }

  @Test
  void assess_aWaiverOfAnAnnFindingWaivesIt_andPlanWaiversAreNotJudgedOnAReturn() {
    String text = ReturnFixtures.GOOD.replace("submitted: 2024-09-27", "submitted: 2024-10-01");
    Assessor assessor = Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-ANN-014").path("/submitted")
            .reason("Agreed with CJS").build())
        .waiver(Waiver.builder().rule("CJ-DEL-001").reason("Owners follow").build())
        .build();

    Assessment a = assessor.assess(ReturnFixtures.annualReturn(text, "r.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);

    assertThat(a.findings()).extracting(Finding::ruleId, Finding::isWaived)
        .containsExactly(tuple("CJ-ANN-014", true));
    assertThat(a.counts().get(Severity.WARNING)).isZero();
  }

  @Test
  void assess_aPlanWithItsReturns_usesTheRevisedDateAndTheCompletion() {
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    String revised = ReturnFixtures.GOOD.replace("        status: IN_PROGRESS\n",
        "        status: DELAYED\n        revisedDue: 2025-09-30\n"
            + "        revisionReason: The pathway's lead left.\n");

    Assessment alone = Assessor.standard().assess(ReturnFixtures.plan(), asOf);
    Assessment withHistory = Assessor.standard().assess(ReturnFixtures.plan(),
        List.of(ReturnFixtures.annualReturn(revised, "r.yaml")), asOf);

    assertThat(overdue(alone)).containsExactly("L1.1", "1.1", "1.2",
        "CJ-DEL-005/pa=1/deliverable-text=publish a diversion leaflet", "2.1");
    assertThat(overdue(withHistory)).isEmpty();
    assertThat(withHistory.annualReturn()).isEmpty();
    assertThat(withHistory.schedule()).filteredOn(d -> d.id().filter("1.2"::equals).isPresent())
        .extracting(ScheduledDeliverable::due)
        .containsExactly(java.util.Optional.of(LocalDate.of(2025, 9, 30)));
  }

  private static List<String> overdue(Assessment a) {
    return a.findings().stream().filter(f -> f.ruleId().equals("CJ-DEL-005"))
        .map(f -> f.deliverable().orElse(f.key())).toList();
  }

  @Test
  void json_roundTripsAReturnsAssessment_andConformsToTheSchema() throws Exception {
    String text = ReturnFixtures.GOOD.replace("        value: 81\n", "        value: 3\n");
    Assessment a = Assessor.standard().assess(ReturnFixtures.annualReturn(text, "r.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);
    String json = AssessmentJson.write(a);

    assertThat(AssessmentJson.read(json)).isEqualTo(a);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = AssessmentJson.class.getResourceAsStream(AssessmentJson.SCHEMA)) {
      schema = mapper.readTree(in);
    }
    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
        .validate(mapper.readTree(json))).isEmpty();
    assertThat(mapper.readTree(json).at("/annualReturn/figureCounts").toString())
        .isEqualTo("{\"REPORTED\":2,\"SUPPRESSED\":1,\"UNAVAILABLE\":1,\"MISSING\":0}");
  }

  @Test
  void text_saysWhichReturnAndYear_andGroupsFindingsByAction() {
    String text = ReturnFixtures.GOOD.replace("        value: 81\n", "        value: 3\n");
    Assessment a = Assessor.standard().assess(ReturnFixtures.annualReturn(text, "r.yaml"),
        ReturnFixtures.plan(), List.of(), AS_OF);

    String report = TextReport.write(a, false);

    assertThat(report).startsWith("Testshire Community Justice Annual Report 2023/24 (fictional)\n"
        + "Annual return for 2023/24 on the plan \"Testshire Community Justice Outcome"
        + " Improvement Plan\n  2023-2028 (fictional)\" (plan.yaml)\n");
    assertThat(report).contains("National measures: 2 reported, 1 suppressed, 1 unavailable,"
        + " 0 missing\n");
    assertThat(report).contains("Priority action 1\n  ERROR   CJ-ANN-011  r.yaml:");
  }
}
