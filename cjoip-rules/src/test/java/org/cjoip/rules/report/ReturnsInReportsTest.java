package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.ReturnFixtures;
import org.cjoip.rules.Waiver;
import org.junit.jupiter.api.Test;

/**
 * The reports of a plan assessed with its returns, and of a return checked against its plan,
 * say which they are: the returns used, in JSON (to the schema, read back), text and HTML; the
 * return's own words where a plan's would be wrong.
 */
final class ReturnsInReportsTest {

  private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

  private static ReturnDocument year(String text, String name) {
    return ReturnFixtures.annualReturn(text, name);
  }

  private static Assessment withReturns() {
    return Assessor.standard().assess(ReturnFixtures.plan(),
        List.of(year(ReturnFixtures.NEXT, "r2425.yaml"), year(ReturnFixtures.GOOD, "r2324.yaml")),
        JUNE_2024);
  }

  private static JsonNode schema(String resource) throws Exception {
    try (InputStream in = AssessmentJson.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static JsonSchemaFactory schemas() {
    // The list's schema refers to the report's by its published address: read it from the jar.
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(
        m -> m.mapPrefix("https://cjoip.org/schema/", "classpath:org/cjoip/rules/schema/")));
  }

  @Test
  void json_namesTheReturnsGiven_toTheSchema_andReadsBack() throws Exception {
    Assessment a = withReturns();
    String json = AssessmentJson.write(a);

    assertThat(new ObjectMapper().readTree(json).get("returns").toString()).isEqualTo("["
        + "{\"reportingYear\":\"2023/24\",\"source\":\"r2324.yaml\",\"used\":true},"
        + "{\"reportingYear\":\"2024/25\",\"source\":\"r2425.yaml\",\"used\":false}]");
    assertThat(schemas().getSchema(schema(AssessmentJson.SCHEMA))
        .validate(new ObjectMapper().readTree(json))).isEmpty();
    assertThat(AssessmentJson.read(json)).isEqualTo(a);
  }

  @Test
  void json_ofThePlanAlone_hasNoReturns() {
    Assessment a = Assessor.standard().assess(ReturnFixtures.plan(), JUNE_2024);

    assertThat(AssessmentJson.toTree(a).has("returns")).isFalse();
    assertThat(AssessmentJson.read(AssessmentJson.write(a)).returns()).isEmpty();
  }

  @Test
  void jsonList_ofSeveralReturnsChecked_conformsToTheListSchema() throws Exception {
    Assessment first = Assessor.standard().assess(year(ReturnFixtures.GOOD, "r2324.yaml"),
        ReturnFixtures.plan(), List.of(), LocalDate.of(2025, 11, 1));
    Assessment second = Assessor.standard().assess(year(ReturnFixtures.NEXT, "r2425.yaml"),
        ReturnFixtures.plan(), List.of(year(ReturnFixtures.GOOD, "r2324.yaml")),
        LocalDate.of(2025, 11, 1));
    StringWriter out = new StringWriter();
    AssessmentJson.writeAll(List.of(first, second), out);
    JsonNode list = new ObjectMapper().readTree(out.toString());

    assertThat(schemas().getSchema(schema("/org/cjoip/rules/schema/assessment-list-v1.schema.json"))
        .validate(list)).isEmpty();
    assertThat(schemas().getSchema(schema(AssessmentJson.SCHEMA)).validate(list)).isNotEmpty();
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(1).at("/annualReturn/earlierReturns/0").asText()).isEqualTo("r2324.yaml");
  }

  @Test
  void html_namesTheReturnsUsedAndLeftOut() {
    String html = HtmlReport.write(withReturns());

    assertThat(html).contains("<dt>Annual returns</dt><dd data-returns=\"1\">With its annual returns"
        + " for 2023/24 (r2324.yaml); Left out, as their reporting year had not ended by"
        + " 2024-06-01: 2024/25 (r2425.yaml)</dd>");
  }

  @Test
  void html_titleOfAReturnsAssessment_namesThePartnershipAndTheYear() {
    Assessment a = Assessor.standard().assess(year(ReturnFixtures.GOOD, "r2324.yaml"),
        ReturnFixtures.plan(), List.of(), LocalDate.of(2024, 11, 15));

    assertThat(HtmlReport.write(a)).contains("<title>Assessment: annual return for 2023/24 of"
        + " Testshire Community Justice Partnership (fictional)</title>");
  }

  @Test
  void compare_aPlanAloneAndWithItsReturns_wereMadeDifferently() {
    Assessment alone = Assessor.standard().assess(ReturnFixtures.plan(), JUNE_2024);

    Comparison c = Comparison.of(alone, withReturns());

    assertThat(c.madeDifferently()).containsExactly("annual returns: none → 2023/24"
        + " (r2324.yaml), 2024/25 (r2425.yaml, left out)");
  }

  @Test
  void compare_twoReturns_saysReturnNotPlan() {
    LocalDate day = LocalDate.of(2024, 11, 15);
    Assessment a = Assessor.standard().assess(year(ReturnFixtures.GOOD, "a.yaml"),
        ReturnFixtures.plan(), List.of(), day);
    Assessment b = Assessor.standard().assess(year(ReturnFixtures.GOOD, "b.yaml"),
        ReturnFixtures.plan(), List.of(), day);
    Assessment plan = Assessor.standard().assess(ReturnFixtures.plan(), day);

    assertThat(Comparison.of(a, b).madeDifferently()).containsExactly("return: a.yaml → b.yaml");
    assertThat(Comparison.of(plan, a).madeDifferently()).containsExactly(
        "document: plan → annual return for 2023/24", "source: plan.yaml → a.yaml");
  }

  @Test
  void waiverFindings_onAReturn_sayInTheReturn() {
    Assessor assessor = Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-ANN-011").reason("Agreed with CJS").build())
        .build();

    Assessment a = assessor.assess(year(ReturnFixtures.GOOD, "r2324.yaml"),
        ReturnFixtures.plan(), List.of(), LocalDate.of(2024, 11, 15));

    assertThat(a.findings()).extracting(Finding::ruleId, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CJ-CFG-002", "The waiver of CJ-ANN-011 anywhere in"
            + " the return (\"Agreed with CJS\") matches no finding."));
  }
}
