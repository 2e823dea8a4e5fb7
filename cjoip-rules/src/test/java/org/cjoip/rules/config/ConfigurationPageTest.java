package org.cjoip.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.DocPage;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} says what it shows: each configuration on the page reads to
 * exactly the severities, disabled rules and waivers the page describes, is valid against the
 * published schema, and does to the fictional Glenmore plan of {@code writing-a-plan.md} what
 * the page says it does.
 */
final class ConfigurationPageTest {

  private static final DocPage PAGE = DocPage.read("configuration.md");
  private static final String MARCH = "Electronic monitoring is being planned with the sheriff"
      + " court; a section follows in March.";
  private static final String TRAINER = "Training moved to 2026/27 when the trainer left; agreed"
      + " at the board on 11 March 2026.";
  private static final String DRAFT = "Sections for the other priority actions are being"
      + " written; draft of 1 September 2025.";
  private static final LocalDate OCTOBER_2025 = LocalDate.of(2025, 10, 1);
  private static final LocalDate SEPTEMBER_2026 = LocalDate.of(2026, 9, 1);

  private static Configuration read(DocPage.Block block) throws Exception {
    return ConfigurationReader.read(block.text().getBytes(StandardCharsets.UTF_8),
        "configuration.md-" + block.line() + "." + block.info());
  }

  /** What the page's configuration says, without the digest of the block it came from. */
  private static Configuration content(DocPage.Block block) throws Exception {
    return Configuration.builder().from(read(block)).sha256(Optional.empty()).build();
  }

  private static DocPage.Block yaml(String text) {
    return PAGE.blockWith("yaml", text);
  }

  private static PlanDocument glenmore() throws Exception {
    String plan = DocPage.read("writing-a-plan.md")
        .blockWith("yaml", "# Glenmore is fictional").text();
    return PlanReader.standard().read(plan, "glenmore.yaml");
  }

  private static Assessment assess(Configuration config, LocalDate asOf) throws Exception {
    return config.applyTo(Assessor.builder()).build().assess(glenmore(), asOf);
  }

  private static Waiver.Builder waiver(String rule, String reason) {
    return Waiver.builder().rule(rule).reason(reason);
  }

  @Test
  void page_showsTheseConfigurationsAndNoOthers() {
    assertThat(PAGE.blocks("yaml")).hasSize(7);
    assertThat(PAGE.blocks("json")).hasSize(1);
  }

  @Test
  void wholeConfiguration_readsAsThePageDescribesIt() throws Exception {
    assertThat(content(yaml("# Glenmore's configuration"))).isEqualTo(Configuration.builder()
        .putSeverities("CJ-DEL-009", Severity.WARNING)
        .addDisabled("CJ-LIND-005")
        .addWaivers(waiver("CJ-COV-001", MARCH).priorityAction(4)
            .expires(LocalDate.of(2026, 3, 31)).build())
        .build());
  }

  @Test
  void severities_inAnyLetterCase() throws Exception {
    assertThat(content(yaml("CJ-LIND-001: Error"))).isEqualTo(Configuration.builder()
        .putSeverities("CJ-DEL-009", Severity.WARNING)
        .putSeverities("CJ-LIND-001", Severity.ERROR)
        .putSeverities("CJ-CFG-002", Severity.WARNING)
        .build());
  }

  @Test
  void disabled_listsRules() throws Exception {
    assertThat(content(yaml("disabled:\n  - CJ-LIND-005\n  - CJ-DEL-009\n")))
        .isEqualTo(Configuration.builder().addDisabled("CJ-LIND-005", "CJ-DEL-009").build());
  }

  @Test
  void waivers_bySubjectPathOrRuleReadAsThePageDescribesThem() throws Exception {
    assertThat(content(yaml("expires: 2026-12-31"))).isEqualTo(Configuration.builder()
        .addWaivers(waiver("CJ-DEL-005", TRAINER).deliverable("1.1")
            .expires(LocalDate.of(2026, 12, 31)).build())
        .build());
    assertThat(content(yaml("    priorityAction: 1\n"))).isEqualTo(Configuration.builder()
        .addWaivers(waiver("CJ-DEL-005", TRAINER).priorityAction(1).deliverable("1.1").build())
        .build());
    assertThat(content(yaml("path: /priorityActions/0/deliverables/0"))).isEqualTo(
        Configuration.builder().addWaivers(waiver("CJ-DEL-005", TRAINER)
            .path("/priorityActions/0/deliverables/0").build()).build());
    assertThat(content(yaml(DRAFT))).isEqualTo(Configuration.builder()
        .addWaivers(waiver("CJ-COV-001", DRAFT).expires(LocalDate.of(2025, 12, 31)).build())
        .build());
  }

  @Test
  void jsonConfiguration_readsAsThePageShowsIt() throws Exception {
    assertThat(content(PAGE.blocks("json").get(0))).isEqualTo(Configuration.builder()
        .putSeverities("CJ-DEL-009", Severity.WARNING)
        .addWaivers(waiver("CJ-COV-001",
            "Electronic monitoring is being planned with the sheriff court.")
            .priorityAction(4).expires(LocalDate.of(2026, 3, 31)).build())
        .build());
  }

