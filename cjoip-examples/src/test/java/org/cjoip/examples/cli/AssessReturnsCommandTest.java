package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjoip assess} with annual returns: a return against its plan, a plan with returns. */
final class AssessReturnsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> keys(String json) throws Exception {
    List<String> keys = new ArrayList<>();
    JSON.readTree(json).get("findings").forEach(f -> keys.add(f.get("key").asText()));
    return keys;
  }

  @Test
  void assess_theSecondReturnWithTheFirstAsPrevious_comparesTheYears() throws Exception {
    Run r = MainTest.run("assess", "example:glenmore-2024-25", "--plan", "example:glenmore",
        "--previous", "example:glenmore-2023-24", "--as-of", "2026-01-15", "--format", "json");

    // Two warnings: below the default --fail-on error.
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(keys(r.out())).containsExactly("CJ-ANN-009/deliverable=1.2/again",
        "CJ-ANN-010/deliverable=8.1");
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("source").asText()).isEqualTo("example:glenmore-2024-25.yaml");
    assertThat(doc.at("/annualReturn/reportingYear").asText()).isEqualTo("2024/25");
    assertThat(doc.at("/annualReturn/earlierReturns").toString())
        .isEqualTo("[\"example:glenmore-2023-24.yaml\"]");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assess_twoReturnsTogether_eachIsComparedWithTheOnesBefore() throws Exception {
    Run both = MainTest.run("assess", "example:glenmore-2024-25", "example:glenmore-2023-24",
        "--plan", "example:glenmore", "--as-of", "2026-01-15", "--format", "json",
        "--fail-on", "never");
    Run alone = MainTest.run("assess", "example:glenmore-2024-25", "--plan",
        "example:glenmore", "--as-of", "2026-01-15", "--format", "json", "--fail-on", "never");

    assertThat(both.code()).isEqualTo(Main.OK);
    JsonNode array = JSON.readTree(both.out());
    assertThat(array.get(0).at("/annualReturn/reportingYear").asText()).isEqualTo("2024/25");
    assertThat(array.get(0).at("/annualReturn/earlierReturns/0").asText())
        .isEqualTo("example:glenmore-2023-24.yaml");
    assertThat(array.get(1).at("/annualReturn/earlierReturns").size()).isZero();
    assertThat(keys(alone.out())).doesNotContain("CJ-ANN-010/deliverable=8.1");
  }

  @Test
  void assess_aPlanWithItsReturns_usesTheirRevisedDates() throws Exception {
    Run alone = MainTest.run("assess", "example:glenmore", "--as-of", "2025-06-01",
        "--format", "json", "--fail-on", "never");
    Run history = MainTest.run("assess", "example:glenmore", "--returns",
        "example:glenmore-2023-24", "example:glenmore-2024-25", "--as-of", "2025-06-01",
        "--format", "json", "--fail-on", "never");

    assertThat(history.code()).isEqualTo(Main.OK);
    assertThat(keys(alone.out())).contains("CJ-DEL-005/deliverable=1.2");
    assertThat(keys(history.out())).doesNotContain("CJ-DEL-005/deliverable=1.2");
    assertThat(JSON.readTree(history.out()).has("annualReturn")).isFalse();
  }

  @Test
  void assess_aReturnWithoutItsPlan_isBadInputThatSaysToGiveThePlan() {
    Run r = MainTest.run("assess", "example:glenmore-2023-24");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("example:glenmore-2023-24.yaml:23:11: /document: the document"
        + " is an annual return (document: annual-return), not a plan; check it against its plan"
        + " with --plan PLAN\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_aPlanGivenAsAReturn_isBadInput() {
    Run r = MainTest.run("assess", "example:glenmore", "--plan", "example:glenmore");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("example:glenmore.yaml:16:11: /document: the document is a"
        + " plan, not an annual return (an annual return says document: annual-return)\n");
  }

  @Test
  void assess_twoReturnsOfOneYear_isBadInputAtTheSecondOnesYear(@TempDir Path dir)
      throws Exception {
    Path report = dir.resolve("report.json");
    Run r = MainTest.run("assess", "example:glenmore-2023-24", "--plan", "example:glenmore",
        "--previous", "example:glenmore-2023-24", "--output", report.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("example:glenmore-2023-24.yaml:26:16: /reportingYear: 2023/24"
        + " is also the year of example:glenmore-2023-24.yaml; give one return per year\n");
    assertThat(Files.exists(report)).isFalse();
  }

  @Test
  void assess_aPreviousReturnForALaterYear_isBadInputAtItsYear(@TempDir Path dir) {
    Path report = dir.resolve("report.json");
    Run r = MainTest.run("assess", "example:glenmore-2023-24", "--plan", "example:glenmore",
        "--previous", "example:glenmore-2024-25", "--output", report.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("example:glenmore-2024-25.yaml:15:16: /reportingYear:"
        + " --previous takes returns of earlier years, but 2024/25 is later than 2023/24, the"
        + " year of example:glenmore-2023-24.yaml, the return checked\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.exists(report)).isFalse();
  }

  @Test
  void assess_glenmoreWithItsReturns_asksOnlyForTheFigureNeitherReturnGives() throws Exception {
    Run alone = MainTest.run("assess", "example:glenmore", "--as-of", "2026-01-15",
        "--format", "json", "--fail-on", "never");
    Run history = MainTest.run("assess", "example:glenmore", "--returns",
        "example:glenmore-2023-24", "example:glenmore-2024-25", "--as-of", "2026-01-15",
        "--format", "json", "--fail-on", "never");

    assertThat(keys(alone.out())).filteredOn(k -> k.startsWith("CJ-IND-004/")).hasSize(8);
    assertThat(keys(history.out())).filteredOn(k -> k.startsWith("CJ-IND-004/"))
        .containsExactly("CJ-IND-004/indicator=justice appointments held in outreach hubs"
            + "/year=2023~124");
    assertThat(JSON.readTree(history.out()).get("returns").toString()).isEqualTo("["
        + "{\"reportingYear\":\"2023/24\",\"source\":\"example:glenmore-2023-24.yaml\","
        + "\"used\":true},"
        + "{\"reportingYear\":\"2024/25\",\"source\":\"example:glenmore-2024-25.yaml\","
        + "\"used\":true}]");
  }

  @Test
  void assess_aPlanWithItsReturnsAsOfAnOldDate_makesTheOldReportAgain() throws Exception {
    Run alone = MainTest.run("assess", "example:glenmore", "--as-of", "2024-01-15",
        "--format", "json", "--fail-on", "never");
    Run history = MainTest.run("assess", "example:glenmore", "--returns",
        "example:glenmore-2023-24", "example:glenmore-2024-25", "--as-of", "2024-01-15",
        "--format", "json", "--fail-on", "never");
    Run text = MainTest.run("assess", "example:glenmore", "--returns",
        "example:glenmore-2023-24", "example:glenmore-2024-25", "--as-of", "2024-01-15",
        "--fail-on", "never");

    JsonNode old = JSON.readTree(alone.out());
    JsonNode again = JSON.readTree(history.out());
    assertThat(again.get("findings")).isEqualTo(old.get("findings"));
    assertThat(again.get("schedule")).isEqualTo(old.get("schedule"));
    assertThat(again.at("/returns/0/used").asBoolean(true)).isFalse();
    assertThat(again.at("/returns/1/used").asBoolean(true)).isFalse();
    assertThat(text.out()).contains("\nLeft out, as their reporting year had not ended by"
        + " 2024-01-15: 2023/24\n  (example:glenmore-2023-24.yaml), 2024/25"
        + " (example:glenmore-2024-25.yaml)\n");
  }

  @Test
  void assess_aPlanWithAnotherPlansReturns_isAUsageError() {
    Run r = MainTest.run("assess", "example:perth-and-kinross", "--returns",
        "example:glenmore-2023-24");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: the return for 2023/24 reports on \"Glenmore Community"
        + " Justice Outcomes Improvement Plan 2023-2028 (fictional)\", not on the plan given,"
        + " \"Perth and Kinross Community Justice Outcomes Improvement Plan 2023 – 2028\"; give"
        + " the plan's own returns\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_optionsThatDoNotGoTogether_areUsageErrors() {
    assertThat(MainTest.run("assess", "example:glenmore", "--returns",
        "example:glenmore-2023-24", "--plan", "example:glenmore").err())
        .startsWith("cjoip: give --plan (the documents are returns) or --returns");
    assertThat(MainTest.run("assess", "example:glenmore", "--previous",
        "example:glenmore-2023-24").err())
        .startsWith("cjoip: --previous goes with --plan PLAN");
    assertThat(MainTest.run("assess", "example:glenmore-2023-24", "--plan", "example:glenmore",
        "--format", "jsonl").code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void assess_aReturnAsHtml_isTheBoardPageOfTheReturn() {
    Run r = MainTest.run("assess", "example:glenmore-2023-24", "--plan", "example:glenmore",
        "--as-of", "2026-01-15", "--format", "html", "--fail-on", "never");

    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("data-reporting-year=\"2023/24\"")
        .contains("<tr data-state=\"suppressed\">")
        .doesNotContain("Coverage of the priority actions");
  }
}
