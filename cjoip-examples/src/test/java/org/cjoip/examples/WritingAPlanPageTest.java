package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.cjoip.model.DocPage;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanSchema;
import org.cjoip.model.plan.Period;
import org.cjoip.model.time.Timescale;
import org.cjoip.model.time.TimescaleParser;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/writing-a-plan.md} says what cjoip does: the Glenmore plan is valid and gets the
 * findings the page lists, every YAML example on the page is a plan or a valid part of one,
 * and each example of how to write a published plan down has the effect the page describes.
 * The commands the page shows are run in {@code cli.PageCommandsTest}.
 */
final class WritingAPlanPageTest {

  private static final DocPage PAGE = DocPage.read("writing-a-plan.md");
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final PlanReader READER = PlanReader.standard();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);

  /** What a fragment of a plan on the page lacks to be a whole document, field by field. */
  private static final List<String> SKELETON = List.of(
      "formatVersion: 1\n",
      "title: \"A fragment of writing-a-plan.md\"\n",
      "framework: cjpf-2023\n",
      "period: { start: 2023-04-01, end: 2030-03-31 }\n",
      "partnership: { name: \"Glenmore Community Justice Partnership\" }\n");

  static String glenmoreText() {
    return PAGE.blockWith("yaml", "# Glenmore is fictional").text();
  }

  private static PlanDocument glenmore() throws Exception {
    return READER.read(glenmoreText(), "glenmore.yaml");
  }

  /** A part of a plan the page shows, made whole with the fields it leaves out. */
  private static PlanDocument whole(String fragment) throws Exception {
    StringBuilder text = new StringBuilder();
    for (String field : SKELETON) {
      if (!fragment.startsWith(field.substring(0, field.indexOf(':') + 1))
          && !fragment.contains("\n" + field.substring(0, field.indexOf(':') + 1))) {
        text.append(field);
      }
    }
    return READER.read(text.append(fragment).toString(), "fragment.yaml");
  }

  private static List<Finding> findings(PlanDocument plan, LocalDate asOf) {
    return ASSESSOR.assess(plan, asOf).findings();
  }

  /** The findings a table of the page lists: rule, severity, priority action, deliverable. */
  private static List<Tuple> table(String heading) {
    List<Tuple> out = new ArrayList<>();
    for (List<String> row : PAGE.tableRows(heading)) {
      Optional<String> deliverable = Optional.of(row.get(3)).filter(d -> !d.isEmpty());
      if (row.get(2).isEmpty()) {
        out.add(tuple(row.get(0), row.get(1), Optional.empty(), deliverable));
      }
      for (String pa : row.get(2).isEmpty() ? new String[0] : row.get(2).split(",\\s*")) {
        out.add(tuple(row.get(0), row.get(1), Optional.of(Integer.valueOf(pa)), deliverable));
      }
    }
    return out;
  }

  private static List<Tuple> asRows(List<Finding> findings) {
    return findings.stream().map(f -> tuple(f.ruleId(),
        f.severity().name().toLowerCase(Locale.ROOT), f.priorityAction(), f.deliverable()))
        .toList();
  }

  @Test
  void glenmore_isAValidPlanWithoutWarnings() throws Exception {
    PlanDocument plan = glenmore();

    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.plan().title())
        .isEqualTo("Glenmore Community Justice Outcome Improvement Plan 2025-2030");
  }

  @Test
  void glenmore_getsTheFindingsThePageLists() throws Exception {
    assertThat(asRows(findings(glenmore(), LocalDate.of(2025, 10, 1))))
        .containsExactlyInAnyOrderElementsOf(table("What Glenmore's plan is told"));
  }

  @Test
  void glenmore_aYearOnGetsTheTwoMoreFindingsThePageLists() throws Exception {
    List<Tuple> expected = new ArrayList<>(table("What Glenmore's plan is told"));
    expected.addAll(table("A year on"));

    assertThat(asRows(findings(glenmore(), LocalDate.of(2026, 9, 1))))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyYamlExample_isAPlanOrAValidPartOfOne() throws Exception {
    List<DocPage.Block> blocks = PAGE.blocks("yaml");
    int whole = 0;
    for (DocPage.Block b : blocks) {
      if (b.section().equals("Check and fix")) {
        continue; // wrong on purpose: cli.PageCommandsTest runs it through cjoip check
      }
      PlanDocument plan = b.text().contains("\nformatVersion: 1\n")
          ? READER.read(b.text(), "example.yaml") : whole(b.text());
      whole += b.text().contains("\nformatVersion: 1\n") ? 1 : 0;
      assertThat(plan.warnings()).as("block at line " + b.line()).isEmpty();
    }
    assertThat(blocks).hasSize(9);
    assertThat(whole).isEqualTo(1);
  }

  @Test
  void jsonExample_isAValidPlanWhoseSchemaFieldIsIgnored() throws Exception {
    String json = PAGE.blocks("json").get(0).text();

    PlanDocument plan = READER.read(json, "glenmore.json");

    assertThat(json).startsWith("{\n  \"$schema\": \"./plan-v1.schema.json\",");
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.plan().partnership().name())
        .isEqualTo("Glenmore Community Justice Partnership");
  }

  @Test
  void schema_isWhereThePageSays() throws Exception {
    assertThat(PAGE.text()).contains("`" + PlanSchema.RESOURCE.substring(1) + "`")
        .contains("# yaml-language-server: $schema=plan-v1.schema.json\n");
    assertThat(PlanSchema.text())
        .isEqualTo(Files.readString(Path.of("..", "schema", "plan-v1.schema.json")));
  }

  @Test
  void examples_areTheThreeThePageMentions() {
    assertThat(Examples.NAMES).hasSize(3).contains("perth-and-kinross");
    assertThat(PAGE.text()).contains("cjoip comes with three plans");
  }

  @Test
  void tbc_isKeptAndReportedAsAPlaceholder() throws Exception {
    List<Finding> found = findings(whole(PAGE.blockWith("yaml", "impactMeasures: [\"TBC\"]")
        .text()), LocalDate.of(2025, 4, 1));

    assertThat(found).filteredOn(f -> f.deliverable().equals(Optional.of("2.2")))
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(tuple("CJ-DEL-002",
            "Deliverable 2.2 gives only \"TBC\" as its impact measure."));
  }

  @Test
  void outcomesList_answersPriorityAction1AndHoldsALocalOutcome() throws Exception {
    List<Finding> found = findings(whole(PAGE.blockWith("yaml",
        "outcomes:\n  - text: \"More people successfully complete diversion").text()),
        LocalDate.of(2025, 4, 1));

    assertThat(found).filteredOn(f -> f.priorityAction().equals(Optional.of(1)))
        .extracting(Finding::ruleId)
        .doesNotContain("CJ-COV-001", "CJ-COV-002", "CJ-COV-003", "CJ-COV-004");
    assertThat(found).extracting(Finding::ruleId)
        .doesNotContain("CJ-LIND-003", "CJ-LIND-004", "CJ-COV-004");
    assertThat(found).filteredOn(f -> f.ruleId().equals("CJ-COV-001"))
        .extracting(f -> f.priorityAction().orElseThrow())
        .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
  }

  @Test
  void periodGivenAsYears_isFinancialYears() throws Exception {
    PlanDocument plan = whole(PAGE.blockWith("yaml",
        "# period: the plan gives only").text());

    assertThat(plan.plan().period())
        .contains(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2030, 3, 31)));
  }

  @Test
  void actionSetAside_isNotedWithItsReasonNotReportedMissing() throws Exception {
    String setAside = PAGE.blockWith("yaml",
        "  - number: 4\n    assessment: \"Electronic monitoring").text();
    List<Finding> withReason = findings(whole(setAside), LocalDate.of(2025, 4, 1));
    String noReason = setAside.replaceAll("(?m)^    assessment: .*\n", "");
    List<Finding> withoutReason = findings(whole(noReason), LocalDate.of(2025, 4, 1));
    List<Finding> withOutcome = findings(whole(noReason.replace("number: 4", "number: 5")),
        LocalDate.of(2025, 4, 1));

    assertThat(withReason).filteredOn(f -> f.priorityAction().equals(Optional.of(4)))
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(tuple("CJ-COV-008", "The plan decided that priority action 4 is not a"
            + " priority: \"Electronic monitoring is used little here; we will review this in"
            + " 2027.\""));
    assertThat(withoutReason).filteredOn(f -> f.priorityAction().equals(Optional.of(4)))
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(tuple("CJ-COV-008",
            "The plan decided that priority action 4 is not a priority, without saying why."));
    assertThat(withOutcome).filteredOn(f -> f.priorityAction().equals(Optional.of(5)))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("CJ-COV-008", "CJ-COV-007");
  }

  @Test
  void maintainedTarget_isJudgedAgainstItsBaseline() throws Exception {
    String maintain = PAGE.blockWith("yaml", "direction: MAINTAIN").text();
    List<Finding> worse = findings(whole(maintain), LocalDate.of(2025, 4, 2));
    List<Finding> held = findings(whole(maintain.replace("value: 75", "value: 82")),
        LocalDate.of(2025, 4, 2));

    assertThat(worse).extracting(Finding::ruleId).contains("CJ-IND-005")
        .doesNotContain("CJ-IND-003");
    assertThat(held).extracting(Finding::ruleId).doesNotContain("CJ-IND-005", "CJ-IND-003");
  }

  @Test
  void timescales_areReadAsTheTableSays() throws Exception {
    TimescaleParser parser = TimescaleParser.standard();
    List<List<String>> rows = PAGE.tableRows("Timescales");
    for (List<String> row : rows) {
      String written = row.get(0).replaceAll("^`|`$", "");
      Timescale t = parser.parse(written);
      if (row.get(1).isEmpty()) {
        assertThat(t.due()).as(written).isEmpty();
      } else {
        assertThat(t.due()).as(written).contains(LocalDate.parse(row.get(1), DAY));
      }
      for (String also : alsoNamed(row.get(3))) {
        assertThat(parser.parse(also).kind()).as(also).isEqualTo(t.kind());
      }
      assertThat(deliverableFindings(written)).as(written)
          .containsExactly(row.get(2));
    }
    assertThat(rows).hasSize(11);
  }

  @Test
  void due_winsOverATimescaleCjoipCannotRead() throws Exception {
    String withDue = PAGE.blockWith("yaml",
        "impactMeasures: [\"Number of staff trained\"]\n").text();

    List<Finding> found = findings(whole(withDue), LocalDate.of(2026, 6, 1));

    assertThat(found).filteredOn(f -> f.deliverable().equals(Optional.of("1.1")))
        .extracting(Finding::ruleId).containsExactly("CJ-DEL-005");
    assertThat(deliverableFindings("By the end of year one"))
        .containsExactly("CJ-DEL-010");
  }

  /** The timescales a table cell names besides its row's: "So are "A", "B" and "C"." */
  private static List<String> alsoNamed(String cell) {
    int at = cell.indexOf("So are ");
    if (at < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(cell.substring(at));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * The deliverable rules that fire, as of 1 June 2026, for a deliverable complete in all but
   * its timescale.
   */
  private static List<String> deliverableFindings(String timescale) throws Exception {
    String plan = "priorityActions:\n  - number: 1\n    deliverables:\n      - id: \"1.1\"\n"
        + "        description: \"Train staff.\"\n        priority: MUST\n"
        + "        owners: [\"Justice Social Work\"]\n        impactMeasures: [\"Staff trained\"]\n"
        + "        timescale: \"" + timescale + "\"\n";
    return findings(whole(plan), LocalDate.of(2026, 6, 1)).stream()
        .filter(f -> f.deliverable().isPresent())
        .map(Finding::ruleId)
        .toList();
  }
}
