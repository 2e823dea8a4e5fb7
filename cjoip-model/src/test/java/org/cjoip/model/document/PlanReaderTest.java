package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlanReaderTest {

  private static final String MINIMAL =
      """
      formatVersion: 1
      title: Test plan
      framework: cjpf-2023
      period: { start: 2023-04-01, end: 2028-03-31 }
      partnership:
        name: Test Partnership
      priorityActions:
        - number: 1
          nationalOutcome: More people successfully complete diversion from prosecution
          deliverables:
            - id: "1.1"
              description: Deliver training.
              priority: MUST
              owners: [Police Scotland]
              timescale: 31 March 2025
      """;

  private final PlanReader reader = PlanReader.standard();

  private static Problem onlyProblem(ThrowingRead read) {
    try {
      read.run();
    } catch (DocumentException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected a DocumentException");
  }

  private interface ThrowingRead {
    void run() throws DocumentException;
  }

  private Problem problemOf(String text, String name) {
    return onlyProblem(() -> reader.read(text, name));
  }

  @Test
  void read_minimalYamlPlan() throws Exception {
    PlanDocument doc = reader.read(MINIMAL, "plan.yaml");

    Plan plan = doc.plan();
    assertThat(doc.format()).isEqualTo(Format.YAML);
    assertThat(plan.title()).isEqualTo("Test plan");
    assertThat(plan.period().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(plan.priorityActions()).hasSize(1);
    assertThat(plan.priorityActions().get(0).deliverables().get(0).priority())
        .contains(Priority.MUST);
    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.sourceMap().position("/priorityActions/0/deliverables/0/owners"))
        .contains(new SourceMap.Position(14, 17));
  }

  @Test
  void read_recordsWhereEachKeyIsWrittenBesideItsValue() throws Exception {
    SourceMap map = reader.read(MINIMAL, "plan.yaml").sourceMap();

    // A block list starts at its first item, on a later line than its key.
    assertThat(map.position("/priorityActions")).contains(new SourceMap.Position(8, 3));
    assertThat(map.keyPosition("/priorityActions")).contains(new SourceMap.Position(7, 1));
    assertThat(map.position("/partnership")).contains(new SourceMap.Position(6, 3));
    assertThat(map.keyPosition("/partnership")).contains(new SourceMap.Position(5, 1));
    assertThat(map.keyPosition("/priorityActions/0/deliverables/0/owners"))
        .contains(new SourceMap.Position(14, 9));
    // An item of a list, and the root, have no key: they stand where they start.
    assertThat(map.keyPosition("/priorityActions/0")).contains(new SourceMap.Position(8, 5));
    assertThat(map.keyPosition("")).isEqualTo(map.position(""));
    assertThat(map.keyPosition("/nothing")).isEmpty();
    assertThat(map.isCollection("/priorityActions")).isTrue();
    assertThat(map.isCollection("/priorityActions/0")).isTrue();
    assertThat(map.isCollection("/title")).isFalse();
    assertThat(map.isCollection("/nothing")).isFalse();
  }

  @Test
  void read_recordsWhereEachKeyIsWrittenInJson() throws Exception {
    String json = """
        {
          "formatVersion": 1, "title": "T", "framework": "cjpf-2023",
          "partnership": {"name": "P"},
          "priorityActions": [
            {"number": 1}
          ]
        }
        """;
    SourceMap map = reader.read(json, "plan.json").sourceMap();

    assertThat(map.position("/priorityActions")).contains(new SourceMap.Position(4, 22));
    assertThat(map.keyPosition("/priorityActions")).contains(new SourceMap.Position(4, 3));
    assertThat(map.keyPosition("/partnership/name")).contains(new SourceMap.Position(3, 19));
    assertThat(map.position("/partnership/name")).contains(new SourceMap.Position(3, 27));
  }

  @Test
  void read_unknownFieldIsLocatedError() {
    Problem p = problemOf(MINIMAL.replace("title:", "titel: x\ntitle:"), "plan.yaml");

    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(p.pointer()).isEqualTo("/titel");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(8);
    assertThat(p.message()).startsWith("unknown field 'titel'; expected one of: formatVersion");
  }

  @Test
  void read_unknownFieldIsWarningWhenLenient() throws Exception {
    PlanReader lenient = PlanReader.of(PlanReader.Options.builder().lenient(true).build());

    PlanDocument doc = lenient.read(MINIMAL.replace("title:", "titel: x\ntitle:"), "plan.yaml");

    assertThat(doc.warnings()).extracting(Problem::severity, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, "/titel"));
    assertThat(doc.plan().title()).isEqualTo("Test plan");
  }

  @Test
  void read_schemaHintAtTheRootIsIgnored() throws Exception {
    PlanDocument yaml = reader.read("$schema: ./plan-v1.schema.json\n" + MINIMAL, "plan.yaml");
    PlanDocument json = reader.read("{\"$schema\": \"./plan-v1.schema.json\","
        + " \"formatVersion\": 1, \"title\": \"Test plan\", \"framework\": \"cjpf-2023\","
        + " \"partnership\": {\"name\": \"P\"}}", "plan.json");

    assertThat(yaml.plan()).isEqualTo(reader.read(MINIMAL, "plan.yaml").plan());
    assertThat(yaml.warnings()).isEmpty();
    assertThat(json.plan().title()).isEqualTo("Test plan");
    assertThat(json.warnings()).isEmpty();
  }

  @Test
  void read_schemaHintMustBeTextAndOnlyAtTheRoot() {
    Problem notText = problemOf("$schema: 1\n" + MINIMAL, "plan.yaml");
    Problem nested = problemOf(MINIMAL.replace("  name: Test Partnership",
        "  name: Test Partnership\n  $schema: x"), "plan.yaml");

    assertThat(notText.pointer()).isEqualTo("/$schema");
    assertThat(notText.line()).isEqualTo(1);
    assertThat(notText.column()).isEqualTo(10);
    assertThat(notText.message())
        .isEqualTo("expected text (where an editor finds the schema), found a whole number");
    assertThat(nested.pointer()).isEqualTo("/partnership/$schema");
    assertThat(nested.message()).startsWith("unknown field '$schema'; expected one of: name,");
  }

  @Test
  void read_deliverableIdGivenTwiceIsAWarning() throws Exception {
    String yaml = ""
        + "formatVersion: 1\n"
        + "title: Test plan\n"
        + "framework: cjpf-2023\n"
        + "period: { start: 2023-04-01, end: 2028-03-31 }\n"
        + "partnership:\n"
        + "  name: Test Partnership\n"
        + "priorityActions:\n"
        + "  - number: 1\n"
        + "    nationalOutcome: More people successfully complete diversion from prosecution\n"
        + "    deliverables:\n"
        + "      - id: \"1.1\"\n"
        + "        description: Deliver training.\n"
        + "        priority: MUST\n"
        + "        owners: [Police Scotland]\n"
        + "        timescale: 31 March 2025\n"
        + "      - id: \"1.1\"\n"
        + "        description: Again.\n"
        + "        priority: MUST\n"
        + "        owners: [Police Scotland]\n"
        + "        timescale: March 2026\n";

    PlanDocument doc = PlanReader.standard().read(yaml, "plan.yaml");

    assertThat(doc.warnings()).extracting(Problem::severity, Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING,
            "/priorityActions/0/deliverables/1/id",
            "deliverable id '1.1' is given twice (first at line 11, column 13)"));
    PlanDocument thrice = PlanReader.standard().read(yaml + "      - id: \"1.1\"\n"
        + "        description: Once more.\n", "plan.yaml");
    assertThat(thrice.warnings()).extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "/priorityActions/0/deliverables/1/id",
            "deliverable id '1.1' is given 3 times (first at line 11, column 13)"));
  }

  @Test
  void read_documentPlanIsAccepted() throws Exception {
    PlanDocument doc = reader.read(MINIMAL.replace("formatVersion: 1\n",
        "formatVersion: 1\ndocument: plan\n"), "plan.yaml");

    assertThat(doc.kind()).isEqualTo(DocumentKind.PLAN);
    assertThat(doc.plan()).isEqualTo(reader.read(MINIMAL, "plan.yaml").plan());
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void read_anAnnualReturnIsRefusedWithWhereToReadIt() {
    Problem p = problemOf(MINIMAL.replace("formatVersion: 1\n",
        "formatVersion: 1\ndocument: annual-return\n"), "plan.yaml");

    assertThat(p.describe()).isEqualTo("plan.yaml:2:11: /document: the document is an annual"
        + " return (document: annual-return), not a plan; read it as an annual return");
  }

  @Test
  void read_aDocumentOfNoKnownKindIsRefused() {
    Problem p = problemOf(MINIMAL.replace("formatVersion: 1\n",
        "formatVersion: 1\ndocument: Plan\n"), "plan.yaml");

    assertThat(p.describe())
        .isEqualTo("plan.yaml:2:11: /document: expected plan or annual-return, found 'Plan'");
  }

  @Test
  void read_aReturnThatLostItsDocumentLineIsNamedAsOne() {
    Problem p = problemOf(MINIMAL.replace("formatVersion: 1\n",
        "formatVersion: 1\nreportingYear: 2023/24\n"), "plan.yaml");

    assertThat(p.describe()).isEqualTo("plan.yaml:1:1: (document): missing required field"
        + " 'document': a document with a reportingYear is an annual return, which says"
        + " document: annual-return");
  }

  @Test
  void read_aReportThatCjoipWroteIsNamedAsOne() {
    Problem assessment = problemOf("{\"formatVersion\": 1, \"source\": \"p.yaml\","
        + " \"findings\": [], \"counts\": {}}", "p.json");
    Problem picture = problemOf("{\"formatVersion\": 1, \"reportingYear\": \"2024/25\","
        + " \"partnerships\": [], \"totals\": []}", "national.json");

    assertThat(assessment.describe()).isEqualTo("p.json:1:1: (document): this is an assessment"
        + " that cjoip assess writes, not a plan; keep reports out of the folders cjoip reads");
    assertThat(picture.describe()).isEqualTo("national.json:1:1: (document): this is the"
        + " national picture that cjoip rollup writes, not a plan; keep reports out of the"
        + " folders cjoip reads");
  }

  @Test
  void read_unsupportedFormatVersion() {
    Problem p = problemOf(MINIMAL.replace("formatVersion: 1", "formatVersion: 2"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/formatVersion");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message())
        .isEqualTo("formatVersion 2 is not supported; this library reads version 1");
  }

  @Test
  void read_missingFormatVersion() {
    Problem p = problemOf(MINIMAL.replace("formatVersion: 1\n", ""), "p.yaml");

    assertThat(p.pointer()).isEmpty();
    assertThat(p.message()).contains("missing required field 'formatVersion'");
  }

  @Test
  void read_unknownFramework() {
    Problem p = problemOf(MINIMAL.replace("cjpf-2023", "cjpf-2031"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/framework");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(12);
    assertThat(p.message()).startsWith("framework 'cjpf-2031' names no known edition");
  }

  @Test
  void read_frameworkKnownThroughOptions() throws Exception {
    PlanReader custom =
        PlanReader.of(PlanReader.Options.builder().frameworkIds(Set.of("cjpf-2031")).build());

    assertThat(custom.read(MINIMAL.replace("cjpf-2023", "cjpf-2031"), "p.yaml").plan().framework())
        .isEqualTo("cjpf-2031");
  }

  @Test
  void read_priorityActionOutOfRange() {
    Problem zero = problemOf(MINIMAL.replace("number: 1", "number: 0"), "p.yaml");
    Problem fourteen = problemOf(MINIMAL.replace("number: 1", "number: 14"), "p.yaml");

    assertThat(zero.pointer()).isEqualTo("/priorityActions/0/number");
    assertThat(zero.message()).isEqualTo("expected a whole number from 1 to 13, found 0");
    assertThat(fourteen.line()).isEqualTo(8);
    assertThat(fourteen.message()).isEqualTo("expected a whole number from 1 to 13, found 14");
  }

  @Test
  void read_priorityActionGivenTwice() {
    String twice = MINIMAL + "  - number: 1\n";

    Problem p = problemOf(twice, "p.yaml");

    assertThat(p.pointer()).isEqualTo("/priorityActions/1/number");
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.message()).isEqualTo("priority action 1 is given twice (first at line 8, column"
        + " 13); give each action one section, with all its deliverables");
  }

  @Test
  void read_impossibleDate() {
    Problem p = problemOf(MINIMAL.replace("2023-04-01", "2025-02-30"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/period/start");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message())
        .isEqualTo("expected a date as YYYY-MM-DD that exists, found '2025-02-30'");
  }

  @Test
  void read_valueOutsideEnumeration() {
    Problem p = problemOf(MINIMAL.replace("priority: MUST", "priority: MAYBE"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables/0/priority");
    assertThat(p.message()).isEqualTo("expected one of MUST, SHOULD, COULD, WONT, found 'MAYBE'");
  }

  @Test
  void read_duplicateKeyInYaml() {
    Problem p = problemOf(MINIMAL.replace("title: Test plan", "title: A\ntitle: B"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("duplicate key 'title'");
  }

  @Test
  void read_duplicateKeyInJson() {
    Problem p = problemOf("{\"formatVersion\": 1,\n \"formatVersion\": 1}", "p.json");

    assertThat(p.pointer()).isEqualTo("/formatVersion");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(2);
    assertThat(p.message()).isEqualTo("duplicate key 'formatVersion'");
  }

  @Test
  void read_malformedJson() {
    Problem p = problemOf("{\"formatVersion\": 1,\n \"title\": }", "p.json");

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(11);
    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.message()).isEqualTo("malformed JSON: unexpected '}'");
  }

  @Test
  void read_numberWhereTextExpectedSuggestsQuoting() {
    Problem p = problemOf(MINIMAL.replace("id: \"1.1\"", "id: 1.10"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables/0/id");
    assertThat(p.message())
        .isEqualTo("expected text, found a number; quote it: id: \"1.10\"");
  }

  @Test
  void read_numberWhereTextExpectedInJsonSuggestsQuotingAsJsonWritesIt() {
    Problem p = problemOf("{\"formatVersion\": 1, \"title\": 2030, \"framework\": \"cjpf-2023\","
        + " \"partnership\": {\"name\": \"P\"}}", "p.json");

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(31);
    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.message())
        .isEqualTo("expected text, found a whole number; quote it: \"title\": \"2030\"");
  }

  @Test
  void read_completedWithoutCompleteStatus() {
    Problem p =
        problemOf(MINIMAL.replace("timescale: 31 March 2025",
            "timescale: 31 March 2025\n        completed: 2025-01-01"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables/0/completed");
    assertThat(p.message()).isEqualTo("completed is allowed only when status is COMPLETE");
  }

  @Test
  void read_reportsEveryErrorInDocumentOrder() {
    String bad = MINIMAL.replace("priority: MUST", "priority: MAYBE")
        .replace("2023-04-01", "2023-13-01");

    assertThatThrownBy(() -> reader.read(bad, "p.yaml"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::pointer)
            .containsExactly("/period/start", "/priorityActions/0/deliverables/0/priority"));
  }

  @Test
  void read_yamlAnchorOnTextRefused() {
    String aliased = MINIMAL.replace("title: Test plan", "title: &t Test plan")
        .replace("name: Test Partnership", "name: *t");

    Problem p = problemOf(aliased, "p.yaml");

    assertThat(p.message()).isEqualTo("YAML anchors are not allowed in this document");
    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(8);
  }

  @Test
  void read_yamlAliasRefused() {
    Problem p = problemOf(MINIMAL.replace("name: Test Partnership", "name: *t"), "p.yaml");

    assertThat(p.message()).isEqualTo("YAML aliases are not allowed in this document");
    assertThat(p.pointer()).isEqualTo("/partnership/name");
    assertThat(p.line()).isEqualTo(6);
  }

  @Test
  void read_yamlClassTagRefused() {
    Problem p = problemOf(
        MINIMAL.replace("title: Test plan", "title: !!javax.script.ScriptEngineManager [x]"),
        "p.yaml");

    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.message())
        .isEqualTo("YAML tags are not allowed in this document: "
            + "tag:yaml.org,2002:javax.script.ScriptEngineManager");
  }

  @Test
  void read_tabIndentationInYaml() {
    Problem p = problemOf(MINIMAL.replace("  name: Test Partnership", "\tname: Test"), "p.yaml");

    assertThat(p.line()).isEqualTo(6);
    assertThat(p.message()).startsWith("malformed YAML:");
  }

  @Test
  void read_lineOutOfStepBetweenItemsNamesTheListNotTheNextItem() {
    Problem p = problemOf(MINIMAL.replace("      - id: \"1.1\"\n",
        "      - id: \"1.1\"\n      owners: [A]\n"), "p.yaml");

    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables");
    assertThat(p.message()).startsWith("malformed YAML: the indentation is out of step");
  }

  @Test
  void read_tabWhereTheNextFieldStartsNamesTheObjectNotTheFieldBefore() {
    Problem p = problemOf(MINIMAL.replace("  name: Test Partnership",
        "  name: Test Partnership\n\tarea: Fife"), "p.yaml");

    assertThat(List.of(p.line(), p.column())).containsExactly(7, 1);
    assertThat(p.pointer()).isEqualTo("/partnership");
    assertThat(p.message()).isEqualTo("malformed YAML: a tab where YAML expects indentation or a"
        + " value; use spaces, not tabs");
  }

  @Test
  void read_invalidUtf8() {
    byte[] bytes = "formatVersion: 1\ntitle: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    Problem p = onlyProblem(() -> reader.read(bytes, "p.yaml"));

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(11);
    assertThat(p.message()).isEqualTo("the document is not valid UTF-8: byte 0xE9 at offset 27");
  }

  @Test
  void read_emptyDocument() {
    Problem p = problemOf("  \n", "p.yaml");

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("the document is empty");
  }

  @Test
  void read_nestingBeyondLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    Problem p = problemOf(deep, "p.json");

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("the document nests deeper than the limit of 64");
  }

  @Test
  void read_stringBeyondLimit() {
    PlanReader small = PlanReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxStringLength(100).build()).build());

    Problem p = onlyProblem(() -> small.read(MINIMAL.replace("Test plan", "x".repeat(200)),
        "p.yaml"));

    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.message()).isEqualTo("a text value is longer than the limit of 100 characters");
  }

  @Test
  void read_documentBeyondLimit() {
    PlanReader small = PlanReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxDocumentBytes(100).build()).build());

    Problem p = onlyProblem(() -> small.read(MINIMAL.getBytes(StandardCharsets.UTF_8), "p.yaml"));

    assertThat(p.message()).isEqualTo("the document is larger than the limit of 100 bytes");
  }

  @Test
  void read_missingFileAndDirectory(@TempDir Path dir) {
    Problem missing = onlyProblem(() -> reader.read(dir.resolve("nope.yaml")));
    Problem directory = onlyProblem(() -> reader.read(dir));

    assertThat(missing.message()).isEqualTo("no such file");
    assertThat(directory.message()).isEqualTo("is a directory, not a plan document");
  }

  @Test
  void read_fileGuessesJsonFromContent(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.txt");
    Files.writeString(file, PlanWriter.toJson(reader.read(MINIMAL, "p.yaml").plan()));

    PlanDocument doc = reader.read(file);

    assertThat(doc.format()).isEqualTo(Format.JSON);
    assertThat(doc.plan().priorityActions()).extracting(p -> p.number()).isEqualTo(List.of(1));
  }
}
