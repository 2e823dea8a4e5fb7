package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjoip report}: the published annual report, its exit codes and its output. */
final class ReportCommandTest {

  private static final String PLAN = "example:glenmore";
  private static final String RETURN = "example:glenmore-2024-25";
  private static final String PREVIOUS = "example:glenmore-2023-24";

  @TempDir Path dir;

  @Test
  void html_toStandardOutput_isThePage() {
    MainTest.Run r = MainTest.run("report", RETURN, "--plan", PLAN, "--previous", PREVIOUS,
        "--as-of", "2025-11-01");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("<!DOCTYPE html>")
        .contains("<h1>Glenmore Community Justice Annual Report 2024/25 (fictional)</h1>")
        .contains("<dd data-fact=\"sign-off\">Chair, Glenmore Community Justice Partnership,"
            + " 25 September 2025</dd>")
        .contains("<th scope=\"col\">2023/24</th>")
        .contains("<tr data-rule=\"CJ-ANN-009\" data-severity=\"warning\">")
        .contains("<tr data-rule=\"CJ-ANN-010\" data-severity=\"warning\">");
  }

  @Test
  void docx_isWrittenToTheOutput() throws Exception {
    Path out = dir.resolve("report.docx");

    MainTest.Run r = MainTest.run("report", RETURN, "--plan", PLAN, "--previous", PREVIOUS,
        "--format", "docx", "--output", out.toString(), "--as-of", "2025-11-01");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> headings = doc.getParagraphs().stream()
          .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertThat(headings).containsExactly("About this report",
          "Action taken and progress, by priority action and outcome", "Achievements",
          "Challenges", "Next steps", "Consultation and governance",
          "Appendix: the checks' findings");
      assertThat(doc.getParagraphs().get(0).getText())
          .isEqualTo("Glenmore Community Justice Annual Report 2024/25 (fictional)");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void returnWithoutPlan_isAUsageErrorThatSaysSo() {
    Path out = dir.resolve("report.html");

    MainTest.Run r = MainTest.run("report", RETURN, "--output", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: a return is reported against its plan: give the plan"
        + " it reports on with --plan PLAN\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void docxWithoutOutput_isAUsageError() {
    MainTest.Run r = MainTest.run("report", RETURN, "--plan", PLAN, "--format", "docx");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("cjoip: --format docx writes a Word document: give the file"
        + " to write with --output FILE.docx\n");
  }

  @Test
  void badReturn_exitsTwoWithALocatedMessage_andWritesNothing() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\ndocument: annual-return\ntitle: T\n"
        + "framework: cjpf-2023\nreportingYear: 2024/25\ncolour: red\n");
    Path out = dir.resolve("report.docx");
    Files.writeString(out, "the last good report");

    MainTest.Run r = MainTest.run("report", bad.toString(), "--plan", PLAN, "--format", "docx",
        "--output", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(bad + ":6:9: /colour: unknown field 'colour';"
        + " expected one of: formatVersion, document, title, framework, reportingYear, plan,"
        + " partnership, signOff, submitted, published, consultation, governance,"
        + " priorityActions, outcomes, achievements, challenges, nextSteps");
    assertThat(Files.readString(out)).isEqualTo("the last good report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(bad, out);
    }
  }

  @Test
  void planGivenAsTheReturn_isBadInputThatSaysWhatToGive() {
    MainTest.Run r = MainTest.run("report", PLAN, "--plan", PLAN);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("example:glenmore.yaml:16:11: /document: the document is a"
        + " plan, not an annual return (an annual return says document: annual-return)\n");
  }

  @Test
  void previousReturnForALaterYear_isAUsageError() {
    MainTest.Run r = MainTest.run("report", PREVIOUS, "--plan", PLAN, "--previous", RETURN);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: --previous: example:glenmore-2024-25.yaml reports on"
        + " 2024/25, not a year before 2023/24, the year of example:glenmore-2023-24.yaml\n");
  }
}
