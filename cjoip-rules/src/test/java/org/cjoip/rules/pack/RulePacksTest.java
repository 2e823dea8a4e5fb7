package org.cjoip.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cjoip.rules.checks.RuleTesting.AS_OF;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Problem;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Status;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleDescription;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RulePacksTest {

  private static final String D = "/priorityActions/1/deliverables/0";

  private static String partnership;
  private static RulePack pack;

  @BeforeAll
  static void compilePack() throws Exception {
    partnership = resource("partnership.drl");
    pack = RulePacks.compile("partnership", source("partnership.drl", partnership));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = RulePacksTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> source(String name, String text) {
    return Map.of(name, text);
  }

  private static Assessment assess(Plan plan, RulePack... packs) {
    return Assessor.builder().rulePacks(List.of(packs)).build().assess(plan, AS_OF);
  }

  private static Plan notStarted() {
    return RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d)
        .status(Status.NOT_STARTED).build());
  }

  private static List<Problem> problems(String drl) {
    try {
      RulePacks.compile("broken", source("broken.drl", drl));
    } catch (DocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected the pack not to compile");
  }

  @Test
  void compile_goodPlanGivesNoPackFinding() {
    assertThat(assess(RuleTesting.good(), pack).findings()).isEmpty();
  }

  @Test
  void compile_packRuleReportsWithItsMetadataSeverity() {
    Plan plan = RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d)
        .owners(List.of("Council", "Police Scotland", "NHS Tayside", "SPS")).build());

    assertThat(assess(plan, pack).findings())
        .extracting(Finding::ruleId, Finding::path, Finding::severity, Finding::deliverable)
        .containsExactly(tuple("PK-OWN-001", D + "/owners", Severity.INFO,
            java.util.Optional.of("2.1")));
    assertThat(assess(plan, pack).findings().get(0).source())
        .contains("Partnership board decision, March 2024");
  }

  @Test
  void compile_secondRuleAtItsDefaultSeverity() {
    Plan plan = notStarted();

    assertThat(assess(plan, pack).findings())
        .extracting(Finding::ruleId, Finding::path, Finding::severity)
        .containsExactly(tuple("PK-PRI-001", D + "/status", Severity.WARNING));
  }

  @Test
  void describe_readsTitleSeverityAndSourceFromMetadata() {
    assertThat(Assessor.builder().rulePack(pack).build().rules().stream()
        .filter(r -> !r.id().startsWith("CJ-")).toList())
        .extracting(RuleDescription::id, RuleDescription::family, RuleDescription::title,
            RuleDescription::defaultSeverity)
        .containsExactly(
            tuple("PK-OWN-001", "partnership", "No clear lead: more than three owners",
                Severity.INFO),
            tuple("PK-PRI-001", "partnership", "A MUST deliverable has not started",
                Severity.WARNING));
  }

  @Test
  void version_isTheDigestOfTheText() throws Exception {
    RulePack again =
        RulePacks.compile("partnership", source("elsewhere.drl", partnership));

    assertThat(pack.version()).matches("sha256:[0-9a-f]{64}").isEqualTo(again.version());
  }

  @Test
  void assessment_recordsEveryRuleSet() {
    Assessment a = assess(RuleTesting.good(), pack);

    assertThat(a.ruleSets())
        .extracting(RuleSetVersion::name)
        .containsExactly(RuleSetVersion.BUILT_IN, "partnership");
    assertThat(a.ruleSets().get(1).version()).isEqualTo(pack.version());
  }

  @Test
  void assessor_packIdsAcceptedForSeveritiesAndWaivers() {
    Plan plan = notStarted();
    Assessor assessor =
        Assessor.builder()
            .severity("PK-PRI-001", Severity.ERROR)
            .waiver(Waiver.builder().rule("PK-PRI-001").path(D).reason("Agreed").build())
            .rulePack(pack)
            .build();

    List<Finding> findings = assessor.assess(plan, AS_OF).findings();

    assertThat(findings)
        .extracting(Finding::ruleId, Finding::severity, Finding::isWaived)
        .containsExactly(tuple("PK-PRI-001", Severity.ERROR, true));
  }

  @Test
  void assessor_packIdUnknownWithoutThePack() {
    assertThatThrownBy(() -> Assessor.builder().disable("PK-PRI-001").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the id PK-PRI-001");
  }

  @Test
  void assessor_disabledPackRuleDoesNotRun() {
    Plan plan = notStarted();
    Assessor assessor = Assessor.builder().rulePack(pack).disable("PK-PRI-001").build();

    assertThat(assessor.assess(plan, AS_OF).findings()).isEmpty();
  }

  @Test
  void assessor_twoPacksOfOneNameRefused() {
    assertThatThrownBy(() -> Assessor.builder().rulePack(pack).rulePack(pack).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rule packs are named partnership");
  }

  @Test
  void check_builtInNamespaceRefusedAtTheRuleLine() {
    String drl = partnership.replace("PK-OWN-001", "CJ-OWN-001");
    int line = lineOf(drl, "rule \"CJ-OWN-001");

    assertThat(problems(drl))
        .extracting(Problem::source, Problem::line, Problem::message)
        .containsExactly(tuple(java.util.Optional.of("broken.drl"), line,
            "rule \"CJ-OWN-001 deliverable shared by more than three owners\": the id"
                + " CJ-OWN-001 is in the CJ- namespace, which belongs to the built-in rules;"
                + " use your own prefix"));
  }

  @Test
  void check_nameWithoutIdRefused() {
    String drl = partnership.replace("PK-PRI-001 must-do", "must-do");

    assertThat(problems(drl))
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(lineOf(drl, "rule \"must-do deliverable"),
            "rule \"must-do deliverable not started\": a rule's name must be its id,"
                + " PK-PRI-001, and a short phrase"));
  }

  @Test
  void check_idInTheNameWithoutMetadataRefused() {
    String drl = partnership.replace("  @id(PK-PRI-001)\n", "");

    assertThat(problems(drl))
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(lineOf(drl, "rule \"PK-PRI-001"),
            "rule \"PK-PRI-001 must-do deliverable not started\": its name starts with the"
                + " id PK-PRI-001 but it has no @id(PK-PRI-001) metadata"));
  }

  @Test
  void check_missingMetadataRefused() {
    String drl = partnership.replace("  @title(\"A MUST deliverable has not started\")\n", "")
        .replace("@severity(WARNING)", "@severity(URGENT)");

    assertThat(problems(drl))
        .extracting(Problem::message)
        .containsExactly(
            "rule \"PK-PRI-001 must-do deliverable not started\": has no @title(\"…\")"
                + " metadata",
            "rule \"PK-PRI-001 must-do deliverable not started\": @severity must be ERROR,"
                + " WARNING or INFO, found 'URGENT'");
  }

  @Test
  void check_duplicateIdRefused() {
    String drl = partnership.replace("PK-PRI-001", "PK-OWN-001");

    assertThat(problems(drl))
        .extracting(Problem::message)
        .containsExactly("rule \"PK-OWN-001 must-do deliverable not started\": the id PK-OWN-001"
            + " is also the id of rule \"PK-OWN-001 deliverable shared by more than three"
            + " owners\"");
  }

  @Test
  void compile_syntaxErrorLocatedByLineAndRule() {
    String drl = partnership.replace("$d : DeliverableFact( ownerCount > 3 )",
        "$d : DeliverableFact( ownerCount > )");
    int line = lineOf(drl, "ownerCount > )");

    List<Problem> problems = problems(drl);

    assertThat(problems)
        .extracting(Problem::source, Problem::line, Problem::column, Problem::message)
        .containsExactly(tuple(java.util.Optional.of("broken.drl"), line, 38,
            "rule \"PK-OWN-001 deliverable shared by more than three owners\": no viable"
                + " alternative at input ')'"));
  }

  @Test
  void compile_conditionLeftOpenSaysSoWhereTheParserNoticesIt() {
    String drl = partnership.replace("DeliverableFact( ownerCount > 3 )",
        "DeliverableFact( ownerCount > 3 ");

    List<Problem> problems = problems(drl);

    assertThat(problems)
        .extracting(Problem::line, Problem::column, Problem::message)
        .containsExactly(tuple(lineOf(drl, "ownerCount > 3 "),
            columnOf(drl, "ownerCount > 3 ") + "ownerCount > 3".length(),
            "rule \"PK-OWN-001 deliverable shared by more than three owners\": a condition is not"
                + " closed before \"then\" (is a ')' missing here?)"));
  }

  @Test
  void compile_unknownFieldLocatedByLineAndRule() {
    String drl = partnership.replace("ownerCount > 3", "ownerTally > 3");

    List<Problem> problems = problems(drl);

    assertThat(problems.get(0).line()).isEqualTo(lineOf(drl, "ownerTally > 3"));
    assertThat(problems.get(0).message())
        .startsWith("rule \"PK-OWN-001 deliverable shared by more than three owners\": ")
        .contains("ownerTally");
  }

  @Test
  void compile_misspeltMemberNamesTheFactAndTheNearestMember() {
    String drl = partnership.replace("ownerCount > 3", "ownerCont > 3");

    List<Problem> problems = problems(drl);

    assertThat(problems)
        .extracting(Problem::line, Problem::column, Problem::message)
        .containsExactly(tuple(lineOf(drl, "ownerCont > 3"), columnOf(drl, "ownerCont > 3"),
            "rule \"PK-OWN-001 deliverable shared by more than three owners\": Unable to parse"
                + " left part of expression: ownerCont > 3; DeliverableFact has no member"
                + " ownerCont (did you mean ownerCount?)"));
  }

  @Test
  // The Java compiler's wording of this error differs inside the mutation-testing harness, so
  // the mutation profile leaves the test out (pom.xml, excludedGroups).
  @Tag("compiler-wording")
  void compile_consequenceErrorTracedBackToTheDrl() {
    String drl = partnership.replace("$d.at(\"status\")", "$d.nowhere(\"status\")");

    List<Problem> problems = problems(drl);

    assertThat(problems)
        .extracting(Problem::source, Problem::line, Problem::column)
        .containsExactly(tuple(java.util.Optional.of("broken.drl"),
            lineOf(drl, "$d.nowhere"), columnOf(drl, "nowhere")));
    assertThat(problems.get(0).message())
        .startsWith("rule \"PK-PRI-001 must-do deliverable not started\": ")
        .contains("nowhere")
        .doesNotContain("LambdaConsequence");
  }

  @Test
  void compile_misspeltImportBlamedAtTheImportNotTheRuleThatNeedsIt() {
    String drl = partnership.replace("import org.cjoip.rules.facts.DeliverableFact;",
        "import org.cjoip.rules.facts.DeliverableFacts;");

    List<Problem> problems = problems(drl);

    assertThat(problems)
        .extracting(Problem::source, Problem::line, Problem::column, Problem::message)
        .containsExactly(tuple(java.util.Optional.of("broken.drl"),
            lineOf(drl, "DeliverableFacts;"), 8, "no class org.cjoip.rules.facts.DeliverableFacts"
                + " to import, so class DeliverableFact is not found"));
  }

  @Test
  void compileFiles_missingFileLocated(@TempDir Path dir) {
    Path missing = dir.resolve("absent.drl");

    assertThatThrownBy(() -> RulePacks.compile(List.of(missing)))
        .isInstanceOf(DocumentException.class)
        .extracting(e -> ((DocumentException) e).problems().get(0).describe())
        .isEqualTo(missing + ": (document): no such file");
  }

  @Test
  void compileFiles_namedAfterTheFirstFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Local_Checks.drl");
    Files.writeString(file, partnership);

    assertThat(RulePacks.compile(List.of(file)).name()).isEqualTo("local-checks");
  }

  @Test
  void discover_findsPacksListedAsServices() {
    assertThat(RulePacks.discover()).extracting(RulePack::name).containsExactly("test-pack");
    assertThat(RulePacks.find("test-pack")).isPresent();
    assertThat(RulePacks.find("absent")).isEmpty();
  }

  /** The 1-based column of a text on the line that holds it. */
  private static int columnOf(String text, String needle) {
    return text.split("\n", -1)[lineOf(text, needle) - 1].indexOf(needle) + 1;
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + needle);
  }
}
