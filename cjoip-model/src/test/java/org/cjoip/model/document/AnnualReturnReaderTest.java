package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the annual return reader refuses, each with a document that differs from an accepted one
 * in that one place, and what it accepts as written for the checks.
 */
final class AnnualReturnReaderTest {

  /** A return the reader accepts; each refusal below changes one line of it. */
  static final String GOOD = """
      formatVersion: 1
      document: annual-return
      title: Glenmore Community Justice Annual Report 2023/24 (fictional)
      framework: cjpf-2023
      reportingYear: 2023/24
      plan:
        title: Glenmore Community Justice Outcomes Improvement Plan 2023-2028 (fictional)
        period: { start: 2023-04-01, end: 2028-03-31 }
      partnership:
        name: Glenmore Community Justice Partnership (fictional)
      signOff: { by: Chair of the partnership, date: 2024-09-26 }
      submitted: 2024-09-30
      published: { date: 2024-10-31, where: Partnership website }
      priorityActions:
        - number: 1
          actionTaken: Two training sessions.
          selfEvaluation: { score: 4, evidence: [Case file audit] }
          deliverables:
            - id: "1.1"
              status: COMPLETE
              completed: 2024-02-28
            - id: "1.2"
              status: DELAYED
              revisedDue: 2025-03-31
          results:
            - indicator: CJPF-M1.2
              value: 81
              unit: COUNT
            - indicator: Cases completed
              value: 3
              suppressed: true
            - indicator: Assessments undertaken
              unavailable: ""
      outcomes:
        - outcome: L1
          actionTaken: Training delivered.
          results: [ { indicator: Staff trained, value: 120, unit: COUNT } ]
      """;

  private final AnnualReturnReader reader = AnnualReturnReader.standard();

  private static String changed(String find, String replacement) {
    assertThat(GOOD).contains(find);
    return GOOD.replace(find, replacement);
  }

