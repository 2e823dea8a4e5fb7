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

  private static Assessment assess(String text, String name) throws Exception {
    return Assessor.standard().assess(PlanReader.standard().read(text, name), RuleTesting.AS_OF);
  }

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
    // A missing action stands at the list's key, not at the first action written (8:3).
    assertThat(a.findings()).filteredOn(f -> f.key().equals("CJ-COV-001/pa=1"))
        .extracting(Finding::path, Finding::line, Finding::column)
        .containsExactly(tuple("/priorityActions", 7, 1));
  }

  @Test
  void findings_aboutAMissingPartnerPointAtThePartnershipWhenItListsNone() throws Exception {
    String yaml = PLAN.replace("  name: Glenmore Community Justice Partnership\n",
        "  name: Glenmore Community Justice Partnership\n  otherMembers: [Glenmore Council]\n");
    Assessment a = assess(yaml, "glenmore.yaml");

    // At the partnership's key, not at its name (6:3), the first line of its value.
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-PLAN-004"))
        .extracting(Finding::path, Finding::line, Finding::column)
        .containsOnly(tuple("/partnership", 5, 1));
  }

  @Test
  void findings_aboutAListPointAtItsKeyInEachFormat() throws Exception {
    String yaml = PLAN.replace("  name: Glenmore Community Justice Partnership\n",
        "  name: Glenmore Community Justice Partnership\n  statutoryPartners:\n"
            + "    - LOCAL_AUTHORITY\n    - POLICE_SCOTLAND\n");
    Assessment a = assess(yaml, "glenmore.yaml");

    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CJ-PLAN-004"))
        .extracting(Finding::path, Finding::line, Finding::column)
        .containsOnly(tuple("/partnership/statutoryPartners", 7, 3));
    assertThat(a.findings()).filteredOn(f -> f.key().equals("CJ-COV-001/pa=1"))
        .extracting(Finding::line, Finding::column).containsExactly(tuple(10, 1));

    String json = """
        {
          "formatVersion": 1, "title": "G", "framework": "cjpf-2023",
          "period": {"start": "2023-04-01", "end": "2028-03-31"},
          "partnership": {"name": "G", "statutoryPartners": ["LOCAL_AUTHORITY"]},
          "priorityActions":
            [{"number": 2}]
        }
        """;
    Assessment j = assess(json, "glenmore.json");

    // A list written on its key's line stands there at its bracket; on a later line, at its key.
    assertThat(j.findings()).filteredOn(f -> f.ruleId().equals("CJ-PLAN-004"))
        .extracting(Finding::line, Finding::column).containsOnly(tuple(4, 53));
    assertThat(j.findings()).filteredOn(f -> f.key().equals("CJ-COV-001/pa=1"))
        .extracting(Finding::line, Finding::column).containsExactly(tuple(5, 3));
  }

  @Test
  void textReport_placesFindingsByFileLineAndColumn() throws Exception {
    PlanDocument doc = PlanReader.standard().read(PLAN, "glenmore.yaml");

    String text = TextReport.write(Assessor.standard().assess(doc, RuleTesting.AS_OF), false);

    assertThat(text).contains("\n    ERROR   CJ-DEL-001  glenmore.yaml:13:17  deliverable 2.1\n");
    assertThat(text).contains("\n  ERROR   CJ-PLAN-002  glenmore.yaml:1:1\n");
    assertThat(text).contains("\n    ERROR   CJ-COV-001  glenmore.yaml:7:1\n");
  }
}
