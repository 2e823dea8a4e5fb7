package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.examples.cli.MainTest.Run;
import org.cjoip.examples.pack.BoardPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RulePackCommandTest {

  private static Path board(Path dir) throws Exception {
    Path file = dir.resolve("board.drl");
    try (InputStream in = BoardPack.class.getResourceAsStream("board.drl")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void assess_packByNameAddsItsFindings() {
    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--pack", "example-board", "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("BRD-OWN-001").contains("Deliverable 9.1 names 5 owners")
        .contains("Rules: cjoip ").contains(", example-board 1.0.0");
  }

  @Test
  void assess_unknownPackIsAUsageError() {
    Run r = MainTest.run("assess", "example:perth-and-kinross", "--pack", "nope");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --pack: no rule pack named 'nope' is on the class"
        + " path; found: example-board\n");
  }

  @Test
  void assess_drlFileCompiledAtRunTime(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", board(dir).toString(), "--format", "json", "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"name\" : \"board\"").contains("\"ruleId\" : \"BRD-OWN-001\"");
  }

  @Test
  void assess_compileErrorLocatedWithoutStackTrace(@TempDir Path dir) throws Exception {
    Path drl = board(dir);
    Files.writeString(drl, Files.readString(drl).replace("ownerCount > 3", "ownerCount > )"));
    Path output = dir.resolve("report.json");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--rules", drl.toString(),
        "--output", output.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(drl + ":26:38: rule \"BRD-OWN-001 deliverable"
        + " shared by more than three owners\": no viable alternative at input ')'\n");
    assertThat(output).doesNotExist();
  }

  @Test
  void assess_reservedNamespaceRefused(@TempDir Path dir) throws Exception {
    Path drl = board(dir);
    Files.writeString(drl, Files.readString(drl).replace("BRD-PRI-001", "CJ-PRI-001"));

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--rules", drl.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(drl + ":33:1: rule \"CJ-PRI-001 must-do"
        + " deliverable not started\": the id CJ-PRI-001 is in the CJ- namespace, which belongs"
        + " to the built-in rules; use your own prefix\n");
  }

  @Test
  void assess_configMayNamePackRules(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("cjoip.yaml");
    Files.writeString(config, "severities: { BRD-OWN-001: ERROR }\n");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--pack", "example-board", "--config", config.toString(), "--format", "json",
        "--fail-on", "never");

    assertThat(r.code()).isZero();
    var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out())
        .get("findings");
    assertThat(findings.findParents("ruleId")).filteredOn(f -> f.get("ruleId").asText()
        .equals("BRD-OWN-001")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("ERROR"));
  }

  @Test
  void assess_configNamingAPackRuleWithoutThePackIsRefused(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("cjoip.yaml");
    Files.writeString(config, "severities: { BRD-OWN-001: ERROR }\n");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--config", config.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(config + ":1:28: /severities/BRD-OWN-001: unknown rule id"
        + " 'BRD-OWN-001'\n");
  }

  @Test
  void rules_listsThePackRules() {
    Run r = MainTest.run("rules", "--pack", "example-board");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("rule pack example-board 1.0.0\n")
        .contains("BRD-PRI-001  WARNING  A MUST deliverable has not started");
  }

  @Test
  void rules_aPackRuleWithoutADescriptionHasItsTitleOnce(@TempDir Path dir) throws Exception {
    Path drl = failing(dir, "plain", "", "");

    Run r = MainTest.run("rules", "--rules", drl.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("PK-BAD-001   INFO     Misbehaves\n"
        + "                      Source: Rule pack plain\n");
    assertThat(r.out().split("Misbehaves", -1)).hasSize(2);
  }

  /** A pack of one rule that fires on every deliverable and does what it is told. */
  private static Path failing(Path dir, String name, String functions, String then)
      throws Exception {
    Path file = dir.resolve(name + ".drl");
    Files.writeString(file, "package org.example." + name + ";\n"
        + "import org.cjoip.rules.facts.DeliverableFact;\n"
        + "import org.cjoip.rules.facts.Draft;\n"
        + functions
        + "rule \"PK-BAD-001 misbehaves\"\n"
        + "  @id(PK-BAD-001) @title(\"Misbehaves\") @severity(INFO)\n"
        + "when\n  $d : DeliverableFact()\nthen\n"
        + then + "\nend\n");
    return file;
  }

  @Test
  void assess_packRuleThatThrowsIsAPackFailureInOneLine(@TempDir Path dir) throws Exception {
    Path drl = failing(dir, "divides", "", "  int zero = 0;\n  System.out.println(1 / zero);");
    Path output = dir.resolve("report.json");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", drl.toString(), "--output", output.toString());

    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).isEqualTo("cjoip: rule pack divides (" + drl + "): rule 'PK-BAD-001"
        + " misbehaves' failed: it threw an exception: arithmetic that has no answer (/ by zero);"
        + " run again with --debug to see where\n");
    assertThat(output).doesNotExist();
  }

  @Test
  void assess_packTheCompilerGivesUpOnIsBadInput(@TempDir Path dir) throws Exception {
    Path drl = failing(dir, "throws", "", "  System.out.println(1);");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--rules", drl.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo(drl + ": the rule pack cannot be compiled: the DRL"
        + " compiler failed on it (a Java keyword used as a name, say)\n");
  }

  @Test
  void assess_packRuleThatRecursesIsAPackFailureInOneLine(@TempDir Path dir) throws Exception {
    Path drl = failing(dir, "recurses", "function int down(int n) { return down(n + 1) + 1; }\n",
        "  System.out.println(down(0));");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", drl.toString());

    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).isEqualTo("cjoip: rule pack recurses (" + drl + "): rule 'PK-BAD-001"
        + " misbehaves' failed: it recursed without end (the stack overflowed); run again with"
        + " --debug to see where\n");
  }

  @Test
  void assess_packRuleWithABadPathIsAPackFailureInOneLine(@TempDir Path dir) throws Exception {
    Path drl = failing(dir, "badpath", "",
        "  insert(Draft.of(drools, $d, \"priorityActions/1\", \"x\"));");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", drl.toString(), "--format", "jsonl");

    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.out()).isEqualTo("{\"formatVersion\":1,\"source\":\"example:perth-and-kinross\","
        + "\"error\":\"failed\",\"message\":\"rule pack badpath (" + drl + "): rule 'PK-BAD-001"
        + " misbehaves' failed: it made a finding the assessment cannot hold (path must be a"
        + " JSON Pointer: priorityActions/1)\"}\n");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nonsense/99", "/priorityActions/0/deliverables/99",
      "/priorityActions/0/deliverables/0/nonsense", "/title/0", "/priorityActions/x"})
  void assess_packFindingAtAPathNotInThePlanIsAPackFailure(String path, @TempDir Path dir)
      throws Exception {
    Path drl = failing(dir, "badpath", "",
        "  insert(Draft.of(drools, $d, \"" + path + "\", \"x\"));");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", drl.toString());

    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).isEqualTo("cjoip: rule pack badpath (" + drl + "): rule 'PK-BAD-001"
        + " misbehaves' failed: it made a finding the assessment cannot hold (path " + path
        + " is not in the plan)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_packFindingAtAFieldTheDeliverableLacksStandsAtTheDeliverable(@TempDir Path dir)
      throws Exception {
    // Deliverable 1.1 gives no status: the finding stands where the deliverable starts.
    Path drl = failing(dir, "lacking", "", "  if ($d.path().equals(\"/priorityActions/0/"
        + "deliverables/0\")) { insert(Draft.of(drools, $d, $d.path() + \"/status\", \"x\")); }");

    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--rules", drl.toString(), "--format", "json", "--fail-on", "never");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode found = null;
    for (JsonNode f : new ObjectMapper().readTree(r.out()).path("findings")) {
      if (f.path("ruleId").asText().equals("PK-BAD-001")) {
        assertThat(found).isNull();
        found = f;
      }
    }
    assertThat(found.path("path").asText()).isEqualTo("/priorityActions/0/deliverables/0/status");
    assertThat(found.path("line").asInt()).isEqualTo(115);
    assertThat(found.path("column").asInt()).isEqualTo(9);
  }
}
