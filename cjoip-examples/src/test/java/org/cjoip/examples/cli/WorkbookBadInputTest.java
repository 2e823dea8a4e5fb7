package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.model.workbook.RawWorkbook.inline;
import static org.cjoip.model.workbook.RawWorkbook.number;
import static org.cjoip.model.workbook.RawWorkbook.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.workbook.RawWorkbook;
import org.cjoip.model.workbook.WorkbookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus for workbooks: every workbook in {@code badinput/workbooks/expected.tsv}
 * is refused through the API, {@code cjoip check}, {@code cjoip assess --output} and the JSONL
 * batch with exit 2 and exactly the one located message the table gives (sheet and cell where
 * there is one), no stack trace and no report. Small cases are committed; the zip-based ones
 * are made here. The heavy ones (zip bombs, row and cell counts) run, once each, through
 * {@code cjoip check}, one after another in a child JVM with a 256 MB heap that stops at the
 * first out-of-memory error, judged by exit code and message.
 */
final class WorkbookBadInputTest {

  private static final String CORPUS = "/org/cjoip/examples/badinput/workbooks/";

  /** One row of the table: a workbook and the one problem it must produce. */
  record Case(String document, int exit, String cell, String pointer, String message,
      String covers) {
    boolean generated() {
      return covers.startsWith("generated");
    }

    boolean heavy() {
      return covers.startsWith("generated, heavy");
    }

    @Override
    public String toString() {
      return document;
    }
  }

  @TempDir static Path dir;

