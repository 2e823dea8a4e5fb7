package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WorkbookWriterTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");

  @TempDir Path dir;

  private static Plan.Builder plan() {
    return Plan.builder().title("Glenmore CJOIP").framework("cjpf-2023")
        .partnership(Partnership.builder().name("Glenmore Partnership").build());
  }

  private static List<String> refusals(Plan plan) {
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookWriter.write(plan, OutputStream.nullOutputStream()));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::describe).toList();
  }

  @Test
  void write_refusesWhatNoCellCarriesBackUnchanged() {
    Plan plan = plan()
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .addDeliverables(Deliverable.builder().description(" ")
                .owners(List.of("Police\nScotland")).build())
            .build())
        .addOutcomes(StatedOutcome.builder().text("People are safer")
            .addDeliverables(Deliverable.builder().description("Train staff").build()).build())
        .addIndicators(Indicator.builder().name("Referrals")
            .addResults(Figure.builder().period(FinancialYear.of(2024))
                .value(BigDecimal.ONE).build(),
                Figure.builder().period(FinancialYear.of(2023)).value(BigDecimal.TEN).build(),
                Figure.builder().period(FinancialYear.of(2025)).text("81").build())
            .build())
        .build();

    assertThat(refusals(plan)).containsExactly(
        "<input>: /priorityActions/0/deliverables/0/description: a blank text cannot be written "
            + "to a workbook, where a blank cell is no value",
        "<input>: /priorityActions/0/deliverables/0/owners/0: a list item holding a line break "
            + "cannot be written to a workbook, where a list holds one item a line",
        "<input>: /outcomes/0/deliverables: an outcome's deliverables name it by its id in a "
            + "workbook, and this outcome has none",
        "<input>: /indicators/0/results/1/period: results are written one column per reporting "
            + "year, in year order, and 2023/24 comes after 2024/25",
        "<input>: /indicators/0/results/2/text: a result written as '81' reads back as a "
            + "figure: give it as value instead");
  }

  @Test
  void write_ofADocument_locatesRefusalsInIt() throws Exception {
    PlanDocument doc = PlanReader.standard().read("formatVersion: 1\ntitle: T\n"
        + "framework: cjpf-2023\npartnership:\n  name: P\n  otherMembers: [\"  \"]\n",
        "plan.yaml");

    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookWriter.write(doc, OutputStream.nullOutputStream()));

    assertThat(e.problems()).extracting(Problem::describe).containsExactly(
        "plan.yaml:6:18: /partnership/otherMembers/0: a blank list item cannot be written to a "
            + "workbook, where a list holds one item a line");
  }

  @Test
  void write_aSingleItemWithASemicolon_readsBackWhole() throws Exception {
    Plan plan = plan().partnership(Partnership.builder().name("P")
        .localAuthorities(List.of("Perth; and Kinross")).otherMembers(List.of(" spaced "))
        .build()).build();
    Path file = dir.resolve("plan.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.write(plan, out);
    }

    assertThat(WorkbookReader.standard().read(file).plan()).isEqualTo(plan);
  }

  @Test
  void template_hasDropDownsFrozenHeadersWidthsAndTheEditionsRows() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkbookWriter.writeTemplate(CJPF, bytes);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
          wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5))).containsExactly(
          "Read me", "Plan", "Priority actions", "Deliverables", "Outcomes", "Indicators");
      XSSFSheet actions = wb.getSheet("Priority actions");
      assertThat(actions.getLastRowNum()).isEqualTo(13);
      assertThat(actions.getRow(0).getLastCellNum()).isEqualTo((short) 6);
      for (int n = 1; n <= 13; n++) {
        assertThat(actions.getRow(n).getCell(0).getNumericCellValue()).isEqualTo(n);
        String expected = CJPF.outcomeFor(n).map(o -> o.text())
            .orElse("No nationally determined outcome");
        assertThat(actions.getRow(n).getCell(3).getStringCellValue()).isEqualTo(expected);
      }
      assertThat(actions.getRow(1).getCell(4).getStringCellValue())
          .isEqualTo(CJPF.outcomeFor(1).orElseThrow().indicator().orElseThrow().text());
      for (String name : List.of("Plan", "Priority actions", "Deliverables", "Outcomes",
          "Indicators")) {
        XSSFSheet sheet = wb.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name)
            .isEqualTo((short) 1);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      }
      XSSFSheet deliverables = wb.getSheet("Deliverables");
      assertThat(deliverables.getColumnWidth(3)).isEqualTo(60 * 256);
      assertThat(lists(deliverables)).containsExactly(
          "E2:E501 MUST,SHOULD,COULD,WONT",
          "J2:J501 NOT_STARTED,IN_PROGRESS,COMPLETE,DROPPED");
      assertThat(lists(actions)).containsExactly("C2:C514 Yes,No");
      assertThat(lists(wb.getSheet("Outcomes"))).containsExactly("C2:C501 Yes,No");
      assertThat(lists(wb.getSheet("Indicators"))).containsExactly("C2:C501 Yes,No",
          "D2:D501 COUNT,PERCENT,RATE", "H2:H501 INCREASE,DECREASE,MAINTAIN");
      assertThat(lists(wb.getSheet("Plan"))).containsExactly(
          "B10 Local authority,Health board,Integration joint board,Police Scotland,"
              + "Scottish Fire and Rescue Service,Skills Development Scotland,Scottish Courts "
              + "and Tribunals Service,Scottish Ministers",
          "B4 cjpf-2023,opif-2016");
      assertThat(deliverables.getDataValidations()).allSatisfy(v -> {
        assertThat(v.getSuppressDropDownArrow()).isTrue();
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
      });
      assertThat(wb.getSheet("Read me").getRow(0).getCell(0).getStringCellValue())
          .startsWith("Plan workbook, version 1");
    }
  }

  /** Each list validation of a sheet: its range and its values. */
  private static List<String> lists(XSSFSheet sheet) {
    return sheet.getDataValidations().stream()
        .map(v -> {
          CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
          return range.formatAsString() + " " + String.join(",",
              ((XSSFDataValidation) v).getValidationConstraint().getExplicitListValues());
        })
        .sorted()
        .toList();
  }

  @Test
  void template_importsAsAPlanOfTheEditionsThirteenActionsWarningOfItsPlaceholders()
      throws Exception {
    Path file = dir.resolve("template.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.writeTemplate(CJPF, out);
    }

    PlanDocument doc = WorkbookReader.standard().read(file);

    assertThat(doc.plan()).isEqualTo(WorkbookWriter.templatePlan(CJPF));
    assertThat(doc.plan().priorityActions()).hasSize(13);
    assertThat(doc.plan().framework()).isEqualTo("cjpf-2023");
    assertThat(doc.plan().priorityActions().get(0).nationalOutcome())
        .isEqualTo(CJPF.outcomeFor(1).map(o -> o.text()));
    assertThat(doc.plan().priorityActions().get(0).nationalIndicators())
        .containsExactly(CJPF.outcomeFor(1).orElseThrow().indicator().orElseThrow().text());
    assertThat(doc.warnings()).extracting(p -> p.cell().orElseThrow(), Problem::pointer,
        Problem::severity, Problem::message).containsExactly(
        tuple("Plan!B3", "/title", Problem.Severity.WARNING, "'[The plan's title]' is the "
            + "template's placeholder: write the plan's own title in its place"),
        tuple("Plan!B8", "/partnership/name", Problem.Severity.WARNING, "'[The partnership's "
            + "name]' is the template's placeholder: write the partnership's name in its "
            + "place"));
  }

  @Test
  void strings_escapeWhatXmlCannotHoldAndWhatReadsAsAnEscape() {
    String text = "a\u0001b_x0041_c\uFFFEd\r\n\t";

    assertThat(Strings.encode(text)).isEqualTo("a_x0001_b_x005F_x0041_c_xFFFE_d\r\n\t");
    assertThat(Strings.decode(Strings.encode(text))).isEqualTo(text);
  }
}
