package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MainTest {

  /** What one run of the command line printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void version_printsTheLibraryVersion() {
    Run r = run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("cjoip ").doesNotContain("unknown");
  }

  @Test
  void noCommand_isAUsageError() {
    Run r = run();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing a command");
  }

  @Test
  void unknownOption_isAUsageErrorWithoutStackTrace() {
    Run r = run("assess", "--nope", "example:ayrshire");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--nope'").doesNotContain("\tat ");
  }

  @Test
  void check_validExample() {
    Run r = run("check", "example:perth-and-kinross");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("example:perth-and-kinross.yaml: valid\n");
  }

  @Test
  void check_reportsEachProblemLocated(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\npartnership:\n"
        + "  name: P\npriorityActions:\n  - number: 14\n    colour: red\n");

    Run r = run("check", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        bad + ":7:13: /priorityActions/0/number: expected a whole number from 1 to 13, found 14",
        bad + ":8:13: /priorityActions/0/colour: unknown field 'colour'; expected one of: number,"
            + " assessment, prioritised, nationalOutcome, nationalIndicators, localIndicators,"
            + " deliverables");
  }

  @Test
  void check_readsAnnualReturnsBesidePlans() {
    Run r = run("check", "example:glenmore", "example:glenmore-2023-24",
        "example:glenmore-2024-25");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("3 documents: valid\n");
  }

  @Test
  void check_locatesEachProblemOfAReturn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("return.yaml");
    Files.writeString(bad, "formatVersion: 1\ndocument: annual-return\ntitle: T\n"
        + "framework: cjpf-2023\nreportingYear: 2023-24\nplan: { title: P }\n"
        + "partnership: { name: P }\nsubmitted: 2024-09-31\npriorityActions:\n"
        + "  - number: 2\n    selfEvaluation: { score: 7 }\n    colour: red\n");

    Run r = run("check", bad.toString(), "example:glenmore");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        bad + ":5:16: /reportingYear: expected a reporting year as YYYY/YY with consecutive"
            + " years, e.g. 2023/24, found '2023-24'",
        bad + ":8:12: /submitted: expected a date as YYYY-MM-DD that exists, found"
            + " '2024-09-31'",
        bad + ":11:30: /priorityActions/0/selfEvaluation/score: expected a whole number from 1"
            + " to 6, found 7",
        bad + ":12:13: /priorityActions/0/colour: unknown field 'colour'; expected one of:"
            + " number, actionTaken, selfEvaluation, deliverables, results");
  }

  @Test
  void check_aReturnWithoutItsDocumentLineIsNamedAsOne(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("return.yaml");
    Files.writeString(bad, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\n"
        + "reportingYear: 2023/24\nplan: { title: P }\npartnership: { name: P }\n");

    Run r = run("check", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(bad + ":1:1: (document): missing required field 'document':"
        + " a document with a reportingYear is an annual return, which says document:"
        + " annual-return\n");
  }

  @Test
  void assess_refusesAnAnnualReturnGivenAsAPlan() {
    Run r = run("assess", "example:glenmore-2023-24", "--as-of", "2025-04-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("example:glenmore-2023-24.yaml:23:11: /document: the"
        + " document is an annual return (document: annual-return), not a plan; check it against"
        + " its plan with --plan PLAN\n");
  }

  @Test
  void check_missingFile() {
    Run r = run("check", "no-such-plan.yaml");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("no-such-plan.yaml: (document): no such file\n");
  }

  @Test
  void check_unknownExample() {
    Run r = run("check", "example:nowhere");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("example:nowhere: (document): no bundled example");
  }

  @Test
  void assess_failOnNeverExitsZero() {
    Run r = run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Perth and Kinross").contains("CJ-COV-003");
    assertThat(r.out().lines()).allMatch(l -> l.length() <= 100);
  }

  @Test
  void assess_errorsFailByDefault() {
    Run r = run("assess", "example:clackmannanshire", "--as-of", "2025-04-01");

    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void assess_dateOutsideTheRangeIsAUsageError() {
    assertThat(run("assess", "example:ayrshire", "--as-of", "0999-01-01").err()).isEqualTo(
        "cjoip: --as-of expects a date from 1000-04-01 to 9998-03-31, found '0999-01-01'\n");
    assertThat(run("assess", "example:ayrshire", "--as-of", "+10000-01-01").err()).isEqualTo(
        "cjoip: --as-of expects a date as YYYY-MM-DD that exists, found '+10000-01-01'\n");
    assertThat(run("assess", "example:ayrshire", "--as-of", "-0001-01-01").code())
        .isEqualTo(2);
  }

  @Test
  void assess_failOnInAnyLetterCase() {
    Run upper = run("assess", "example:clackmannanshire", "--as-of", "2025-04-01",
        "--fail-on", "NEVER");
    Run mixed = run("assess", "example:clackmannanshire", "--as-of", "2025-04-01",
        "--fail-on", "Error");
    Run foreign = run("assess", "example:clackmannanshire", "--fail-on", "ınfo");

    assertThat(upper.code()).isZero();
    assertThat(mixed.code()).isEqualTo(1);
    assertThat(foreign.code()).isEqualTo(2);
    assertThat(foreign.err()).startsWith("cjoip: Invalid value for option '--fail-on':"
        + " expected one of error, warning, info, never (in any letter case), found 'ınfo'");
  }

  @Test
  void assess_minSeverityWithAJsonOrHtmlReportIsAUsageError() {
    Run json = run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--format", "json",
        "--min-severity", "error");
    Run html = run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--format", "html",
        "--min-severity", "warning");

    assertThat(json.code()).isEqualTo(2);
    assertThat(json.out()).isEmpty();
    assertThat(json.err()).isEqualTo("cjoip: --min-severity goes with --format text; the json"
        + " report holds every finding\n");
    assertThat(html.code()).isEqualTo(2);
    assertThat(html.err()).startsWith("cjoip: --min-severity goes with --format text; the html");
  }

  @Test
  void assess_minSeverityHidesTheLowerFindingsOfTheTextReport() {
    Run all = run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--fail-on", "never");
    Run errors = run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--fail-on", "never",
        "--min-severity", "ERROR");

    assertThat(errors.code()).isZero();
    assertThat(all.out()).contains("WARNING");
    assertThat(errors.out().lines().filter(l -> l.matches(" +(WARNING|INFO) +CJ-.*"))).isEmpty();
    assertThat(errors.out().lines().filter(l -> l.matches(" +ERROR +CJ-.*")).count())
        .isEqualTo(all.out().lines().filter(l -> l.matches(" +ERROR +CJ-.*")).count())
        .isEqualTo(62);
  }

  @Test
  void assess_configurationProblemsAreReportedWithThePlans(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\n"
        + "partnership: {name: P}\npriorityActions:\n  - number: 14\n");
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "waivers:\n  - rule: CJ-DEL-001\n    path: /priorityActions\n"
        + "    reason: \"\"\n");

    Run r = run("assess", plan.toString(), "--config", config.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        config + ":4:13: /waivers/0/reason: a waiver must give its reason; the reason is empty",
        plan + ":6:13: /priorityActions/0/number: expected a whole number from 1 to 13,"
            + " found 14");
  }

  @Test
  void assess_textReportShowsThePlansControlCharactersEscaped(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, "{\"formatVersion\": 1, \"title\": \"T\\u001b]0;owned\\u0007\","
        + " \"framework\": \"cjpf-2023\", \"partnership\": {\"name\": \"P\\u009b2J\"}}");

    Run r = run("assess", plan.toString(), "--as-of", "2025-04-01", "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("T\\u001b]0;owned\\u0007\nPartnership: P\\u009b2J\n");
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u0007");
  }

  @Test
  void assess_editionFileMayNotPassForABundledOne(@TempDir Path dir) throws Exception {
    Path edition = dir.resolve("cjpf-2023.json");
    Files.writeString(edition, EditionWriter.toJson(Edition.builder()
        .from(Frameworks.bundled().get("cjpf-2023")).title("Something else").build()));

    Run r = run("assess", "example:ayrshire", "--framework", edition.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(edition + ":3:9: /id: the edition id 'cjpf-2023' is already"
        + " an edition's, whose content differs from this file's; give this edition an id of its"
        + " own\n");
  }

  @Test
  void assess_badDateIsAUsageError() {
    Run r = run("assess", "example:ayrshire", "--as-of", "2025-02-30");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "cjoip: --as-of expects a date as YYYY-MM-DD that exists, found '2025-02-30'\n");
  }

  @Test
  void assess_badInputWritesNoOutput(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": 1,");
    Path report = dir.resolve("report.json");

    Run r = run("assess", "example:ayrshire", bad.toString(), "--format", "json",
        "--output", report.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(report).doesNotExist();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_jsonToOutputFile(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");

    Run r = run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--format", "json",
        "--output", report.toString(), "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(Files.readString(report)).startsWith("{\n  \"formatVersion\" : 1,")
        .contains("\"edition\" : \"cjpf-2023\"");
    assertThat(dir.toFile().list()).containsExactly("report.json");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
  }

  @Test
  void assess_outputKeepsTheReplacedFilesPermissions(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(report,
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));

    run("assess", "example:ayrshire", "--as-of", "2025-04-01", "--format", "json",
        "--output", report.toString(), "--fail-on", "never");

    assertThat(Files.readString(report)).startsWith("{");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
  }

  @Test
  void rules_listsTheCatalogue() {
    Run r = run("rules", "--format", "json");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"id\" : \"CJ-PLAN-001\"").contains("\"id\" : \"CJ-CFG-002\"");
  }

  @Test
  void frameworks_listsTheEditions() {
    Run r = run("frameworks");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out()).contains("cjpf-2023").contains("opif-2016").contains("superseded by cjpf-2023");
  }

  @Test
  void frameworkShow_printsTheEdition() {
    Run r = run("framework", "show", "cjpf-2023");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Aim 1: Optimise the use of diversion and intervention")
        .contains("More people successfully complete diversion from prosecution");
  }

  @Test
  void frameworkShow_printsTheReportingCalendarWithItsSources() {
    Run cjpf = run("framework", "show", "cjpf-2023");
    Run opif = run("framework", "show", "opif-2016");

    assertThat(calendar(cjpf)).filteredOn(l -> !l.startsWith("    ")).containsExactly(
        "Reporting calendar",
        "  The s23 report on a reporting year is published by the 31 December after it.",
        "  The annual return reaches Community Justice Scotland by the 30 September after the"
            + " year (practice,",
        "  not statute).",
        "  A published count from 1 to 4 is suppressed (disclosure threshold 5).");
    assertThat(calendar(cjpf)).contains(
        "    Source: Perth and Kinross CJOIP 2023-2028, Reporting and Planning Cycles,"
            + " Reporting. Practice,");
    assertThat(calendar(opif)).filteredOn(l -> !l.startsWith("    ")).containsExactly(
        "Reporting calendar",
        "  The s23 report on a reporting year is published by the 31 December after it.");
  }

  private static java.util.List<String> calendar(Run r) {
    java.util.List<String> lines = r.out().lines().toList();
    return lines.subList(lines.indexOf("Reporting calendar"), lines.size());
  }

  @Test
  void frameworkShow_unknownEdition() {
    Run r = run("framework", "show", "cjpf-2099");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("cjoip: no framework edition 'cjpf-2099'");
  }

  @Test
  void examples_listsTheBundledPlansAndReturns() {
    Run r = run("examples");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactly("example:perth-and-kinross", "example:ayrshire",
            "example:clackmannanshire", "example:glenmore", "example:glenmore-2023-24",
            "example:glenmore-2024-25");
    assertThat(r.out().lines().skip(3)).containsExactly(
        "example:glenmore             Glenmore Community Justice Outcomes Improvement Plan"
            + " 2023-2028 (fictional)",
        "example:glenmore-2023-24     Glenmore Community Justice Annual Report 2023/24"
            + " (fictional); reports on example:glenmore",
        "example:glenmore-2024-25     Glenmore Community Justice Annual Report 2024/25"
            + " (fictional); reports on example:glenmore");
  }
}