  @BeforeAll
  static void writeCorpus() throws IOException {
    for (Case c : cases().toList()) {
      Path target = dir.resolve(c.document());
      if (c.generated()) {
        generate(c.document(), target);
      } else {
        try (InputStream in = WorkbookBadInputTest.class.getResourceAsStream(
            CORPUS + c.document())) {
          assertThat(in).as(c.document()).isNotNull();
          Files.write(target, in.readAllBytes());
        }
      }
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in =
        WorkbookBadInputTest.class.getResourceAsStream(CORPUS + "expected.tsv")) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String row : table.split("\n")) {
        if (row.isBlank() || row.startsWith("document\t")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        out.add(new Case(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]));
      }
    }
    return out.stream();
  }

  static Stream<Case> heavyCases() throws IOException {
    return cases().filter(Case::heavy);
  }

  /** The cases cheap enough to run through every command in this JVM. */
  static Stream<Case> lightCases() throws IOException {
    return cases().filter(c -> !c.heavy());
  }

  private static String plan() {
    return row(1, inline("A1", "Field"), inline("B1", "Value"))
        + row(2, inline("A2", "Format version"), number("B2", "1"))
        + row(3, inline("A3", "Title"), inline("B3", "Glenmore CJOIP"))
        + row(4, inline("A4", "Framework"), inline("B4", "cjpf-2023"))
        + row(5, inline("A5", "Partnership"), inline("B5", "Glenmore Partnership"));
  }

  private static final String ACTIONS = row(1, inline("A1", "Number")) + row(2, number("A2", "1"));

  private static void generate(String name, Path target) throws IOException {
    switch (name) {
      case "macro-enabled.xlsm" -> new RawWorkbook().mainType(RawWorkbook.XLSM)
          .sheet("Plan", plan()).part("xl/vbaProject.bin", "VBA").write(target);
      case "doctype-external-entity.xlsx" -> new RawWorkbook().sheetPart("Plan",
          "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c>"
              + "</row></sheetData></worksheet>").write(target);
      case "unknown-column.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Description"), inline("C1", "Lead officer"))
              + row(2, number("A2", "1"), inline("B2", "Train staff"), inline("C2", "J Smith")))
          .write(target);
      case "sheet-outside-workbook.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .externalSheet("Deliverables", "http://127.0.0.1:9/x.xml").write(target);
      case "misspelt-header.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Desciption"))
              + row(2, number("A2", "1"), inline("B2", "Train staff"))
              + row(3, number("A3", "1"), inline("B3", "Review the protocol")))
          .write(target);
      case "duplicated-header.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Priority"), inline("C1", "Priority"))
              + row(2, number("A2", "1"), inline("B2", "Train staff"), inline("C2", "Must")))
          .write(target);
      case "blank-action-number.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", row(1, inline("A1", "Number"), inline("B1", "Assessment"))
              + row(2, number("A2", "1")) + row(3, inline("B3", "Weak")))
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Description"))
              + row(2, number("A2", "2"), inline("B2", "Train staff")))
          .write(target);
      case "unknown-sheet.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Actions", ACTIONS).write(target);
      case "date-unreadable.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Description"), inline("C1", "Due"))
              + row(2, number("A2", "1"), inline("B2", "Train staff"),
              inline("C2", "end of March")))
          .write(target);
      case "priority-unknown-value.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Priority actions", ACTIONS)
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Description"), inline("C1", "Id"), inline("D1", "Owners"),
              inline("E1", "Priority"))
              + row(2, number("A2", "1"), inline("B2", "Train staff"), inline("C2", "1.1"),
              inline("D2", "Police Scotland"), inline("E2", "Urgent")))
          .write(target);
      case "deliverable-without-action.xlsx" -> new RawWorkbook().sheet("Plan", plan())
          .sheet("Deliverables", row(1, inline("A1", "Priority action"),
              inline("B1", "Description")) + row(2, number("A2", "4"),
              inline("B2", "Train staff")))
          .write(target);
      case "truncated-zip.xlsx" -> {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new RawWorkbook().sheet("Plan", plan()).write(whole, Deflater.DEFAULT_COMPRESSION);
        byte[] bytes = whole.toByteArray();
        Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
      case "zip-too-many-entries.xlsx" -> {
        RawWorkbook workbook = new RawWorkbook().sheet("Plan", plan());
        for (int i = 0; i < 1_000; i++) {
          workbook.part("xl/media/image" + i + ".png", "");
        }
        workbook.write(target);
      }
      case "zip-bomb-ratio.xlsx" -> bomb(target);
      case "zip-bomb-expanded-size.xlsx" -> expandedBomb(target);
      case "rows-over-limit.xlsx" -> {
        StringBuilder rows = new StringBuilder(plan());
        for (int r = 6; r <= 250_006; r++) {
          rows.append("<row r=\"").append(r).append("\"/>");
        }
        new RawWorkbook().sheet("Plan", rows.toString()).write(target);
      }
      case "cells-over-limit.xlsx" -> {
        StringBuilder rows = new StringBuilder(plan());
        StringBuilder cells = new StringBuilder();
        for (int c = 0; c < 26; c++) {
          cells.append("<c/>");
        }
        for (int r = 6; r < 6 + 3_000_000 / 26 + 1; r++) {
          rows.append("<row r=\"").append(r).append("\">").append(cells).append("</row>");
        }
        new RawWorkbook().sheet("Plan", rows.toString()).write(target);
      }
      default -> throw new IllegalArgumentException("no generator for " + name);
    }
  }

  /** 128 MB of spaces in the Plan sheet's cells, deflated to a few hundred kilobytes. */
  private static void bomb(Path target) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    new RawWorkbook().sheet("Plan", plan()).write(plain, Deflater.DEFAULT_COMPRESSION);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      copyExcept(plain.toByteArray(), "xl/worksheets/sheet1.xml", zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>" + plan()).getBytes(StandardCharsets.UTF_8));
      byte[] cell = ("<row><c t=\"inlineStr\"><is><t>" + " ".repeat(1 << 20) + "</t></is></c>"
          + "</row>").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 128; i++) {
        zip.write(cell);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /**
   * A sheet part of about 60 MB that compresses as ordinary text does, named by all five
   * sheets, so that reading them expands past the 256 MiB limit while no part passes the
   * compression ratio.
   */
  private static void expandedBomb(Path target) throws IOException {
    Random random = new Random(16);
    StringBuilder rows = new StringBuilder();
    String words = "Deliver the work agreed with partners and report on progress each quarter ";
    int r = 1;
    rows.append(row(r++, inline("A1", "Field"), inline("B1", "Value")));
    while (rows.length() < 60_000_000) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 4_000) {
        text.append(words, 0, 20 + random.nextInt(50)).append(Long.toHexString(random.nextLong()))
            .append(' ');
      }
      rows.append(row(r, inline("A" + r, "Note " + r), inline("B" + r, text.toString())));
      r++;
    }
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
        + "</sheetData></worksheet>";
    RawWorkbook workbook = new RawWorkbook().sheetPart("Plan", sheet);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    workbook.write(one, Deflater.BEST_SPEED);
    // The same part, five times over: each sheet's relationship targets sheet1.xml.
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      zip.setLevel(Deflater.BEST_SPEED);
      copyExcept(one.toByteArray(), "xl/workbook.xml|xl/_rels/workbook.xml.rels", zip);
      String ns = "http://schemas.openxmlformats.org/";
      StringBuilder book = new StringBuilder("<workbook xmlns=\"" + ns + "spreadsheetml/2006/"
          + "main\" xmlns:r=\"" + ns + "officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + ns
          + "package/2006/relationships\">");
      String[] names = {"Plan", "Priority actions", "Deliverables", "Outcomes", "Indicators"};
      for (int i = 0; i < names.length; i++) {
        book.append("<sheet name=\"").append(names[i]).append("\" sheetId=\"").append(i + 1)
            .append("\" r:id=\"s").append(i).append("\"/>");
        rels.append("<Relationship Id=\"s").append(i).append("\" Type=\"").append(ns)
            .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                + "sheet1.xml\"/>");
      }
      put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    }
  }

  private static void copyExcept(byte[] zipBytes, String except, ZipOutputStream out)
      throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.getName().matches(except.replace(".", "\\.").replace("[", "\\["))) {
          out.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String located(Path file, Case c) {
    return file + ": " + (c.cell().isEmpty() ? "" : c.cell() + ": ")
        + (c.pointer().isEmpty() ? "(document)" : c.pointer()) + ": " + c.message();
  }

  @Test
  void corpus_coversEveryHostileClassOfTheIssue() throws IOException {
    assertThat(cases().map(Case::document).toList()).doesNotHaveDuplicates().contains(
        "zip-bomb-ratio.xlsx", "zip-bomb-expanded-size.xlsx", "zip-too-many-entries.xlsx",
        "rows-over-limit.xlsx", "cells-over-limit.xlsx", "doctype-external-entity.xlsx",
        "macro-enabled.xlsm", "old-binary.xls", "not-a-zip.xlsx", "pdf-renamed.xlsx",
        "csv-renamed.xlsx", "empty.xlsx", "unknown-column.xlsx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightCases")
  void api_refusesWithTheOneLocatedProblem(Case c) {
    DocumentException refused = null;
    try {
      PlanDocument doc = WorkbookReader.standard().read(dir.resolve(c.document()));
      throw new AssertionError(c.document() + " was read: " + doc.plan().title());
    } catch (DocumentException e) {
      refused = e;
    }

    assertThat(refused.problems()).as(c.document()).hasSize(1);
    Problem p = refused.problems().get(0);
    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(p.cell().orElse("")).as(c.document()).isEqualTo(c.cell());
    assertThat(p.pointer()).as(c.document()).isEqualTo(c.pointer());
    assertThat(p.message()).as(c.document()).isEqualTo(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightCases")
  void checkAndAssess_exitTwoWithTheOneLocatedLine(Case c) {
    Path file = dir.resolve(c.document());
    Path report = dir.resolve("report-" + c.document() + ".json");

    MainTest.Run check = MainTest.run("check", file.toString());
    MainTest.Run assess = MainTest.run("assess", file.toString(), "--as-of", "2025-01-01",
        "--output", report.toString());

    assertThat(check.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(check.err()).isEqualTo(located(file, c) + System.lineSeparator());
    assertThat(check.out()).isEmpty();
    assertThat(assess.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(assess.err()).isEqualTo(located(file, c) + System.lineSeparator());
    assertThat(report).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightCases")
  void batch_givesTheWorkbookAnErrorLineWithItsCell(Case c) throws Exception {
    Path file = dir.resolve(c.document());

    MainTest.Run r = MainTest.run("assess", file.toString(), "example:ayrshire", "--format",
        "jsonl", "--as-of", "2025-01-01", "--fail-on", "never");

    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode error = new ObjectMapper().readTree(lines.get(0));
    assertThat(error.get("error").asText()).isEqualTo("unreadable");
    JsonNode problem = error.get("problems").get(0);
    assertThat(problem.path("cell").asText("")).isEqualTo(c.cell());
    assertThat(problem.get("pointer").asText()).isEqualTo(c.pointer());
    assertThat(problem.get("message").asText()).isEqualTo(c.message());
    assertThat(new ObjectMapper().readTree(lines.get(1)).has("findings")).isTrue();
  }

  @Test
  void childJvm_refusesHeavyWorkbooksWithin256Mb() throws Exception {
    List<Case> heavy = heavyCases().toList();
    // One child for all: each is refused in the heap the one before it leaves.
    List<ChildJvm.Run> runs = ChildJvm.runEach(dir, List.of("-Xmx256m",
        "-XX:+ExitOnOutOfMemoryError"), heavy.stream()
        .map(c -> List.of("check", dir.resolve(c.document()).toString())).toList());

    assertThat(heavy).hasSize(4);
    for (int i = 0; i < heavy.size(); i++) {
      Case c = heavy.get(i);
      ChildJvm.Run r = runs.get(i);
      assertThat(r.code()).as(c.document() + ": " + r.err()).isEqualTo(c.exit());
      assertThat(r.err()).as(c.document())
          .isEqualTo(located(dir.resolve(c.document()), c) + System.lineSeparator());
      assertThat(r.out()).as(c.document()).isEmpty();
    }
  }
}
