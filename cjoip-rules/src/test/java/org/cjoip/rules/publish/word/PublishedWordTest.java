package org.cjoip.rules.publish.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cjoip.rules.publish.PublishFixtures;
import org.cjoip.rules.publish.PublishedReport;
import org.junit.jupiter.api.Test;

final class PublishedWordTest {

  private static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static XWPFDocument open(PublishedReport report) throws IOException {
    return open(PublishedWord.bytes(report));
  }

  /** Each paragraph outside the tables as "Style|text", the style "-" when it has none. */
  private static List<String> paragraphs(XWPFDocument doc) {
    List<String> out = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        out.add((p.getStyle() == null ? "-" : p.getStyle()) + "|" + p.getText());
      } else if (e instanceof XWPFTable t) {
        out.add("table|" + rowText(t.getRow(0)));
      }
    }
    return out;
  }

  private static String rowText(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell c : row.getTableCells()) {
      cells.add(c.getText());
    }
    return String.join(" | ", cells);
  }

  private static List<String> rows(XWPFTable t) {
    List<String> out = new ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      out.add(rowText(row));
    }
    return out;
  }

  @Test
  void headings_useTheDocumentsOwnStyles_withOutlineLevels() throws IOException {
    try (XWPFDocument doc = open(PublishFixtures.report())) {
      List<String> headings = paragraphs(doc).stream()
          .filter(p -> p.startsWith("Title|") || p.startsWith("Heading")).toList();

      assertThat(headings).containsExactly(
          "Title|Testshire Community Justice Annual Report 2024/25 (fictional)",
          "Heading1|About this report",
          "Heading1|Action taken and progress, by priority action and outcome",
          "Heading2|" + PublishFixtures.report().sections().get(0).heading(),
          "Heading3|Action taken", "Heading3|Figures for 2024/25", "Heading3|Deliverables",
          "Heading2|" + PublishFixtures.report().sections().get(1).heading(),
          "Heading3|Action taken", "Heading3|Figures for 2024/25", "Heading3|Deliverables",
          "Heading2|Local outcome L1: People in Testshire feel safer in their neighbourhoods.",
          "Heading3|Action taken", "Heading3|Figures for 2024/25", "Heading3|Deliverables",
          "Heading1|Achievements", "Heading1|Challenges", "Heading1|Next steps",
          "Heading1|Consultation and governance", "Heading2|Consultation",
          "Heading2|Governance",
          "Heading1|Appendix: the checks' findings");
      for (int level = 1; level <= 3; level++) {
        XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
        assertThat(style.getName()).isEqualTo("heading " + level);
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal())
            .isEqualTo(BigInteger.valueOf(level - 1));
      }
      assertThat(doc.getStyles().getStyle("Title").getName()).isEqualTo("Title");
    }
  }

  @Test
  void everySection_hasItsText() throws IOException {
    try (XWPFDocument doc = open(PublishFixtures.report())) {
      List<String> p = paragraphs(doc);

      assertThat(p.subList(1, 11)).containsExactly(
          "-|Testshire Community Justice Partnership (fictional): the annual report on the"
              + " community justice outcomes improvement plan for 2024/25 (1 April 2024 to 31"
              + " March 2025).",
          "Heading1|About this report",
          "-|Partnership: Testshire Community Justice Partnership (fictional)",
          "-|Local authority areas: Testshire",
          "-|Reporting year: 2024/25: 1 April 2024 to 31 March 2025",
          "-|Plan: Testshire Community Justice Outcome Improvement Plan 2023-2028 (fictional)"
              + " (1 April 2023 to 31 March 2028)",
          "-|Signed off: Chair of the partnership, 20 September 2025",
          "-|Published: 31 October 2025, Partnership website",
          "-|Submitted to Community Justice Scotland: 27 September 2025",
          "Heading1|Action taken and progress, by priority action and outcome");
      int first = p.indexOf("Heading3|Action taken");
      assertThat(p.subList(first - 1, first + 6)).containsExactly(
          "-|Outcome: More people successfully complete diversion from prosecution",
          "Heading3|Action taken",
          "-|A third diversion training session.\nThe referral pathway went to the fiscal for"
              + " review.",
          "-|Self-evaluation: 5 (Very good); evidence: Case file audit, March 2025; Staff survey",
          "Heading3|Figures for 2024/25",
          "table|Indicator | 2024/25 | 2023/24 | Baseline | Target",
          "Heading3|Deliverables");
      int achievements = p.indexOf("Heading1|Achievements");
      assertThat(p.subList(achievements, p.size())).containsExactly(
          "Heading1|Achievements",
          "-|Diversion cases commenced rose to 90.",
          "-|A navigator in every custody shift.",
          "Heading1|Challenges",
          "-|Recruitment of justice social workers.",
          "Heading1|Next steps",
          "-|Agree the revised referral pathway with the fiscal.",
          "Heading1|Consultation and governance",
          "Heading2|Consultation",
          "-|The third sector forum and a lived-experience panel reviewed the draft.",
          "Heading2|Governance",
          "-|The partnership reports to the Community Planning board twice a year.",
          "Heading1|Appendix: the checks' findings",
          "-|The return was checked against its plan and the Community Justice Performance"
              + " Framework as of 1 November 2025: 0 errors, 0 warnings, 0 for information.",
          "-|No findings.");
      XWPFParagraph achievement = doc.getParagraphs().stream()
          .filter(x -> x.getText().equals("Diversion cases commenced rose to 90."))
          .findFirst().orElseThrow();
      assertThat(achievement.getNumID()).isNotNull();
      assertThat(doc.getNumbering().getAbstractNum(doc.getNumbering()
          .getAbstractNumID(achievement.getNumID())).getCTAbstractNum().getLvlArray(0)
          .getNumFmt().getVal().toString()).isEqualTo("bullet");
    }
  }

  @Test
  void tables_haveARepeatedHeaderRow_andTheFigures() throws IOException {
    try (XWPFDocument doc = open(PublishFixtures.report())) {
      List<XWPFTable> tables = doc.getTables();

      assertThat(tables).hasSize(6);
      for (XWPFTable t : tables) {
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        assertThat(t.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold())
            .isTrue();
        assertThat(t.getRows().subList(1, t.getRows().size()))
            .allSatisfy(r -> assertThat(r.isRepeatHeader()).isFalse());
      }
      assertThat(rows(tables.get(0))).containsExactly(
          "Indicator | 2024/25 | 2023/24 | Baseline | Target",
          "Number of diversion from prosecution assessments undertaken (CJPF-M1.1) | 102 | 95"
              + " | – | –",
          "Number of diversion from prosecution cases commenced | 90 | 81 | 60 (2021/22)"
              + " | increase to 100 by 2027/28",
          "Number of diversion from prosecution cases successfully completed | suppressed"
              + " | suppressed | – | –",
          "Number of referrals to the diversion worker | not reported | 40 | – | –");
      assertThat(rows(tables.get(1))).containsExactly(
          "Deliverable | What the plan commits to | Status | Dates | Progress",
          "1.1 | Train police and fiscal staff in diversion referral. | Complete | Completed"
              + " 15 December 2023; due 31 December 2023 | –",
          "1.2 | Review the diversion referral pathway. | Delayed | Due 31 March 2025; revised"
              + " to 31 March 2026: The fiscal's review of pathways moved to 2025/26. | Pathway"
              + " mapped; the fiscal's review is awaited.",
          "1#3 | Publish a diversion leaflet. | Not reported | Due 31 March 2024 | not reported");
      assertThat(rows(tables.get(2))).containsExactly(
          "Indicator | 2024/25 | 2023/24 | Baseline | Target",
          "Number of referrals from custody centres\nSource: Police Scotland custody data | 210"
              + " | unavailable: Custody figures for 2023/24 are published in February 2025."
              + " | – | –");
      assertThat(rows(tables.get(4))).containsExactly(
          "Indicator | 2024/25 | 2023/24 | Baseline | Target",
          "Residents who feel safe walking alone after dark | 74% (740 of 1000) | 72%"
              + " | About two in three (2022/23) | To rise year by year");
    }
  }

  @Test
  void findings_areATableInTheAppendix() throws IOException {
    String text = PublishFixtures.text().replace(
        "actionTaken: The custody navigator saw 210 people.", "actionTaken: TBC");

    try (XWPFDocument doc = open(PublishFixtures.report(PublishFixtures.checked(text)))) {
      List<XWPFTable> tables = doc.getTables();
      XWPFTable last = tables.get(tables.size() - 1);

      assertThat(rows(last)).hasSize(2);
      assertThat(rows(last).get(0)).isEqualTo("Rule | Severity | Finding | Where");
      assertThat(last.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
          .startsWith("CJ-ANN-003", "Error")
          .endsWith("testshire-2024-25.yaml:21:18, /priorityActions/0/actionTaken");
      assertThat(last.getRow(1).getCell(2).getText()).contains("priority action 2");
    }
  }

  @Test
  void sameReport_givesTheSameBytes_datedByTheReportingYear() throws Exception {
    byte[] first = PublishedWord.bytes(PublishFixtures.report());
    Thread.sleep(2_100);
    byte[] second = PublishedWord.bytes(PublishFixtures.report());

    assertThat(second).isEqualTo(first);
    try (XWPFDocument doc = open(first)) {
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
      assertThat(core.getModified().toInstant())
          .isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
      assertThat(core.getTitle())
          .isEqualTo("Testshire Community Justice Annual Report 2024/25 (fictional)");
    }
  }

  @Test
  void document_isADocxWithoutMacros() throws IOException {
    List<String> parts = new ArrayList<>();
    String types;
    try (ZipInputStream zip = new ZipInputStream(
        new ByteArrayInputStream(PublishedWord.bytes(PublishFixtures.report())))) {
      String contentTypes = null;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.add(e.getName());
        if (e.getName().equals("[Content_Types].xml")) {
          contentTypes = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      types = contentTypes;
    }

    assertThat(parts).first().isEqualTo("[Content_Types].xml");
    assertThat(parts).contains("word/document.xml", "word/styles.xml", "word/numbering.xml");
    assertThat(parts).noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains("vba"));
    assertThat(types).contains("application/vnd.openxmlformats-officedocument"
        + ".wordprocessingml.document.main+xml");
    assertThat(types).doesNotContain("macroEnabled");
  }

  @Test
  void controlCharacters_becomeReplacementCharacters_andTheDocumentOpens() throws IOException {
    String text = PublishFixtures.text().replace("Recruitment of justice social workers.",
        "\"Recruitment \\u0007of \\u001b workers.\"");

    try (XWPFDocument doc = open(PublishFixtures.report(PublishFixtures.checked(text)))) {
      assertThat(paragraphs(doc)).contains("-|Recruitment \uFFFDof \uFFFD workers.");
    }
  }

  @Test
  void pages_areA4() throws IOException {
    try (XWPFDocument doc = open(PublishFixtures.report())) {
      var size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(tuple(size.getW(), size.getH()))
          .isEqualTo(tuple(BigInteger.valueOf(11_906), BigInteger.valueOf(16_838)));
    }
  }
}
