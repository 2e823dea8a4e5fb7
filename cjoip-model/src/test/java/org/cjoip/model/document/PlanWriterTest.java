package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.ParticipationStatement;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Reporting;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

final class PlanWriterTest {

  /** A plan that uses every field of the format. */
  static Plan everyField() {
    Deliverable full =
        Deliverable.builder()
            .id("1.10")
            .description("Continue programme of multi-agency DfP training: \"phase 2\".")
            .priority(Priority.MUST)
            .addOwners("Community Justice and Safety Partnership", "Police Scotland")
            .addImpactMeasures("Post training survey", "DfP referral trends")
            .timescale("31 March 2025")
            .due(LocalDate.of(2025, 3, 31))
            .status(Status.COMPLETE)
            .completed(LocalDate.of(2025, 2, 28))
            .build();
    return Plan.builder()
        .title("Perth and Kinross Community Justice Outcomes Improvement Plan 2023-2028")
        .framework("cjpf-2023")
        .period(Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31)))
        .approved(LocalDate.of(2023, 5, 5))
        .partnership(
            Partnership.builder()
                .name("Perth and Kinross Community Justice and Safety Partnership")
                .addLocalAuthorities("Perth and Kinross")
                .addStatutoryPartners(StatutoryPartner.LOCAL_AUTHORITY, StatutoryPartner.POLICE_SCOTLAND)
                .addOtherMembers("Third Sector Interface (PKAVS)")
                .build())
        .participationStatement(
            ParticipationStatement.builder()
                .summary("Partners engaged through development sessions.")
                .addActivities("Partnership development sessions (January and February 2022)")
                .build())
        .reporting(Reporting.builder().annualReport("By 30 September").reviewCycle("Quarterly")
            .build())
        .outcomesAssessment("Activity is required across all national outcomes.")
        .addPriorityActions(
            PriorityActionResponse.builder()
                .number(1)
                .assessment("Rising but below the national average.")
                .prioritised(true)
                .nationalOutcome("More people successfully complete diversion from prosecution")
                .addNationalIndicators("Number of diversion from prosecution: i) assessments; ii) cases")
                .addLocalIndicators("Mechanisms are in place")
                .addDeliverables(full, Deliverable.builder().description("Minimal.").build())
                .build())
        .addOutcomes(
            StatedOutcome.builder()
                .id("3")
                .text("Increased skills and knowledge across the workforce")
                .national(false)
                .aim(2)
                .area("Review workforce development needs")
                .addPriorityActions(13)
                .addIndicators("Training uptake")
                .addDeliverables(Deliverable.builder().id("3.1").description("Train.").build())
                .build())
        .addIndicators(
            Indicator.builder()
                .name("Diversion from prosecution: cases commenced")
                .priorityAction(1)
                .national(true)
                .unit(Unit.COUNT)
                .baseline(Figure.builder().period(FinancialYear.parse("2022/23"))
                    .value(new BigDecimal("70")).build())
                .target(Target.builder().direction(Direction.INCREASE).value(new BigDecimal("90.5"))
                    .period(FinancialYear.parse("2025/26")).text("To increase year by year").build())
                .addResults(Figure.builder().period(FinancialYear.parse("2023/24"))
                    .value(new BigDecimal("81")).text("81 cases").build())
                .build())
        .build();
  }

  private final PlanReader reader = PlanReader.standard();

  @Test
  void toJson_roundTripsEveryField() throws Exception {
    Plan plan = everyField();

    Plan back = reader.read(PlanWriter.toJson(plan), "plan.json").plan();

    assertThat(back).isEqualTo(plan);
  }

  @Test
  void toYaml_roundTripsEveryField() throws Exception {
    Plan plan = everyField();

    Plan back = reader.read(PlanWriter.toYaml(plan), "plan.yaml").plan();

    assertThat(back).isEqualTo(plan);
  }

  @Test
  void write_toAWriter_givesTheSameTextAsTheDocumentInEachFormat() throws Exception {
    Plan plan = everyField();
    java.io.StringWriter json = new java.io.StringWriter();
    java.io.StringWriter yaml = new java.io.StringWriter();

    PlanWriter.write(plan, Format.JSON, json);
    PlanWriter.write(plan, Format.YAML, yaml);

    assertThat(json.toString()).isEqualTo(PlanWriter.toJson(plan));
    assertThat(yaml.toString()).isEqualTo(PlanWriter.toYaml(plan));
    assertThat(reader.read(yaml.toString(), "plan.yaml").plan()).isEqualTo(plan);
  }

  @Test
  void toYaml_keepsANextLineCharacter() throws Exception {
    // YAML reads NEL (U+0085) as a line break and folds an unquoted one to a space.
    Plan plan = Plan.builder().title("a").framework("cjpf-2023")
        .partnership(Partnership.builder().name("a").build())
        .outcomesAssessment("x\u0085y").build();

    String yaml = PlanWriter.toYaml(plan);

    assertThat(yaml).contains("outcomesAssessment: \"x\\Ny\"");
    assertThat(reader.read(yaml, "plan.yaml").plan()).isEqualTo(plan);
  }

  @Test
  void toYaml_quotesIdsThatLookLikeNumbers() {
    assertThat(PlanWriter.toYaml(everyField())).contains("id: \"1.10\"");
  }

  @Test
  void toJson_leavesOutAbsentValuesAndEmptyLists() {
    String json = PlanWriter.toJson(everyField());

    assertThat(json).doesNotContain("null").doesNotContain("[ ]").doesNotContain("[]");
  }

  @Test
  void sourceMapOf_holdsExactlyTheWrittenNodes() {
    SourceMap map = PlanDocument.of(everyField(), "api").sourceMap();

    assertThat(map.contains("/priorityActions/0/deliverables/0/owners")).isTrue();
    assertThat(map.contains("/priorityActions/0/deliverables/1/owners")).isFalse();
    assertThat(map.deepestExisting("/priorityActions/0/deliverables/1/owners"))
        .isEqualTo("/priorityActions/0/deliverables/1");
    assertThat(map.deepestExisting("/priorityActions/5")).isEqualTo("/priorityActions");
  }
}