  /**
   * Each refusal: what it changes in {@link #GOOD}, the accepted variant, the refused one, and
   * the one located message the refused one gets.
   */
  static Stream<Arguments> refusals() {
    return Stream.of(
        arguments("document missing", "document: annual-return\n",
            "document: annual-return\n", "",
            "r.yaml:1:1: (document): missing required field 'document' (annual-return);"
                + " a document without it is a plan"),
        arguments("document says plan", "document: annual-return",
            "document: annual-return", "document: plan",
            "r.yaml:2:11: /document: the document is a plan (document: plan), not an annual"
                + " return; read it as a plan"),
        arguments("document names no kind", "document: annual-return",
            "document: annual-return", "document: annual-report",
            "r.yaml:2:11: /document: expected plan or annual-return, found 'annual-report'"),
        arguments("document not text", "document: annual-return",
            "document: annual-return", "document: [annual-return]",
            "r.yaml:2:11: /document: expected plan or annual-return, found a list"),
        arguments("formatVersion missing", "formatVersion: 1\n", "formatVersion: 1\n", "",
            "r.yaml:1:1: (document): missing required field 'formatVersion' (this library"
                + " reads version 1)"),
        arguments("formatVersion unsupported", "formatVersion: 1", "formatVersion: 1",
            "formatVersion: 2",
            "r.yaml:1:16: /formatVersion: formatVersion 2 is not supported; this library reads"
                + " version 1"),
        arguments("unknown field at the root", "title: Glenmore Community Justice Annual",
            "title: Glenmore Community Justice Annual",
            "titel: x\ntitle: Glenmore Community Justice Annual",
            "r.yaml:3:8: /titel: unknown field 'titel'; expected one of: formatVersion,"
                + " document, title, framework, reportingYear, plan, partnership, signOff,"
                + " submitted, published, consultation, governance, priorityActions, outcomes,"
                + " achievements, challenges, nextSteps"),
        arguments("unknown field in a result", "        unit: COUNT",
            "        unit: COUNT", "        units: COUNT",
            "r.yaml:28:16: /priorityActions/0/results/0/units: unknown field 'units'; expected"
                + " one of: indicator, value, unit, numerator, denominator, source, suppressed,"
                + " unavailable"),
        arguments("unknown framework", "framework: cjpf-2023", "framework: opif-2016",
            "framework: cjpf-2031",
            "r.yaml:4:12: /framework: framework 'cjpf-2031' names no known edition; known"
                + " editions: cjpf-2023, opif-2016"),
        arguments("reportingYear not YYYY/YY", "reportingYear: 2023/24",
            "reportingYear: 1999/00", "reportingYear: 2023-24",
            "r.yaml:5:16: /reportingYear: expected a reporting year as YYYY/YY with consecutive"
                + " years, e.g. 2023/24, found '2023-24'"),
        arguments("reportingYear years not consecutive", "reportingYear: 2023/24",
            "reportingYear: 2024/25", "reportingYear: 2023/25",
            "r.yaml:5:16: /reportingYear: expected a reporting year as YYYY/YY with consecutive"
                + " years, e.g. 2023/24, found '2023/25'"),
        arguments("reportingYear as four digits", "reportingYear: 2023/24",
            "reportingYear: \"2023/24\"", "reportingYear: 2023/2024",
            "r.yaml:5:16: /reportingYear: expected a reporting year as YYYY/YY with consecutive"
                + " years, e.g. 2023/24, found '2023/2024'"),
        arguments("reportingYear a number", "reportingYear: 2023/24",
            "reportingYear: 2023/24", "reportingYear: 2023",
            "r.yaml:5:16: /reportingYear: expected a reporting year as YYYY/YY with consecutive"
                + " years, e.g. 2023/24, found a number"),
        arguments("reportingYear beyond the dates held", "reportingYear: 2023/24",
            "reportingYear: 9997/98", "reportingYear: 9998/99",
            "r.yaml:5:16: /reportingYear: expected a reporting year from 1000/01 to 9997/98,"
                + " found '9998/99'"),
        arguments("reportingYear missing", "reportingYear: 2023/24\n",
            "reportingYear: 2023/24\n", "",
            "r.yaml:1:1: (document): missing required field 'reportingYear' (a financial year"
                + " as YYYY/YY, e.g. 2023/24)"),
        arguments("plan missing", "plan:\n  title: Glenmore Community Justice Outcomes"
                + " Improvement Plan 2023-2028 (fictional)\n  period: { start: 2023-04-01,"
                + " end: 2028-03-31 }\n",
            "plan: { title: Glenmore CJOIP }\n", "",
            "r.yaml:1:1: (document): missing required field 'plan' (an object with the title"
                + " of the plan the year is reported against)"),
        arguments("plan without a title", "  title: Glenmore Community Justice Outcomes"
                + " Improvement Plan 2023-2028 (fictional)\n",
            "  title: Glenmore CJOIP\n", "",
            "r.yaml:7:3: /plan: missing required field 'title' (text)"),
        arguments("plan period without its end", ", end: 2028-03-31 }",
            ", end: 2028-03-31 }", " }",
            "r.yaml:8:11: /plan/period: missing required field 'end' (a date as YYYY-MM-DD)"),
        arguments("partnership missing", "partnership:\n  name: Glenmore Community Justice"
                + " Partnership (fictional)\n",
            "partnership: { name: Glenmore }\n", "",
            "r.yaml:1:1: (document): missing required field 'partnership' (an object with at"
                + " least a name)"),
        arguments("partnership without a name",
            "  name: Glenmore Community Justice Partnership (fictional)\n",
            "  name: Glenmore\n", "  otherMembers: [Glenmore Third Sector Interface]\n",
            "r.yaml:10:3: /partnership: missing required field 'name' (text)"),
        arguments("signOff without by", "{ by: Chair of the partnership, date: 2024-09-26 }",
            "{ by: Chair of the partnership }", "{ date: 2024-09-26 }",
            "r.yaml:11:10: /signOff: missing required field 'by' (text)"),
        arguments("submitted a date that does not exist", "submitted: 2024-09-30",
            "submitted: 2024-02-29", "submitted: 2023-02-29",
            "r.yaml:12:12: /submitted: expected a date as YYYY-MM-DD that exists, found"
                + " '2023-02-29'"),
        arguments("published without a date", "{ date: 2024-10-31, where: Partnership website }",
            "{ date: 2024-10-31 }", "{ where: Partnership website }",
            "r.yaml:13:12: /published: missing required field 'date' (a date as YYYY-MM-DD)"),
        arguments("published a list", "{ date: 2024-10-31, where: Partnership website }",
            "{ date: 2024-10-31 }", "[2024-10-31]",
            "r.yaml:13:12: /published: expected an object, found a list"),
        arguments("priority action outside 1 to 13", "  - number: 1\n", "  - number: 13\n",
            "  - number: 14\n",
            "r.yaml:15:13: /priorityActions/0/number: expected a whole number from 1 to 13,"
                + " found 14"),
        arguments("priority action without a number", "  - number: 1\n    actionTaken:",
            "  - number: 1\n    actionTaken:", "  - actionTaken:",
            "r.yaml:15:5: /priorityActions/0: missing required field 'number' (a priority"
                + " action from 1 to 13)"),
        arguments("priority action given twice", "outcomes:",
            "  - number: 2\noutcomes:", "  - number: 1\noutcomes:",
            "r.yaml:34:13: /priorityActions/1/number: priority action 1 is given twice (first at"
                + " line 15, column 13); report each action once, with all it did in the year"),
        arguments("score off the six-point scale", "score: 4", "score: 6", "score: 7",
            "r.yaml:17:30: /priorityActions/0/selfEvaluation/score: expected a whole number"
                + " from 1 to 6, found 7"),
        arguments("self-evaluation without a score", "{ score: 4, evidence: [Case file audit] }",
            "{ score: 1 }", "{ evidence: [Case file audit] }",
            "r.yaml:17:21: /priorityActions/0/selfEvaluation: missing required field 'score'"
                + " (a whole number from 1 to 6 on the six-point scale)"),
        arguments("completed without COMPLETE", "        status: COMPLETE\n",
            "        status: COMPLETE\n", "        status: IN_PROGRESS\n",
            "r.yaml:21:20: /priorityActions/0/deliverables/0/completed: completed is allowed"
                + " only when status is COMPLETE"),
        arguments("status not one of the five", "status: DELAYED", "status: DROPPED",
            "status: LATE",
            "r.yaml:23:17: /priorityActions/0/deliverables/1/status: expected one of"
                + " NOT_STARTED, IN_PROGRESS, COMPLETE, DELAYED, DROPPED, found 'LATE'"),
        arguments("revisedDue a date that does not exist", "revisedDue: 2025-03-31",
            "revisedDue: 2025-03-31", "revisedDue: 2025-03-32",
            "r.yaml:24:21: /priorityActions/0/deliverables/1/revisedDue: expected a date as"
                + " YYYY-MM-DD that exists, found '2025-03-32'"),
        arguments("progress id a number", "id: \"1.1\"", "id: \"1.10\"", "id: 1.10",
            "r.yaml:19:13: /priorityActions/0/deliverables/0/id: expected text, found a"
                + " number; quote it: id: \"1.10\""),
        arguments("progress without an id", "      - id: \"1.2\"\n        status: DELAYED",
            "      - id: \"1#2\"\n        status: DELAYED", "      - status: DELAYED",
            "r.yaml:22:9: /priorityActions/0/deliverables/1: missing required field 'id'"
                + " (text)"),
        arguments("result without an indicator", "      - indicator: CJPF-M1.2\n        value",
            "      - indicator: CJPF-M1.2\n        value", "      - value",
            "r.yaml:26:9: /priorityActions/0/results/0: missing required field 'indicator'"
                + " (text)"),
        arguments("value not a number", "value: 81", "value: 81.5", "value: eighty-one",
            "r.yaml:27:16: /priorityActions/0/results/0/value: expected a number smaller than"
                + " 10^15 in size, with at most 10 decimal places, found text"),
        arguments("value beyond the figures held", "value: 81", "value: 999999999999999",
            "value: 1e15",
            "r.yaml:27:16: /priorityActions/0/results/0/value: expected a number smaller than"
                + " 10^15 in size, with at most 10 decimal places, found 1E+15"),
        arguments("unit not one of the three", "unit: COUNT\n", "unit: RATE\n",
            "unit: NUMBER\n",
            "r.yaml:28:15: /priorityActions/0/results/0/unit: expected one of COUNT, PERCENT,"
                + " RATE, found 'NUMBER'"),
        arguments("suppressed not true or false", "suppressed: true", "suppressed: false",
            "suppressed: yes",
            "r.yaml:31:21: /priorityActions/0/results/1/suppressed: expected true or false,"
                + " found 'yes'; write true or false (YAML 1.2 reads 'yes' as text)"),
        arguments("unavailable not text", "unavailable: \"\"", "unavailable: n/a",
            "unavailable: true",
            "r.yaml:33:22: /priorityActions/0/results/2/unavailable: expected text, found"
                + " true/false"),
        arguments("outcome without its name", "  - outcome: L1\n    actionTaken",
            "  - outcome: Staff are trauma-informed\n    actionTaken", "  - actionTaken",
            "r.yaml:35:5: /outcomes/0: missing required field 'outcome' (text)"),
        arguments("achievements not a list", "outcomes:", "achievements: [More bail]\noutcomes:",
            "achievements: More bail\noutcomes:",
            "r.yaml:34:15: /achievements: expected a list, found text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void read_acceptsTheGoodVariant(String name, String find, String good, String bad,
      String expected) throws Exception {
    ReturnDocument doc = reader.read(changed(find, good), "r.yaml");

    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.annualReturn().title())
        .isEqualTo("Glenmore Community Justice Annual Report 2023/24 (fictional)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void read_refusesTheBadVariantWithOneLocatedMessage(String name, String find, String good,
      String bad, String expected) {
    assertThat(Refusals.of(() -> reader.read(changed(find, bad), "r.yaml")))
        .containsExactly(expected);
  }

  @Test
  void read_theGoodDocumentAsWritten() throws Exception {
    ReturnDocument doc = reader.read(GOOD, "r.yaml");

    AnnualReturn r = doc.annualReturn();
    assertThat(doc.kind()).isEqualTo(DocumentKind.ANNUAL_RETURN);
    assertThat(doc.format()).isEqualTo(Format.YAML);
    assertThat(doc.source()).isEqualTo("r.yaml");
    assertThat(r.reportingYear()).isEqualTo(FinancialYear.of(2023));
    assertThat(r.plan().period().orElseThrow().end()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(r.signOff().orElseThrow().date()).contains(LocalDate.of(2024, 9, 26));
    assertThat(r.submitted()).contains(LocalDate.of(2024, 9, 30));
    assertThat(r.published().orElseThrow().where()).contains("Partnership website");
    assertThat(r.priorityActions().get(0).selfEvaluation().orElseThrow().score()).isEqualTo(4);
    assertThat(r.priorityActions().get(0).deliverables())
        .extracting(p -> p.id(), p -> p.status().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", ProgressStatus.COMPLETE),
            org.assertj.core.groups.Tuple.tuple("1.2", ProgressStatus.DELAYED));
    assertThat(r.outcomes().get(0).results().get(0).value()).contains(new BigDecimal("120"));
    assertThat(doc.sourceMap().position("/priorityActions/0/deliverables/1/revisedDue"))
        .contains(new SourceMap.Position(24, 21));
  }

  @Test
  void read_keepsWhatIsWellFormedButWrongForTheChecks() throws Exception {
    AnnualReturn r = reader.read(GOOD, "r.yaml").annualReturn();

    List<Result> results = r.priorityActions().get(0).results();
    // A value beside suppressed, and unavailable without a reason: CJ-ANN-015 reports them.
    assertThat(results.get(1).value()).contains(new BigDecimal("3"));
    assertThat(results.get(1).suppressed()).isTrue();
    assertThat(results.get(2).unavailable()).contains("");
    assertThat(results.get(2).isUnavailableWithoutReason()).isTrue();
    assertThat(results.get(2).hasFigure()).isFalse();
    // A revised date without a reason: CJ-ANN-009 reports it.
    assertThat(r.priorityActions().get(0).deliverables().get(1).revisedDue())
        .contains(LocalDate.of(2025, 3, 31));
    assertThat(r.priorityActions().get(0).deliverables().get(1).revisionReason()).isEmpty();
    assertThat(results.get(0).unit()).contains(Unit.COUNT);
  }

  @Test
  void read_aYearOutsideThePlanAndNamesThePlanLacksAreTheChecks() throws Exception {
    String elsewhere = GOOD.replace("reportingYear: 2023/24", "reportingYear: 2031/32")
        .replace("id: \"1.1\"", "id: \"9.9\"");

    AnnualReturn r = reader.read(elsewhere, "r.yaml").annualReturn();

    assertThat(r.reportingYear()).isEqualTo(FinancialYear.of(2031));
    assertThat(r.priorityActions().get(0).deliverables().get(0).id()).isEqualTo("9.9");
  }

  @Test
  void read_reportsEveryProblemInDocumentOrder() {
    String bad = GOOD.replace("reportingYear: 2023/24", "reportingYear: 2023/25")
        .replace("submitted: 2024-09-30", "submitted: 2024-09-31")
        .replace("score: 4", "score: 0")
        .replace("unit: COUNT\n", "unit: NUMBER\n");

    assertThat(Refusals.of(() -> reader.read(bad, "r.yaml"))).extracting(s -> s.split(": ")[1])
        .containsExactly("/reportingYear", "/submitted",
            "/priorityActions/0/selfEvaluation/score", "/priorityActions/0/results/0/unit");
  }

  @Test
  void read_aProgressIdGivenTwiceIsAWarning() throws Exception {
    ReturnDocument doc = reader.read(GOOD.replace("id: \"1.2\"", "id: \"1.1\""), "r.yaml");

    assertThat(doc.warnings()).extracting(Problem::describe).containsExactly(
        "r.yaml:22:13: warning: /priorityActions/0/deliverables/1/id: progress on deliverable"
            + " '1.1' is given twice (first at line 19, column 13)");
    assertThat(doc.annualReturn().priorityActions().get(0).deliverables()).hasSize(2);
  }

  @Test
  void read_unknownFieldIsAWarningWhenLenient() throws Exception {
    AnnualReturnReader lenient =
        AnnualReturnReader.of(PlanReader.Options.builder().lenient(true).build());

    ReturnDocument doc = lenient.read(changed("title: Glenmore Community Justice Annual",
        "titel: x\ntitle: Glenmore Community Justice Annual"), "r.yaml");

    assertThat(doc.warnings()).extracting(Problem::describe).containsExactly(
        "r.yaml:3:8: warning: /titel: unknown field 'titel'; expected one of: formatVersion,"
            + " document, title, framework, reportingYear, plan, partnership, signOff,"
            + " submitted, published, consultation, governance, priorityActions, outcomes,"
            + " achievements, challenges, nextSteps");
    assertThat(doc.annualReturn().title())
        .isEqualTo("Glenmore Community Justice Annual Report 2023/24 (fictional)");
  }

  @Test
  void read_frameworkKnownThroughOptions() throws Exception {
    AnnualReturnReader custom = AnnualReturnReader.of(
        PlanReader.Options.builder().frameworkIds(java.util.Set.of("cjpf-2031")).build());

    assertThat(custom.read(GOOD.replace("cjpf-2023", "cjpf-2031"), "r.yaml").annualReturn()
        .framework()).isEqualTo("cjpf-2031");
  }

  @Test
  void read_progressEntriesCountAgainstTheDeliverableLimit() {
    AnnualReturnReader small = AnnualReturnReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxDeliverables(1).build()).build());

    assertThat(Refusals.of(() -> small.read(GOOD, "r.yaml"))).containsExactly(
        "r.yaml:22:9: /priorityActions/0/deliverables/1: the document has more deliverables"
            + " than the limit of 1");
  }

  @Test
  void read_jsonBytesStreamAndFileAlike(@TempDir Path dir) throws Exception {
    AnnualReturn fromYaml = reader.read(GOOD, "r.yaml").annualReturn();
    String json = AnnualReturnWriter.toJson(fromYaml);
    Path file = dir.resolve("return.txt");
    Files.writeString(file, json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read(bytes, "r.json").annualReturn()).isEqualTo(fromYaml);
    assertThat(reader.read(new ByteArrayInputStream(bytes), "r.json").annualReturn())
        .isEqualTo(fromYaml);
    ReturnDocument fromFile = reader.read(file);
    assertThat(fromFile.annualReturn()).isEqualTo(fromYaml);
    assertThat(fromFile.format()).isEqualTo(Format.JSON);
  }

  @Test
  void read_aDirectoryOrAMissingFile(@TempDir Path dir) {
    assertThat(Refusals.of(() -> reader.read(dir.resolve("none.yaml"))))
        .containsExactly(dir.resolve("none.yaml") + ": (document): no such file");
    assertThat(Refusals.of(() -> reader.read(dir)))
        .containsExactly(dir + ": (document): is a directory, not an annual return document");
  }

  @Test
  void read_aTreeLocatedElsewhereIsBoundAlike() throws Exception {
    DocumentTree tree = DocumentTree.read(GOOD, "r.yaml", null, Limits.defaults());

    assertThat(reader.read(tree).annualReturn())
        .isEqualTo(reader.read(GOOD, "r.yaml").annualReturn());
    assertThatThrownBy(() -> reader.read(tree.root(), null, "r.yaml"))
        .isInstanceOf(NullPointerException.class).hasMessage("sourceMap");
  }
}
