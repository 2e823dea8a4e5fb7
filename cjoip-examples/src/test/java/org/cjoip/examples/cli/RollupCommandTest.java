package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cjoip.examples.Examples;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RollupCommandTest {

  private static final String AS_OF = "2025-11-01";

  /** Every bundled plan and return, as example arguments. */
  private static List<String> examples() {
    return Examples.ALL.stream().map(n -> Examples.PREFIX + n).toList();
  }

  private static Run rollup(List<String> documents, String... options) {
    List<String> args = new ArrayList<>(List.of("rollup", "--as-of", AS_OF));
    args.addAll(List.of(options));
    args.addAll(documents);
    return MainTest.run(args.toArray(String[]::new));
  }

  @Test
  void csv_everyCoverageRowEqualsTheAssessmentOfItsPlanWithItsReturns(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("national");
    Run r = rollup(examples(), "--format", "csv", "--output", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("coverage.csv"));
    List<String> expected = new ArrayList<>();
    expected.add(rows.get(0));
    for (String plan : Examples.PLANS) {
      List<String> args = new ArrayList<>(List.of("assess", Examples.PREFIX + plan, "--as-of",
          AS_OF, "--format", "json", "--fail-on", "never"));
      List<String> returns = Examples.RETURNS.stream()
          .filter(n -> Examples.planOf(n).equals(plan)).map(n -> Examples.PREFIX + n).toList();
      if (!returns.isEmpty()) {
        args.add("--returns");
        args.addAll(returns);
      }
      Run assessed = MainTest.run(args.toArray(String[]::new));
      assertThat(assessed.code()).isZero();
      JsonNode report = new ObjectMapper().readTree(assessed.out());
      String name = report.get("plan").get("partnership").get("name").asText();
      for (JsonNode c : report.get("coverage")) {
        expected.add(String.join(",", name, report.get("edition").asText(),
            c.get("priorityAction").asText(), c.get("addressed").asText(),
            cell(c, "outcomeStatedAndCorrect"), cell(c, "nationalIndicatorUsed"),
            cell(c, "localIndicators"), cell(c, "deliverables"), cell(c, "overdue"),
            cell(c, "errors"), cell(c, "warnings"), cell(c, "info")));
      }
    }
    // The rollup's rows come in partnership name order, the plans' in listing order.
    assertThat(rows).hasSize(1 + 13 * Examples.PLANS.size())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rows.subList(1, rows.size())).isSortedAccordingTo(
        (a, b) -> a.substring(0, a.indexOf(",cjpf")).compareTo(b.substring(0,
            b.indexOf(",cjpf"))));
  }

  private static String cell(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  @Test
  void csv_writesTheThreeFilesWithCrlfLineEnds(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("a").resolve("b");
    Run r = rollup(examples(), "--format", "csv", "--output", out.toString());
    assertThat(r.code()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("completeness.csv", "coverage.csv", "figures.csv");
    }
    String completeness = Files.readString(out.resolve("completeness.csv"));
    assertThat(completeness).isEqualTo(String.join("\r\n",
        "partnership,reportingYear,measuresDue,measuresWithFigure,actionsWithActionTaken,"
            + "actionsAddressed,returnSubmitted",
        "Clackmannanshire Community Justice Partnership,2024/25,7,0,0,4,false",
        "Community Justice Ayrshire Partnership,2024/25,14,0,0,13,false",
        "Glenmore Community Justice Partnership (fictional),2024/25,14,14,13,13,true",
        "Perth and Kinross Community Justice and Safety Partnership,2024/25,14,0,0,13,false",
        ""));
    assertThat(Files.readString(out.resolve("figures.csv"))).contains(
        "Glenmore Community Justice Partnership (fictional),2024/25,3,CJPF-M3.3,Number of bail"
            + " supervision cases completed,,suppressed\r\n");
  }

  @Test
  void year_choosesTheReturnsOfThatYear(@TempDir Path dir) throws Exception {
    Run r = rollup(examples(), "--year", "2023/24", "--format", "csv", "--output",
        dir.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(dir.resolve("completeness.csv")).get(3))
        .startsWith("Glenmore Community Justice Partnership (fictional),2023/24,");
  }

  @Test
  void json_isByteIdenticalWhateverTheOrderOfTheDocuments() {
    Run first = rollup(examples(), "--format", "json");
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("{\"formatVersion\":1,\"reportingYear\":\"2024/25\","
        + "\"asOf\":\"2025-11-01\",\"partnerships\":[{\"partnership\":\"Clackmannanshire");
    List<String> shuffled = new ArrayList<>(examples());
    Collections.shuffle(shuffled, new Random(20250401));
    assertThat(shuffled).isNotEqualTo(examples());
    assertThat(rollup(shuffled, "--format", "json").out()).isEqualTo(first.out());
    Run page = rollup(examples());
    assertThat(page.out()).startsWith("<!DOCTYPE html>");
    assertThat(rollup(shuffled).out()).isEqualTo(page.out());
  }

  @Test
  void badDocument_isReportedLocatedAndTheRestStillWritten(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\npartnership:\n"
        + "  name: P\npriorityActions:\n  - number: 14\n");
    List<String> documents = new ArrayList<>(examples());
    documents.add(bad.toString());
    Path out = dir.resolve("out");
    Run r = rollup(documents, "--format", "csv", "--output", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(bad + ":7:13: /priorityActions/0/number: expected a whole"
        + " number from 1 to 13, found 14\n");
    assertThat(Files.readAllLines(out.resolve("completeness.csv"))).hasSize(5);
  }

  @Test
  void twoPlansOfOnePartnership_areRefusedNamingBoth(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("glenmore-copy.yaml");
    Files.writeString(copy, Examples.text("glenmore"));
    List<String> documents = new ArrayList<>(examples());
    documents.add(copy.toString());
    Run r = rollup(documents, "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    // Named in source order, the later one located.
    assertThat(r.err()).isEqualTo("example:glenmore.yaml:22:9: /partnership/name: two plans of"
        + " Glenmore Community Justice Partnership (fictional): " + copy + " and"
        + " example:glenmore.yaml; give one plan per partnership\n");
    assertThat(r.out()).doesNotContain("\"partnership\":\"Glenmore")
        .contains("\"partnership\":\"Perth and Kinross");
  }

  @Test
  void csv_needsAnOutputFolder(@TempDir Path dir) throws Exception {
    Run r = rollup(examples(), "--format", "csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --format csv writes three files: give --output"
        + " FOLDER\n");
    Path file = Files.writeString(dir.resolve("file"), "x");
    Run onFile = rollup(examples(), "--format", "csv", "--output", file.toString());
    assertThat(onFile.code()).isEqualTo(2);
    assertThat(onFile.err()).isEqualTo("cjoip: --output: " + file + " is not a folder;"
        + " --format csv writes three files into one\n");
  }

  @Test
  void year_mustBeAReportingYear() {
    Run r = rollup(examples(), "--year", "2024");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --year expects a reporting year YYYY/YY such as"
        + " 2024/25, found '2024'\n");
  }
}
