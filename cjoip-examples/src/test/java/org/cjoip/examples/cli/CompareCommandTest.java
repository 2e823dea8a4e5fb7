package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompareCommandTest {

  private static Path report(Path dir, String name, String... options) throws Exception {
    Path file = dir.resolve(name);
    String[] args = new String[options.length + 6];
    args[0] = "assess";
    args[1] = "example:perth-and-kinross";
    args[2] = "--format";
    args[3] = "json";
    args[4] = "--output";
    args[5] = file.toString();
    System.arraycopy(options, 0, args, 6, options.length);
    Run r = MainTest.run(args);
    assertThat(r.err()).isEmpty();
    return file;
  }

  @Test
  void compare_aYearLaterShowsNewlyOverdueDeliverables(@TempDir Path dir) throws Exception {
    Path older = report(dir, "2025.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path newer = report(dir, "2026.json", "--as-of", "2026-04-01", "--fail-on", "never");

    Run r = MainTest.run("compare", older.toString(), newer.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Made differently:\n  as of: 2025-04-01 → 2026-04-01\n"
            + "Appeared (19):\n"
            + "  + WARNING CJ-DEL-005  example:perth-and-kinross.yaml:132:20 (priority action 1,"
            + " deliverable 1.3)  Deliverable 1.3 was due on 2025-09-30 and is not recorded as complete (183 days"
            + " overdue as of 2026-04-01).\n")
        .contains("\n  ~ ERROR   CJ-DEL-005  example:perth-and-kinross.yaml:120:20 (priority action"
            + " 1, deliverable 1.1)  Deliverable 1.1 was due on 2025-03-31 and is not recorded as complete (366 days"
            + " overdue as of 2026-04-01).\n      severity WARNING → ERROR\n")
        .endsWith("19 appeared, 0 disappeared, 35 changed, 0 moved\n");
  }

  @Test
  void compare_failOnWhenWorse(@TempDir Path dir) throws Exception {
    Path older = report(dir, "2025.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path newer = report(dir, "2027.json", "--as-of", "2027-04-01", "--fail-on", "never");

    assertThat(MainTest.run("compare", older.toString(), newer.toString(), "--fail-on",
        "warning").code()).isEqualTo(1);
    assertThat(MainTest.run("compare", newer.toString(), older.toString(), "--fail-on",
        "warning").code()).isZero();
  }

  @Test
  void compare_sameReportHasNoChanges(@TempDir Path dir) throws Exception {
    Path one = report(dir, "one.json", "--as-of", "2025-04-01", "--fail-on", "never");

    Run r = MainTest.run("compare", one.toString(), one.toString(), "--format", "json");

    assertThat(r.out()).isEqualTo("{\n  \"madeDifferently\" : [ ],\n  \"appeared\" : [ ],\n"
        + "  \"disappeared\" : [ ],\n  \"changed\" : [ ],\n  \"moved\" : [ ],\n"
        + "  \"renumbered\" : [ ]\n}\n");
  }

  @Test
  void compare_packAddsRuleSetToProvenance(@TempDir Path dir) throws Exception {
    Path older = report(dir, "a.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path newer = report(dir, "b.json", "--as-of", "2025-04-01", "--fail-on", "never",
        "--pack", "example-board");

    Run r = MainTest.run("compare", older.toString(), newer.toString());

    assertThat(r.out()).contains("  rule sets: cjoip ")
        .contains(", example-board 1.0.0\n")
        .contains("Appeared (3):");
  }

  @Test
  void compare_badReportIsLocated(@TempDir Path dir) throws Exception {
    Path one = report(dir, "one.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(one).replaceFirst("\"severity\" : \"ERROR\"",
        "\"severity\" : \"FATAL\""));

    Run r = MainTest.run("compare", one.toString(), bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).matches(java.util.regex.Pattern.quote(bad.toString())
        + ":\\d+:\\d+: /findings/\\d+/severity: expected a severity of ERROR, WARNING or INFO,"
        + " found 'FATAL'\n");
  }

  @Test
  void compare_notJsonIsLocated(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  oops\n}\n");

    Run r = MainTest.run("compare", bad.toString(), bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(bad + ":3:").doesNotContain("Exception");
  }

  @Test
  void compare_missingFilesAreBothReported(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    Path gone = dir.resolve("gone.json");

    Run r = MainTest.run("compare", missing.toString(), gone.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(missing + ": (document): no such file\n"
        + gone + ": (document): no such file\n");
  }

  @Test
  void compare_reportsAreReadStrictly(@TempDir Path dir) throws Exception {
    Path one = report(dir, "one.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(one)
        .replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"));

    Run r = MainTest.run("compare", one.toString(), bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(bad + ":2:21: /formatVersion: expected an assessment report"
        + " of format version 1 (the whole number 1)\n");
  }

  @Test
  void compare_showsAnEditionOfTheSameIdWithOtherContent(@TempDir Path dir) throws Exception {
    Path one = report(dir, "one.json", "--as-of", "2025-04-01", "--fail-on", "never");
    Path other = dir.resolve("other.json");
    String sha = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(one.toFile()).path("editionSha256").asText();
    Files.writeString(other, Files.readString(one).replace(sha, "0".repeat(64)));

    Run r = MainTest.run("compare", one.toString(), other.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Made differently:\n  framework edition content: sha256:"
        + sha.substring(0, 12) + " → sha256:000000000000\n");
  }
}