  @Test
  void everyConfiguration_isValidAgainstThePublishedSchema() throws Exception {
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ConfigurationSchemaTest.schemaTree());
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (DocPage.Block b : PAGE.blocks("yaml")) {
      assertThat(schema.validate(yaml.readTree(b.text()))).as("line " + b.line()).isEmpty();
    }
    assertThat(schema.validate(new ObjectMapper().readTree(PAGE.blocks("json").get(0).text())))
        .isEmpty();
  }

  @Test
  void wholeConfiguration_waivesPriorityAction4AndCountsItApart() throws Exception {
    Assessment a = assess(read(yaml("# Glenmore's configuration")), OCTOBER_2025);

    assertThat(a.counts()).isEqualTo(
        Map.of(Severity.ERROR, 10, Severity.WARNING, 0, Severity.INFO, 3));
    assertThat(a.waivedCount()).isEqualTo(1);
    assertThat(a.findings()).filteredOn(Finding::isWaived)
        .extracting(Finding::ruleId, Finding::priorityAction, f -> f.waiver().get().reason())
        .containsExactly(tuple("CJ-COV-001", Optional.of(4), MARCH));
  }

  @Test
  void everyReport_recordsTheConfigurationsDigest() throws Exception {
    DocPage.Block block = yaml("# Glenmore's configuration");
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(block.text().getBytes(StandardCharsets.UTF_8)));
    Assessment a = assess(read(block), OCTOBER_2025);
    StringWriter json = new StringWriter();
    AssessmentJson.write(a, json);

    assertThat(a.configurationSha256()).contains(digest);
    assertThat(new ObjectMapper().readTree(json.toString()).get("configurationSha256")
        .textValue()).isEqualTo(digest);
    assertThat(TextReport.write(a, false)).contains(digest);
    assertThat(HtmlReport.write(a)).contains(digest);
  }

  @Test
  void ruleWideWaiver_coversEveryFindingOfTheRuleUntilItsLastDay() throws Exception {
    Configuration draft = read(yaml(DRAFT));

    for (LocalDate day : List.of(OCTOBER_2025, LocalDate.of(2025, 12, 31))) {
      Assessment a = assess(draft, day);
      assertThat(a.waivedCount()).as(day.toString()).isEqualTo(11);
      assertThat(a.counts().get(Severity.ERROR)).as(day.toString()).isZero();
      assertThat(a.worstUnwaived()).as(day.toString()).contains(Severity.INFO);
    }
  }

  @Test
  void expiredWaiver_findingsCountAgainWithOneNote() throws Exception {
    Assessment a = assess(read(yaml(DRAFT)), LocalDate.of(2026, 1, 1));

    assertThat(a.waivedCount()).isZero();
    assertThat(a.counts().get(Severity.ERROR)).isEqualTo(11);
    assertThat(a.findings()).filteredOn(f -> f.ruleId().startsWith("CJ-CFG-"))
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("CJ-CFG-001", Severity.INFO));
  }

  @Test
  void deliverableWaiver_matchesNothingBeforeTheDeliverableIsOverdue() throws Exception {
    Assessment early = assess(read(yaml("expires: 2026-12-31")), OCTOBER_2025);
    Assessment late = assess(read(yaml("expires: 2026-12-31")), SEPTEMBER_2026);

    assertThat(early.waivedCount()).isZero();
    assertThat(early.findings()).filteredOn(f -> f.ruleId().startsWith("CJ-CFG-"))
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("CJ-CFG-002", Severity.INFO));
    assertThat(late.findings()).filteredOn(Finding::isWaived)
        .extracting(Finding::ruleId, Finding::deliverable)
        .containsExactly(tuple("CJ-DEL-005", Optional.of("1.1")));
    assertThat(late.findings()).noneMatch(f -> f.ruleId().startsWith("CJ-CFG-"));
  }

  @Test
  void subjectAndPathWaivers_coverTheSameOverdueDeliverable() throws Exception {
    for (String text : List.of("    priorityAction: 1\n",
        "path: /priorityActions/0/deliverables/0")) {
      Assessment a = assess(read(yaml(text)), SEPTEMBER_2026);

      assertThat(a.findings()).as(text).filteredOn(Finding::isWaived)
          .extracting(Finding::ruleId, Finding::deliverable)
          .containsExactly(tuple("CJ-DEL-005", Optional.of("1.1")));
      assertThat(a.findings()).as(text).noneMatch(f -> f.ruleId().startsWith("CJ-CFG-"));
    }
  }

  @Test
  void path_matchesWholeStepsOnly() {
    Waiver w = waiver("CJ-DEL-001", "r").path("/priorityActions/1/deliverables/1").build();

    assertThat(w.covers("CJ-DEL-001", "/priorityActions/1/deliverables/1")).isTrue();
    assertThat(w.covers("CJ-DEL-001", "/priorityActions/1/deliverables/1/owners")).isTrue();
    assertThat(w.covers("CJ-DEL-001", "/priorityActions/1/deliverables/10")).isFalse();
    assertThat(w.covers("CJ-DEL-002", "/priorityActions/1/deliverables/1")).isFalse();
  }

  @Test
  void configurationFindings_takeSeveritiesAndCanBeSwitchedOff() throws Exception {
    Configuration early = read(yaml("expires: 2026-12-31"));
    Assessment louder = assess(Configuration.builder().from(early)
        .putSeverities("CJ-CFG-002", Severity.WARNING).build(), OCTOBER_2025);
    Assessment off = assess(Configuration.builder().from(early).addDisabled("CJ-CFG-002")
        .build(), OCTOBER_2025);

    assertThat(louder.findings()).filteredOn(f -> f.ruleId().equals("CJ-CFG-002"))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(off.findings()).noneMatch(f -> f.ruleId().startsWith("CJ-CFG-"));
  }
}
