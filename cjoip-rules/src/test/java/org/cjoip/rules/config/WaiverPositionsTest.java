package org.cjoip.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/** The findings about waivers stand at the waiver, in the configuration file. */
final class WaiverPositionsTest {

  private static final String PLAN = """
      formatVersion: 1
      title: Glenmore plan
      framework: cjpf-2023
      period: { start: 2023-04-01, end: 2028-03-31 }
      partnership:
        name: Glenmore Community Justice Partnership
      priorityActions:
        - number: 1
      """;

  private static final String CONFIG = """
      severities: { CJ-DEL-009: WARNING }
      waivers:
        - rule: CJ-COV-001
          priorityAction: 2
          reason: "Section follows in March."
          expires: 2025-01-31
        - rule: CJ-DEL-001
          deliverable: "9.9"
          reason: "Agreed at the board."
      """;

  private static Assessment assess() throws Exception {
    Configuration c = ConfigurationReader.read(CONFIG.getBytes(StandardCharsets.UTF_8),
        "cjoip.yaml");
    return c.applyTo(Assessor.builder()).build().assess(
        PlanReader.standard().read(PLAN, "plan.yaml"), LocalDate.of(2025, 10, 1));
  }

  @Test
  void read_recordsWhereEachWaiverIsWritten() throws Exception {
    Configuration c = ConfigurationReader.read(CONFIG.getBytes(StandardCharsets.UTF_8),
        "cjoip.yaml");

    assertThat(c.source()).contains("cjoip.yaml");
    assertThat(c.waivers()).extracting(w -> w.line(), w -> w.column())
        .containsExactly(tuple(3, 5), tuple(7, 5));
  }

  @Test
  void assess_placesWaiverFindingsAtTheWaiverInTheConfiguration() throws Exception {
    Assessment a = assess();

    assertThat(a.configuration()).contains("cjoip.yaml");
    assertThat(a.findings()).filteredOn(f -> f.ruleId().startsWith("CJ-CFG-"))
        .extracting(Finding::ruleId, Finding::path, Finding::line, Finding::column)
        .containsExactly(tuple("CJ-CFG-001", "", 3, 5), tuple("CJ-CFG-002", "", 7, 5));
    Finding expired = a.findings().stream().filter(f -> f.ruleId().equals("CJ-CFG-001"))
        .findFirst().orElseThrow();
    assertThat(a.documentOf(expired)).isEqualTo("cjoip.yaml");
    Finding missing = a.findings().stream().filter(f -> f.ruleId().equals("CJ-COV-001"))
        .findFirst().orElseThrow();
    assertThat(a.documentOf(missing)).isEqualTo("plan.yaml");
  }

  @Test
  void reports_showTheConfigurationFileLineAndColumn() throws Exception {
    Assessment a = assess();

    String text = TextReport.write(a, false);
    assertThat(text).contains("\n  INFO    CJ-CFG-001  cjoip.yaml:3:5\n")
        .contains("\n  INFO    CJ-CFG-002  cjoip.yaml:7:5\n")
        .contains("\n    ERROR   CJ-COV-001  plan.yaml:7:1\n");
    assertThat(HtmlReport.write(a)).contains("cjoip.yaml:3:5").contains("cjoip.yaml:7:5");
    JsonNode json = new ObjectMapper().readTree(AssessmentJson.write(a));
    assertThat(json.get("configuration").textValue()).isEqualTo("cjoip.yaml");
    JsonNode cfg = json.get("findings").findParents("ruleId").stream()
        .filter(f -> f.get("ruleId").textValue().equals("CJ-CFG-002")).findFirst().orElseThrow();
    assertThat(cfg.get("line").intValue()).isEqualTo(7);
    assertThat(cfg.get("column").intValue()).isEqualTo(5);
    assertThat(cfg.get("path").textValue()).isEmpty();
    Assessment back = AssessmentJson.read(AssessmentJson.write(a));
    assertThat(back.configuration()).contains("cjoip.yaml");
    assertThat(TextReport.write(back, false)).contains("CJ-CFG-002  cjoip.yaml:7:5");
  }

  @Test
  void compare_placesAWaiverFindingInTheConfiguration() throws Exception {
    Assessment without = Assessor.standard().assess(
        PlanReader.standard().read(PLAN, "plan.yaml"), LocalDate.of(2025, 10, 1));

    String text = org.cjoip.rules.report.Comparison.of(without, assess()).toText();

    assertThat(text).contains(" CJ-CFG-002  cjoip.yaml:7:5  The waiver of CJ-DEL-001");
  }

  @Test
  void read_numberAsADeliverableIdSaysHowToQuoteIt() {
    String yaml = "waivers:\n  - rule: CJ-DEL-005\n    deliverable: 1.10\n    reason: r\n";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigurationReader.read(
        yaml.getBytes(StandardCharsets.UTF_8), "cjoip.yaml"))
        .isInstanceOfSatisfying(org.cjoip.model.document.DocumentException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo(18);
              assertThat(p.pointer()).isEqualTo("/waivers/0/deliverable");
              assertThat(p.message()).isEqualTo(
                  "expected text, found a number; quote it: deliverable: \"1.10\"");
            }));
  }
}
