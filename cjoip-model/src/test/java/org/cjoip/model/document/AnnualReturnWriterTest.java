package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.PlanReference;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.annualreturn.Publication;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.annualreturn.SelfEvaluation;
import org.cjoip.model.annualreturn.SignOff;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

final class AnnualReturnWriterTest {

  /** A return that uses every field of the format. */
  static AnnualReturn everyField() {
    return AnnualReturn.builder()
        .title("Glenmore Community Justice Annual Report 2023/24 (fictional)")
        .framework("cjpf-2023")
        .reportingYear(FinancialYear.parse("2023/24"))
        .plan(PlanReference.builder()
            .title("Glenmore Community Justice Outcomes Improvement Plan 2023-2028 (fictional)")
            .period(Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31)))
            .build())
        .partnership(Partnership.builder()
            .name("Glenmore Community Justice Partnership (fictional)")
            .addLocalAuthorities("Glenmore")
            .addStatutoryPartners(StatutoryPartner.LOCAL_AUTHORITY)
            .addOtherMembers("Glenmore Third Sector Interface")
            .build())
        .signOff(SignOff.builder().by("Chair, Glenmore Community Justice Partnership")
            .date(LocalDate.of(2024, 9, 26)).build())
        .submitted(LocalDate.of(2024, 9, 30))
        .published(Publication.builder().date(LocalDate.of(2024, 10, 31))
            .where("Partnership website").build())
        .consultation("The third sector forum reviewed the draft.")
        .governance("Reports to the Community Planning Partnership board twice a year.")
        .addPriorityActions(ActionReport.builder()
            .number(1)
            .actionTaken("Two multi-agency training sessions: \"phase 2\".")
            .selfEvaluation(SelfEvaluation.builder().score(4)
                .addEvidence("Case file audit, March 2024").build())
            .addDeliverables(
                Progress.builder().id("1.10").status(ProgressStatus.COMPLETE)
                    .completed(LocalDate.of(2024, 2, 28)).progress("42 staff trained.").build(),
                Progress.builder().id("1#2").status(ProgressStatus.DELAYED)
                    .revisedDue(LocalDate.of(2025, 3, 31))
                    .revisionReason("Training calendar moved.").build())
            .addResults(
                Result.builder().indicator("Diversion from prosecution: cases commenced")
                    .value(new BigDecimal("81")).unit(Unit.COUNT).source("JSW Statistics")
                    .build(),
                Result.builder().indicator("CJPF-M1.3").value(new BigDecimal("72.50"))
                    .unit(Unit.PERCENT).numerator(new BigDecimal("58"))
                    .denominator(new BigDecimal("80")).build(),
                Result.builder().indicator("Cases successfully completed").suppressed(true)
                    .build(),
                Result.builder().indicator("Assessments undertaken")
                    .unavailable("Published in February 2025.").build())
            .build())
        .addOutcomes(OutcomeReport.builder()
            .outcome("L1")
            .actionTaken("Trauma training delivered to 120 staff.")
            .addDeliverables(Progress.builder().id("#1").status(ProgressStatus.IN_PROGRESS)
                .build())
            .addResults(Result.builder().indicator("Staff completing trauma training")
                .value(new BigDecimal("120")).unit(Unit.COUNT).build())
            .build())
        .addAchievements("Bail supervision caseload doubled.")
        .addChallenges("Recruitment of justice social workers.")
        .addNextSteps("Review local indicators for priority action 4.")
        .build();
  }

  private final AnnualReturnReader reader = AnnualReturnReader.standard();

  @Test
  void toYaml_writesEveryFieldInTheFormatsOrder() {
    assertThat(AnnualReturnWriter.toYaml(everyField())).isEqualTo("""
        formatVersion: 1
        document: annual-return
        title: Glenmore Community Justice Annual Report 2023/24 (fictional)
        framework: cjpf-2023
        reportingYear: 2023/24
        plan:
          title: Glenmore Community Justice Outcomes Improvement Plan 2023-2028 (fictional)
          period:
            start: 2023-04-01
            end: 2028-03-31
        partnership:
          name: Glenmore Community Justice Partnership (fictional)
          localAuthorities:
            - Glenmore
          statutoryPartners:
            - LOCAL_AUTHORITY
          otherMembers:
            - Glenmore Third Sector Interface
        signOff:
          by: "Chair, Glenmore Community Justice Partnership"
          date: 2024-09-26
        submitted: 2024-09-30
        published:
          date: 2024-10-31
          where: Partnership website
        consultation: The third sector forum reviewed the draft.
        governance: Reports to the Community Planning Partnership board twice a year.
        priorityActions:
          - number: 1
            actionTaken: "Two multi-agency training sessions: \\"phase 2\\"."
            selfEvaluation:
              score: 4
              evidence:
                - "Case file audit, March 2024"
            deliverables:
              - id: "1.10"
                status: COMPLETE
                completed: 2024-02-28
                progress: 42 staff trained.
              - id: 1#2
                status: DELAYED
                revisedDue: 2025-03-31
                revisionReason: Training calendar moved.
            results:
              - indicator: "Diversion from prosecution: cases commenced"
                value: 81
                unit: COUNT
                source: JSW Statistics
              - indicator: CJPF-M1.3
                value: 72.50
                unit: PERCENT
                numerator: 58
                denominator: 80
              - indicator: Cases successfully completed
                suppressed: true
              - indicator: Assessments undertaken
                unavailable: Published in February 2025.
        outcomes:
          - outcome: L1
            actionTaken: Trauma training delivered to 120 staff.
            deliverables:
              - id: "#1"
                status: IN_PROGRESS
            results:
              - indicator: Staff completing trauma training
                value: 120
                unit: COUNT
        achievements:
          - Bail supervision caseload doubled.
        challenges:
          - Recruitment of justice social workers.
        nextSteps:
          - Review local indicators for priority action 4.
        """);
  }

  @Test
  void toJson_roundTripsEveryField() throws Exception {
    ReturnDocument back = reader.read(AnnualReturnWriter.toJson(everyField()), "return.json");

    assertThat(back.annualReturn()).isEqualTo(everyField());
    assertThat(back.format()).isEqualTo(Format.JSON);
    assertThat(back.warnings()).isEmpty();
  }

  @Test
  void toYaml_roundTripsEveryField() throws Exception {
    ReturnDocument back = reader.read(AnnualReturnWriter.toYaml(everyField()), "return.yaml");

    assertThat(back.annualReturn()).isEqualTo(everyField());
    assertThat(back.format()).isEqualTo(Format.YAML);
  }

  @Test
  void write_givesJsonOrYamlButNoWorkbook() {
    assertThat(AnnualReturnWriter.write(everyField(), Format.JSON))
        .isEqualTo(AnnualReturnWriter.toJson(everyField()));
    assertThat(AnnualReturnWriter.write(everyField(), Format.YAML))
        .isEqualTo(AnnualReturnWriter.toYaml(everyField()));
    assertThatThrownBy(() -> AnnualReturnWriter.write(everyField(), Format.XLSX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an annual return is written as JSON or YAML; it has no workbook form");
  }

  @Test
  void toJson_leavesOutAbsentValuesEmptyListsAndSuppressedFalse() {
    AnnualReturn bare = AnnualReturn.builder().from(everyField())
        .priorityActions(java.util.List.of(ActionReport.builder().number(3)
            .addResults(Result.builder().indicator("x").suppressed(false).build()).build()))
        .build();

    assertThat(AnnualReturnWriter.toJson(bare)).doesNotContain("null").doesNotContain("[ ]")
        .doesNotContain("[]").doesNotContain("suppressed");
  }

  @Test
  void returnDocumentOf_holdsExactlyTheWrittenNodes() {
    ReturnDocument doc = ReturnDocument.of(everyField(), "api");

    assertThat(doc.kind()).isEqualTo(DocumentKind.ANNUAL_RETURN);
    assertThat(doc.sourceMap().contains("/priorityActions/0/deliverables/1/revisedDue")).isTrue();
    assertThat(doc.sourceMap().contains("/priorityActions/0/deliverables/0/revisedDue"))
        .isFalse();
    assertThat(doc.sourceMap().deepestExisting("/priorityActions/0/results/2/value"))
        .isEqualTo("/priorityActions/0/results/2");
    assertThat(doc.sourceMap().deepestExisting("/priorityActions/4")).isEqualTo("/priorityActions");
  }
}
