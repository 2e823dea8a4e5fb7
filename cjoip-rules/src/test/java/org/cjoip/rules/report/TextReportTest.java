package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.checks.RuleTesting;
import org.cjoip.rules.config.ConfigurationReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text report of a plan spoiled in several ways, pinned in
 * {@code src/test/resources/org/cjoip/rules/report/}; to accept a reviewed change, run the tests
 * with {@code -Dcjoip.golden.update=true}.
 */
final class TextReportTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/cjoip/rules/report");

  private static final String CONFIGURATION = """
      waivers:
        - rule: CJ-DEL-001
          path: /priorityActions/1/deliverables/0
          reason: Lead agreed at the March board
          expires: 2026-03-31
      """;

  /** The good plan without a participation statement, section 4, an owner and a deadline. */
  static Plan spoiled() {
    Plan owners = RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d)
        .owners(List.of()).build());
    Plan overdue = Plan.builder().from(owners).priorityActions(owners.priorityActions().stream()
        .map(s -> s.number() != 3 ? s : PriorityActionResponse.builder().from(s)
            .deliverables(List.of(Deliverable.builder().from(s.deliverables().get(0))
                .due(LocalDate.of(2025, 3, 1)).status(Status.NOT_STARTED).build()))
            .build())
        .filter(s -> s.number() != 4)
        .toList()).build();
    return Plan.builder().from(overdue).participationStatement(Optional.empty()).build();
  }

  static Assessment assessment() throws Exception {
    Assessor assessor = ConfigurationReader.read(
            CONFIGURATION.getBytes(StandardCharsets.UTF_8), "config.yaml")
        .applyTo(Assessor.builder())
        .build();
    return assessor.assess(spoiled(), RuleTesting.AS_OF);
  }

  /** The report with the versions, which change with every release, named instead. */
  private static String versionless(String report) {
    return report.replace(Assessor.libraryVersion(), "LIBRARY-VERSION")
        .replace(Catalogue.builtIn().version(), "RULES-VERSION");
  }

  @Test
  void write_spoiledPlanMatchesThePinnedReport() throws Exception {
    String actual = versionless(TextReport.write(assessment(), false));
    Path file = GOLDEN.resolve("spoiled.txt");
    if (Boolean.getBoolean("cjoip.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }

    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void write_goodPlanSaysSo() {
    String report = TextReport.write(Assessor.standard().assess(RuleTesting.good(),
        RuleTesting.AS_OF), false);

    assertThat(report).endsWith("Findings: 0 errors, 0 warnings, 0 info\n\nNo findings.\n");
    assertThat(report).doesNotContain("Configuration:", "\u001b[");
  }

  @Test
  void write_colourMarksSeveritiesAndHeadingsOnly() throws Exception {
    String report = TextReport.write(assessment(), true);

    assertThat(report).startsWith("\u001b[1mGood Community Justice Outcomes Improvement Plan"
        + " 2023-2028\u001b[0m\n");
    assertThat(report).contains("\n  \u001b[31mERROR  \u001b[0m CJ-PLAN-002  (plan)\n");
    assertThat(report).contains("\n    \u001b[33mWARNING\u001b[0m CJ-DEL-005  "
        + "/priorityActions/2/deliverables/0/due  deliverable 3.1\n");
    assertThat(report).contains("\u001b[1mThe plan as a whole\u001b[0m\n");
  }

  @Test
  void write_namesAnEditionOtherThanTheDeclaredOne() {
    Assessment a = Assessor.builder().edition(Frameworks.bundled().get("opif-2016")).build()
        .assess(RuleTesting.good(), RuleTesting.AS_OF);

    // The header line is wrapped; joined again it names both editions.
    assertThat(TextReport.write(a, false).replace("\n  ", " "))
        .contains("Framework: opif-2016 (Community Justice Outcomes, Performance and"
            + " Improvement Framework); the plan declares cjpf-2023\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // 100 columns exactly fit; one more moves the last word down.
      "98 | 1 | 1",
      "98 | 2 | 2",
      "50 | 49 | 1",
      "50 | 50 | 2",
  })
  void wrap_noLineWiderThanTheReport(int first, int second, int lines) {
    StringBuilder out = new StringBuilder();

    TextReport.wrap(out, "a".repeat(first) + " " + "b".repeat(second), "", "  ");

    assertThat(out.toString().split("\n")).hasSize(lines)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
  }

  @Test
  void wrap_breaksAWordLongerThanALine() {
    StringBuilder out = new StringBuilder();

    TextReport.wrap(out, "see " + "x".repeat(230), "> ", "  ");

    assertThat(out.toString()).isEqualTo("> see\n  " + "x".repeat(98) + "\n  " + "x".repeat(98)
        + "\n  " + "x".repeat(34) + "\n");
  }

  @Test
  void wrap_colourCodesTakeNoColumns() {
    StringBuilder out = new StringBuilder();
    String red = "\u001b[31m" + "r".repeat(50) + "\u001b[0m";

    TextReport.wrap(out, red + " " + "w".repeat(49), "", "");

    assertThat(out.toString()).isEqualTo(red + " " + "w".repeat(49) + "\n");
  }
}
