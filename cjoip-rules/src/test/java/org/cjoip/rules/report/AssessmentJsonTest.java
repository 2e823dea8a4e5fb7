package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.LocalDate;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Waiver;
import org.cjoip.rules.config.Configuration;
import org.junit.jupiter.api.Test;

final class AssessmentJsonTest {

  private static Assessment assessment() {
    Plan plan = Plan.builder()
        .title("T")
        .framework("cjpf-2023")
        .partnership(Partnership.builder().name("P").build())
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .addDeliverables(Deliverable.builder().id("1.1").description("Train.")
                .timescale("31 March 2024").build())
            .build())
        .build();
    return Assessor.builder()
        .configurationSha256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        .configuration("cjoip.yaml")
        .waivers(Configuration.builder()
            .addWaivers(Waiver.builder().rule("CJ-DEL-001")
                .path("/priorityActions/0/deliverables/0")
                .reason("Agreed").expires(LocalDate.of(2026, 3, 31)).build())
            .build().waivers())
        .build()
        .assess(plan, LocalDate.of(2025, 4, 1));
  }

  @Test
  void write_roundTrips() {
    Assessment a = assessment();

    Assessment back = AssessmentJson.read(AssessmentJson.write(a));

    assertThat(back.findings()).isEqualTo(a.findings());
    assertThat(back.coverage()).isEqualTo(a.coverage());
    assertThat(back.aims()).isEqualTo(a.aims());
    assertThat(back.plan()).isEqualTo(a.plan());
    assertThat(back.waiversApplied()).hasSize(1).isEqualTo(a.waiversApplied());
    assertThat(back.configurationSha256()).isEqualTo(a.configurationSha256()).isPresent();
    assertThat(back.configuration()).contains("cjoip.yaml");
    assertThat(back).isEqualTo(a);
  }

  @Test
  void write_isByteIdenticalForTheSameInputs() {
    assertThat(AssessmentJson.write(assessment())).isEqualTo(AssessmentJson.write(assessment()));
  }

  @Test
  void write_conformsToThePublishedSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = AssessmentJson.class.getResourceAsStream(AssessmentJson.SCHEMA)) {
      schema = mapper.readTree(in);
    }
    JsonNode doc = mapper.readTree(AssessmentJson.write(assessment()));

    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
        .validate(doc)).isEmpty();
  }

  @Test
  void write_aWaiverBySubjectHasNoPath() throws Exception {
    Assessment a = Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-DEL-001").deliverable("1.1").reason("Agreed").build())
        .build()
        .assess(assessment().plan(), LocalDate.of(2025, 4, 1));
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schema;
    try (InputStream in = AssessmentJson.class.getResourceAsStream(AssessmentJson.SCHEMA)) {
      schema = mapper.readTree(in);
    }

    String json = AssessmentJson.write(a);

    assertThat(mapper.readTree(json).get("waiversApplied").toString())
        .isEqualTo("[{\"rule\":\"CJ-DEL-001\",\"deliverable\":\"1.1\",\"reason\":\"Agreed\"}]");
    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
        .validate(mapper.readTree(json))).isEmpty();
    assertThat(AssessmentJson.read(json).waiversApplied()).isEqualTo(a.waiversApplied());
  }
}
