package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.checks.RuleTesting;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/** Findings are placed by the line and column of their node in the document as written. */
final class FindingPositionsTest {

  private static final String PLAN = """
      formatVersion: 1
      title: Glenmore Community Justice Outcomes Improvement Plan 2023-2028 (fictional)
      framework: cjpf-2023
      period: { start: 2023-04-01, end: 2028-03-31 }
      partnership:
        name: Glenmore Community Justice Partnership
      priorityActions:
        - number: 2
          nationalOutcome: More people in police custody receive support to address their needs
          deliverables:
            - id: "2.1"
              description: Review custody referral pathways.
              owners: [TBC]
              timescale: 31 March 2024
      """;

  @Test
  void findings_carryTheLineAndColumnOfTheirNode() throws Exception {
    PlanDocument doc = PlanReader.standard().read(PLAN, "glenmore.yaml");

    Assessment a = Assessor.standard().assess(doc, RuleTesting.AS_OF);

    assertThat(a.findings()).filteredOn(f -> f.deliverable().isPresent())
        .extracting(Finding::ruleId, Finding::path, Finding::line, Finding::column)
        .containsExactly(
            tuple("CJ-DEL-002", "/priorityActions/0/deliverables/0", 11, 9),
            tuple("CJ-DEL-009", "/priorityActions/0/deliverables/0", 11, 9),
            tuple("CJ-DEL-001", "/priorityActions/0/deliverables/0/owners", 13, 17),
            tuple("CJ-DEL-005", "/priorityActions/0/deliverables/0/timescale", 14, 20));
    assertThat(a.findings()).filteredOn(f -> f.key().equals("CJ-COV-001/pa=1"))
        .extracting(Finding::path, Finding::line, Finding::column)
        .containsExactly(tuple("/priorityActions", 8, 3));
  }

  @Test
  void textReport_placesFindingsByFileLineAndColumn() throws Exception {
    PlanDocument doc = PlanReader.standard().read(PLAN, "glenmore.yaml");

    String text = TextReport.write(Assessor.standard().assess(doc, RuleTesting.AS_OF), false);

    assertThat(text).contains("\n    ERROR   CJ-DEL-001  glenmore.yaml:13:17  deliverable 2.1\n");
    assertThat(text).contains("\n  ERROR   CJ-PLAN-002  glenmore.yaml:1:1\n");
  }
}
