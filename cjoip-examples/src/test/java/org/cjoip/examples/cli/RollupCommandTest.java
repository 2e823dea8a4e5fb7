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

  /** Glenmore's plan and its two returns as files in {@code folder}. */
  private static Path glenmore(Path folder) throws Exception {
    Files.createDirectories(folder);
    for (String name : List.of("glenmore", "glenmore-2023-24", "glenmore-2024-25")) {
      Files.writeString(folder.resolve(name + ".yaml"), Examples.text(name));
    }
    return folder;
  }

  private static String completeness(Run r) throws Exception {
    JsonNode year = new ObjectMapper().readTree(r.out()).get("partnerships").get(0).get("year");
    return year.get("return").asText() + " " + year.get("measuresWithFigure").asText();
  }

  @Test
  void fileNamedTwice_isReadOnce(@TempDir Path dir) throws Exception {
    Path in = glenmore(dir.resolve("in"));
    Path plan = in.resolve("glenmore.yaml");
    for (List<String> documents : List.of(List.of(plan.toString(), in.toString()),
        List.of(plan.toString(), plan.toString(), in.resolve("glenmore-2024-25.yaml")
            .toString()),
        List.of(in.toString(), in.resolve(".").resolve("glenmore.yaml").toString()))) {
      Run r = rollup(documents, "--format", "json");
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      assertThat(completeness(r)).isEqualTo(in.resolve("glenmore-2024-25.yaml") + " 14");
    }
  }

  @Test
  void folder_isSearchedThroughItsSubfoldersInNameOrder(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("national");
    glenmore(in.resolve("glenmore"));
    Files.createDirectories(in.resolve("clackmannanshire").resolve("plans"));
    Files.writeString(in.resolve("clackmannanshire").resolve("plans").resolve("plan.yaml"),
        Examples.text("clackmannanshire"));
    Files.writeString(in.resolve("notes.txt"), "not a document");
    Run r = rollup(List.of(in.toString()), "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode picture = new ObjectMapper().readTree(r.out());
    assertThat(picture.get("partnerships").findValuesAsText("plan")).containsExactly(
        in.resolve("clackmannanshire/plans/plan.yaml").toString(),
        in.resolve("glenmore/glenmore.yaml").toString());
  }

  @Test
  void help_saysAFolderIsSearchedThroughItsSubfolders() {
    Run r = MainTest.run("rollup", "--help");
    assertThat(r.code()).isZero();
    // Whatever the width it is wrapped to.
    assertThat(r.out().replaceAll("\\s+", "")).contains(("a directory stands for the .json,"
        + " .yaml, .yml and .xlsx files in it and in all its subfolders. A file named twice is"
        + " read once.").replace(" ", ""));
  }

  @Test
  void linkToNothingInAFolder_isReportedLocated(@TempDir Path dir) throws Exception {
    Path in = glenmore(dir.resolve("in"));
    Path dangling = Files.createSymbolicLink(in.resolve("dangling.yaml"),
        dir.resolve("gone.yaml"));
    Files.createSymbolicLink(in.resolve("loop"), in);
    Run r = rollup(List.of(in.toString()), "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(dangling + ": (document): is a symbolic link to a file that"
        + " does not exist\n" + in.resolve("loop") + ": (document): is a link to a folder that"
        + " holds it; it is not searched again\n");
    assertThat(completeness(r)).isEqualTo(in.resolve("glenmore-2024-25.yaml") + " 14");
  }

  @Test
  void year_isWrittenExactlyYyyySlashYy() {
    for (String year : List.of("2024-25", "2024/2025", "24/25", "2024/25 ")) {
      Run r = rollup(examples(), "--year", year);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("cjoip: --year expects a reporting year YYYY/YY such as"
          + " 2024/25, found '" + year + "'\n");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void year_notEndedByTheAsOfDay_isRefused() {
    for (String year : List.of("2025/26", "2099/00")) {
      Run r = rollup(examples(), "--year", year);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("cjoip: --year " + year + " has not ended by " + AS_OF
          + " (--as-of), so no return on it is due; give a year that ended by then, or a"
          + " later --as-of\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(rollup(examples(), "--year", "2024/25").code()).isZero();
  }

  @Test
  void csv_intoAFolderOfInputs_isRefused(@TempDir Path dir) throws Exception {
    Path in = glenmore(dir.resolve("in"));
    Run named = rollup(List.of(in.toString()), "--format", "csv", "--output", in.toString());
    assertThat(named.code()).isEqualTo(2);
    assertThat(named.err()).isEqualTo("cjoip: --output: " + in + " is a folder this command"
        + " reads documents from; give a folder of its own for the CSV files\n");
    String plan = in.resolve("glenmore.yaml").toString();
    Run holding = rollup(List.of(plan), "--format", "csv", "--output", in.toString());
    assertThat(holding.code()).isEqualTo(2);
    assertThat(holding.err()).isEqualTo("cjoip: --output: cannot write into " + in
        + ": it holds " + plan + ", which is read by this command; give a folder of its own for"
        + " the CSV files\n");
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
          "glenmore-2023-24.yaml", "glenmore-2024-25.yaml", "glenmore.yaml");
    }
  }

  @Test
  void json_intoAFolderItSearches_isRefused(@TempDir Path dir) throws Exception {
    Path in = glenmore(dir.resolve("in"));
    Path picture = in.resolve("sub").resolve("national.json");
    Files.createDirectories(picture.getParent());
    Run r = rollup(List.of(in.toString()), "--format", "json", "--output", picture.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --output: " + picture + " is inside " + in
        + ", which this command searches for documents: the next rollup of " + in
        + " would read the picture as one; write it elsewhere\n");
    assertThat(picture).doesNotExist();
    Path beside = dir.resolve("national.json");
    assertThat(rollup(List.of(in.toString()), "--format", "json", "--output",
        beside.toString()).code()).isZero();
  }

  @Test
  void picture_readAsADocument_isNamedAsAReport(@TempDir Path dir) throws Exception {
    Path in = glenmore(dir.resolve("in"));
    Path picture = dir.resolve("national.json");
    assertThat(rollup(List.of(in.toString()), "--format", "json", "--output",
        picture.toString()).code()).isZero();
    Run r = rollup(List.of(in.toString(), picture.toString()), "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(picture + ":1:1: (document): this is the national picture that"
        + " cjoip rollup writes, not a plan; keep reports out of the folders cjoip reads\n");
  }

  @Test
  void noPartnershipRolledUp_writesNothing(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "{}\n");
    Path orphan = Files.writeString(dir.resolve("orphan.yaml"),
        Examples.text("glenmore-2024-25"));
    Path out = dir.resolve("out");
    Run r = rollup(List.of(bad.toString(), orphan.toString()), "--format", "csv", "--output",
        out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).endsWith("\ncjoip: no partnership could be rolled up; nothing is"
        + " written\n").contains(orphan + ":20:9: /partnership/name: no plan of Glenmore"
        + " Community Justice Partnership (fictional) is among the documents given");
    assertThat(out).doesNotExist();
    Path page = dir.resolve("page.html");
    assertThat(rollup(List.of(orphan.toString()), "--output", page.toString()).code())
        .isEqualTo(2);
    assertThat(page).doesNotExist();
  }
}
