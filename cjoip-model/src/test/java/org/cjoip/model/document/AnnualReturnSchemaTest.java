package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.model.document.PlanSchemaTest.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published annual return schema holds documents to what the reader holds them to. */
final class AnnualReturnSchemaTest {

  private static Set<ValidationMessage> validate(JsonNode document) throws Exception {
    return PlanSchemaTest.validate(AnnualReturnSchema.RESOURCE, document);
  }

  private static ObjectNode everyField() throws Exception {
    return (ObjectNode) MAPPER.readTree(
        AnnualReturnWriter.toJson(AnnualReturnWriterTest.everyField()));
  }

  private static ObjectNode firstAction(ObjectNode doc) {
    return (ObjectNode) doc.get("priorityActions").get(0);
  }

  private static String locations(Set<ValidationMessage> messages) {
    return String.join(" ", messages.stream()
        .map(m -> m.getInstanceLocation().toString()).sorted().toList());
  }

  @Test
  void text_isTheSchemaOnTheClassPath() throws Exception {
    assertThat(MAPPER.readTree(AnnualReturnSchema.text()).get("$id").asText())
        .isEqualTo("https://cjoip.org/schema/annual-return-v1.schema.json");
  }

  @Test
  void schema_acceptsAReturnThatUsesEveryField() throws Exception {
    assertThat(validate(everyField())).isEmpty();
  }

  @Test
  void schema_acceptsWhatTheReaderLeavesToTheChecks() throws Exception {
    JsonNode good = PlanWriter.YAML.readTree(AnnualReturnReaderTest.GOOD);

    assertThat(validate(good)).isEmpty();
  }

  @Test
  void schema_refusesWhatTheReaderRefuses() throws Exception {
    ObjectNode doc = everyField();
    doc.put("titel", "typo");
    doc.put("reportingYear", "2023-24");
    doc.put("submitted", "30/09/2024");
    firstAction(doc).put("number", 14);
    ((ObjectNode) firstAction(doc).get("selfEvaluation")).put("score", 7);
    ((ObjectNode) firstAction(doc).get("deliverables").get(1)).put("completed", "2025-01-31");
    ((ObjectNode) firstAction(doc).get("results").get(0)).put("unit", "NUMBER");

    assertThat(locations(validate(doc))).isEqualTo(String.join(" ",
        "$",
        "$.priorityActions[0].deliverables[1].status",
        "$.priorityActions[0].number",
        "$.priorityActions[0].results[0].unit",
        "$.priorityActions[0].selfEvaluation.score",
        "$.reportingYear",
        "$.submitted"));
  }

  @Test
  void schema_requiresTheDocumentToSayItIsAReturn() throws Exception {
    ObjectNode missing = everyField();
    missing.remove("document");
    ObjectNode plan = everyField();
    plan.put("document", "plan");

    assertThat(locations(validate(missing))).isEqualTo("$");
    assertThat(locations(validate(plan))).isEqualTo("$.document");
  }

  @Test
  void schema_namesExactlyTheFieldsTheReaderKnows() throws Exception {
    assertThat(PlanSchemaTest.schemaFieldSets(AnnualReturnSchema.RESOURCE))
        .isEqualTo(PlanSchemaTest.readerFieldSets(AnnualReturnReader.fieldSets()));
  }

  @Test
  void planSchema_refusesAnAnnualReturn() throws Exception {
    JsonNode plan = MAPPER.readTree(PlanWriter.toJson(PlanWriterTest.everyField()));
    ((ObjectNode) plan).put("document", "annual-return");

    assertThat(locations(PlanSchemaTest.validate(plan))).isEqualTo("$.document");
  }
}
