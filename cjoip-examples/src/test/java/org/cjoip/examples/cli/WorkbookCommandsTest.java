package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.workbook.RawWorkbook;
import org.cjoip.model.workbook.WorkbookReader;
import org.cjoip.model.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjoip import}, {@code export} and {@code template}, and workbooks given to check. */
final class WorkbookCommandsTest {

  @TempDir Path dir;

  @Test
  void exportThenImport_printsTheExamplesDocument() throws Exception {
    Path workbook = dir.resolve("ayrshire.xlsx");

    MainTest.Run export = MainTest.run("export", "example:ayrshire", "--output",
        workbook.toString());
    MainTest.Run yaml = MainTest.run("import", workbook.toString());

    assertThat(export.code()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(yaml.code()).isZero();
    assertThat(yaml.out()).isEqualTo(PlanWriter.toYaml(Examples.read("ayrshire").plan()));
  }

  @Test
  void import_writesJsonWhenTheOutputSaysSo() throws Exception {
    Path workbook = dir.resolve("plan.xlsx");
    MainTest.run("export", "example:perth-and-kinross", "--output", workbook.toString());
    Path json = dir.resolve("plan.json");

    MainTest.Run r = MainTest.run("import", workbook.toString(), "--output", json.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(PlanReader.standard().read(json).plan())
        .isEqualTo(Examples.read("perth-and-kinross").plan());
    assertThat(Files.readString(json)).startsWith("{");
  }

  @Test
  void import_ofABadWorkbook_exitsTwoAndWritesNothing() throws Exception {
    Path workbook = dir.resolve("bad.xlsx");
    new RawWorkbook().sheet("Plan", RawWorkbook.row(1, RawWorkbook.inline("A1", "Field"),
        RawWorkbook.inline("B1", "Value"))).sheet("Notes", "").write(workbook);
    Path out = dir.resolve("plan.yaml");

    MainTest.Run r = MainTest.run("import", workbook.toString(), "--output", out.toString());

    assertThat(r.code()).isEqualTo(2);
    // Every problem at once, in the workbook's order: the Plan sheet comes first.
    assertThat(r.err().lines()).containsExactly(
        workbook + ": Plan!A1: (document): missing required field 'formatVersion' (this "
            + "library reads version 1)",
        workbook + ": Notes!A1: (document): unknown sheet 'Notes'; a plan workbook's sheets are "
            + "Plan, Priority actions, Deliverables, Outcomes, Indicators (and Read me, which is "
            + "not read)");
    assertThat(out).doesNotExist();
  }

  @Test
  void export_ofAPlanNoWorkbookCarries_exitsTwoLocatedInTheDocument() throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\npartnership:\n"
        + "  name: P\n  localAuthorities: [\" \"]\n");
    Path workbook = dir.resolve("plan.xlsx");

    MainTest.Run r = MainTest.run("export", plan.toString(), "--output", workbook.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(plan + ":6:22: /partnership/localAuthorities/0: a blank list "
        + "item cannot be written to a workbook, where a list holds one item a line\n");
    assertThat(workbook).doesNotExist();
  }

  @Test
  void export_toANameThatIsNotXlsx_isAUsageError() {
    MainTest.Run r = MainTest.run("export", "example:ayrshire", "--output",
        dir.resolve("plan.xls").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --output: a workbook is written to a file named "
        + ".xlsx, not '" + dir.resolve("plan.xls") + "'\n");
  }

  @Test
  void template_writesTheLatestEditionsWorkbook_whichChecksWithItsPlaceholdersFlagged()
      throws Exception {
    Path template = dir.resolve("template.xlsx");

    MainTest.Run r = MainTest.run("template", "--output", template.toString());
    MainTest.Run check = MainTest.run("check", template.toString());

    assertThat(r.code()).isZero();
    assertThat(WorkbookReader.standard().read(template).plan())
        .isEqualTo(WorkbookWriter.templatePlan(Frameworks.bundled().latest()));
    assertThat(check.code()).isZero();
    assertThat(check.out()).isEqualTo(template + ": valid\n");
    assertThat(check.err()).isEqualTo(template + ": Plan!B3: warning: /title: '[The plan's "
        + "title]' is the template's placeholder: write the plan's own title in its place\n"
        + template + ": Plan!B8: warning: /partnership/name: '[The partnership's name]' is the "
        + "template's placeholder: write the partnership's name in its place\n");
  }

  @Test
  void assess_ofTheUntouchedTemplate_findsWhatEachActionAndThePlanStillLack() throws Exception {
    Path template = dir.resolve("template.xlsx");
    MainTest.run("template", "--output", template.toString());

    MainTest.Run r = MainTest.run("assess", template.toString(), "--as-of", "2025-01-01",
        "--format", "json", "--fail-on", "never");

    assertThat(r.code()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode f : report.get("findings")) {
      counts.merge(f.get("ruleId").asText() + " " + f.get("severity").asText(), 1, Integer::sum);
    }
    // The template states the edition's outcomes and indicators (as the workbook format asks),
    // so every action is addressed; what it lacks is the plan's own: local indicators,
    // deliverables, its period and approval.
    assertThat(counts).containsExactly(
        Map.entry("CJ-COV-007 WARNING", 9),
        Map.entry("CJ-LIND-001 ERROR", 4),
        Map.entry("CJ-LIND-001 WARNING", 9),
        Map.entry("CJ-LIND-005 INFO", 10),
        Map.entry("CJ-PLAN-001 ERROR", 1),
        Map.entry("CJ-PLAN-002 ERROR", 1),
        Map.entry("CJ-PLAN-005 WARNING", 1),
        Map.entry("CJ-PLAN-006 INFO", 1));
  }

  @Test
  void template_ofAnotherEdition_andOfAnUnknownOne() throws Exception {
    Path template = dir.resolve("opif.xlsx");

    MainTest.Run r = MainTest.run("template", "--framework", "opif-2016", "--output",
        template.toString());
    MainTest.Run unknown = MainTest.run("template", "--framework", "cjpf-1999", "--output",
        template.toString());

    assertThat(r.code()).isZero();
    assertThat(WorkbookReader.standard().read(template).plan().framework())
        .isEqualTo("opif-2016");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("cjoip: --framework: 'cjpf-1999' is neither a bundled "
        + "framework edition nor a file; bundled editions: cjpf-2023, opif-2016\n");
  }

  /** {@code template} and {@code assess} given the same edition file: exit 2, one message. */
  private String refusedByTemplateAsByAssess(Edition edition) throws Exception {
    Path file = dir.resolve(edition.id() + ".json");
    Files.writeString(file, EditionWriter.toJson(edition));
    Path template = dir.resolve("template.xlsx");

    MainTest.Run r = MainTest.run("template", "--framework", file.toString(), "--output",
        template.toString());
    MainTest.Run assess = MainTest.run("assess", "example:ayrshire", "--framework",
        file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(assess.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(assess.err());
    assertThat(template).doesNotExist();
    return r.err().replace(file.toString(), "FILE");
  }

  @Test
  void template_ofAnEditionFilePassingForABundledOne_isRefusedAsAssessRefusesIt()
      throws Exception {
    String err = refusedByTemplateAsByAssess(Edition.builder()
        .from(Frameworks.bundled().get("cjpf-2023")).title("Something else").build());

    assertThat(err).isEqualTo("FILE:3:9: /id: the edition id 'cjpf-2023' is already an "
        + "edition's, whose content differs from this file's; give this edition an id of its "
        + "own\n");
  }

  @Test
  void template_ofAnEditionSupersedingOneThatIsNotThere_isRefusedAsAssessRefusesIt()
      throws Exception {
    String err = refusedByTemplateAsByAssess(Edition.builder()
        .from(Frameworks.bundled().get("cjpf-2023")).id("cjpf-2030").supersedes("cjpf-2029")
        .build());

    assertThat(err).startsWith("FILE:").contains("/supersedes: ");
  }

  @Test
  void assess_readsAWorkbookDirectly_asItsDocument() throws Exception {
    Path workbook = dir.resolve("pk.xlsx");
    MainTest.run("export", "example:perth-and-kinross", "--output", workbook.toString());
    Path yaml = dir.resolve("pk.yaml");
    Files.writeString(yaml, Examples.text("perth-and-kinross"));

    MainTest.Run fromWorkbook = MainTest.run("assess", workbook.toString(), "--as-of",
        "2025-04-01", "--format", "json", "--fail-on", "never");
    MainTest.Run fromYaml = MainTest.run("assess", yaml.toString(), "--as-of", "2025-04-01",
        "--format", "json", "--fail-on", "never");

    assertThat(fromWorkbook.code()).isZero();
    // The same report but for where each finding is placed: cells in one, lines in the other.
    assertThat(unplaced(fromWorkbook.out().replace(workbook.toString(), "SOURCE")))
        .isEqualTo(unplaced(fromYaml.out().replace(yaml.toString(), "SOURCE")));
  }

  private static com.fasterxml.jackson.databind.JsonNode unplaced(String report)
      throws Exception {
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report);
    root.get("findings").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f)
        .remove(java.util.List.of("line", "column", "cell")));
    return root;
  }

  @Test
  void assess_placesFindingsOnAWorkbookByCell(@TempDir Path dir) throws Exception {
    Path workbook = dir.resolve("pk.xlsx");
    MainTest.run("export", "example:perth-and-kinross", "--output", workbook.toString());

    MainTest.Run text = MainTest.run("assess", workbook.toString(), "--as-of", "2025-04-01",
        "--fail-on", "never");
    MainTest.Run json = MainTest.run("assess", workbook.toString(), "--as-of", "2025-04-01",
        "--fail-on", "never", "--format", "json");

    assertThat(text.out()).contains("\n    WARNING CJ-DEL-005  " + workbook
        + ": Deliverables!H2  deliverable 1.1\n");
    var finding = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out())
        .get("findings").findParents("key").stream()
        .filter(f -> f.get("key").asText().equals("CJ-DEL-005/deliverable=1.1")).findFirst()
        .orElseThrow();
    assertThat(finding.get("cell").asText()).isEqualTo("Deliverables!H2");
    assertThat(finding.has("line")).isFalse();
  }
}
