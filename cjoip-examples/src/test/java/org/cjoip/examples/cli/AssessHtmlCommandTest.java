package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.examples.cli.MainTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cjoip.examples.Examples;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AssessHtmlCommandTest {

  @Test
  void html_writesTheSamePageAsTheApi(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");

    MainTest.Run r = run("assess", "example:perth-and-kinross", "--format", "html",
        "--output", report.toString(), "--as-of", "2025-04-01", "--fail-on", "never");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    Assessment a = Assessor.standard()
        .assess(Examples.read("perth-and-kinross"), LocalDate.of(2025, 4, 1));
    assertThat(Files.readString(report)).isEqualTo(HtmlReport.write(a));
  }

  @Test
  void html_severalPlansGiveOnePageWithASectionEach() throws Exception {
    MainTest.Run r = run("assess", "example:ayrshire", "example:clackmannanshire",
        "--format", "html", "--as-of", "2025-04-01");

    assertThat(r.code()).isEqualTo(Main.FINDINGS);
    List<Assessment> both = new ArrayList<>();
    for (String name : List.of("ayrshire", "clackmannanshire")) {
      both.add(Assessor.standard().assess(Examples.read(name), LocalDate.of(2025, 4, 1)));
    }
    assertThat(r.out()).isEqualTo(HtmlReport.write(both));
    assertThat(r.out().split("<!DOCTYPE html>", -1)).hasSize(2);
    assertThat(r.out())
        .contains("<h1>Assessment of 2 community justice plans</h1>")
        .contains("<article class=\"plan\" id=\"p1\" data-plan=\"example:ayrshire.yaml\">")
        .contains("<article class=\"plan\" id=\"p2\" "
            + "data-plan=\"example:clackmannanshire.yaml\">");
  }
}
