package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cjoip.model.workbook.RawWorkbook.bool;
import static org.cjoip.model.workbook.RawWorkbook.formula;
import static org.cjoip.model.workbook.RawWorkbook.inline;
import static org.cjoip.model.workbook.RawWorkbook.isoDate;
import static org.cjoip.model.workbook.RawWorkbook.number;
import static org.cjoip.model.workbook.RawWorkbook.row;
import static org.cjoip.model.workbook.RawWorkbook.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WorkbookReaderTest {

  @TempDir Path dir;

  /** The Plan sheet of a small valid plan. */
  static String planRows() {
    return row(1, inline("A1", "Field"), inline("B1", "Value"))
        + row(2, inline("A2", "Format version"), number("B2", "1"))
        + row(3, inline("A3", "Title"), inline("B3", "Glenmore CJOIP"))
        + row(4, inline("A4", "Framework"), inline("B4", "cjpf-2023"))
        + row(5, inline("A5", "Partnership"), inline("B5", "Glenmore Partnership"));
  }

  static String actionRows() {
    return row(1, inline("A1", "Number")) + row(2, number("A2", "1"));
  }

  private PlanDocument read(RawWorkbook workbook) throws Exception {
    Path file = dir.resolve("plan.xlsx");
    workbook.write(file);
    return WorkbookReader.standard().read(file, "plan.xlsx");
  }

  private List<String> refused(RawWorkbook workbook) throws Exception {
    return refused(workbook, WorkbookReader.standard());
  }

  private List<String> refused(RawWorkbook workbook, WorkbookReader reader) throws Exception {
    Path file = dir.resolve("plan.xlsx");
    workbook.write(file);
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> reader.read(file, "plan.xlsx"));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::describe).toList();
  }

  @Test
  void read_cellsAsPeopleFillThem() throws Exception {
    // Columns in another order, headers in other cases and spaces, a blank row, shared and
    // inline strings, numbers as displayed, dates three ways, a formula's saved result.
    String deliverables = row(1, inline("A1", " description "), inline("B1", "PRIORITY ACTION"),
            inline("C1", "id"), inline("D1", "Priority"), inline("E1", "Owners"),
            inline("F1", "Due"), inline("G1", "Impact measures"), inline("H1", "Status"),
            inline("I1", "Completed"))
        + row(2, inline("A2", "Train staff"), number("B2", "1"), number("C2", "1.1"),
            inline("D2", "M"), inline("E2", "Police Scotland; Social Work"),
            number("F2", "45747", 1), inline("H2", "In progress"))
        + row(3, inline("A3", ""), inline("C3", " "))
        + row(4, shared("A4", 0), inline("B4", "1"), number("C4", "1.1", 2),
            inline("D4", "Must have"), inline("E4", "Police Scotland\nSocial Work; Housing"),
            inline("F4", "31/03/2025"), inline("G4", "i) referrals; ii) completions"),
            inline("H4", "not_started"))
        + row(5, "<c r=\"A5\" t=\"str\"><f>A2&amp;\" again\"</f><v>Train staff again</v></c>",
            number("B5", "1"), inline("F5", "2025-04-30"), inline("H5", "Completed"),
            isoDate("I5", "2025-02-28T00:00:00"));
    PlanDocument doc = read(new RawWorkbook()
        .styles("<numFmt numFmtId=\"164\" formatCode=\"0.00\"/>", 0, 14, 164)
        .shared("Review the protocol")
        .sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Deliverables", deliverables));

    assertThat(doc.format()).isEqualTo(Format.XLSX);
    assertThat(doc.plan().priorityActions().get(0).deliverables()).containsExactly(
        Deliverable.builder().id("1.1").description("Train staff").priority(Priority.MUST)
            .owners(List.of("Police Scotland", "Social Work")).due(LocalDate.of(2025, 3, 31))
            .status(Status.IN_PROGRESS).build(),
        Deliverable.builder().id("1.10").description("Review the protocol")
            .priority(Priority.MUST).owners(List.of("Police Scotland", "Social Work; Housing"))
            .due(LocalDate.of(2025, 3, 31)).impactMeasures(List.of("i) referrals; ii) completions"))
            .status(Status.NOT_STARTED).build(),
        Deliverable.builder().description("Train staff again").due(LocalDate.of(2025, 4, 30))
            .status(Status.COMPLETE).completed(LocalDate.of(2025, 2, 28)).build());
    assertThat(doc.warnings()).extracting(Problem::describe).containsExactly(
        "plan.xlsx: Deliverables!C2: warning: /priorityActions/0/deliverables/0/id: the id was "
            + "stored as a number, and is read as displayed: '1.1'; if the plan numbers it "
            + "otherwise (1.10, not 1.1), format the column as Text and type it again",
        "plan.xlsx: Deliverables!C4: warning: /priorityActions/0/deliverables/1/id: the id was "
            + "stored as a number, and is read as displayed: '1.10'; if the plan numbers it "
            + "otherwise (1.10, not 1.1), format the column as Text and type it again");
  }

  @Test
  void read_locatesEachNodeAtItsCell() throws Exception {
    PlanDocument doc = read(new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Deliverables", row(1, inline("A1", "Priority action"),
                inline("B1", "Description"), inline("C1", "Owners"))
            + row(2, number("A2", "1"), inline("B2", "Train staff"), inline("C2", "A\nB"))));

    assertThat(doc.sourceMap().position("/title").orElseThrow().cell()).isEqualTo("Plan!B3");
    assertThat(doc.sourceMap().position("/priorityActions/0/number").orElseThrow().cell())
        .isEqualTo("'Priority actions'!A2");
    assertThat(doc.sourceMap().position("/priorityActions/0/deliverables/0/owners/1")
        .orElseThrow().cell()).isEqualTo("Deliverables!C2");
    assertThat(doc.sourceMap().position("/priorityActions/0/deliverables/0").orElseThrow()
        .cell()).isEqualTo("Deliverables!A2");
    assertThat(doc.sourceMap().position("").orElseThrow().cell()).isEqualTo("Plan!A1");
    // A sheet's list is named by the sheet's header row; a cell's value is its own key.
    assertThat(doc.sourceMap().keyPosition("/priorityActions").orElseThrow().cell())
        .isEqualTo("'Priority actions'!A1");
    assertThat(doc.sourceMap().keyPosition("/priorityActions/0/deliverables/0/owners")
        .orElseThrow().cell()).isEqualTo("Deliverables!C2");
  }

  @Test
  void read_anError_namesWorkbookSheetCellAndPointer() throws Exception {
    List<String> problems = refused(new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Deliverables", row(1, inline("A1", "Priority action"),
                inline("B1", "Description"), inline("C1", "Due"), inline("D1", "Priority"))
            + row(2, number("A2", "1"), inline("B2", "One"))
            + row(3, number("A3", "1"), inline("B3", "Two"), inline("C3", "March 2025"),
                inline("D3", "Maybe"))));

    assertThat(problems).containsExactly(
        "plan.xlsx: Deliverables!C3: /priorityActions/0/deliverables/1/due: expected a date (a "
            + "date cell, 2025-03-31, or 31/03/2025 with the day first), found 'March 2025'",
        "plan.xlsx: Deliverables!D3: /priorityActions/0/deliverables/1/priority: expected one "
            + "of MUST, SHOULD, COULD, WONT, found 'Maybe'");
  }

  private static final String DELIVERABLE_COLUMNS = "Priority action, Outcome, Id, "
      + "Description, Priority, Owners, Impact measures, Timescale, Due, Status, Completed";

  /** A Deliverables sheet of two rows under the header cells given. */
  private static RawWorkbook withDeliverablesHeaded(String b, String c) {
    return new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Deliverables", row(1, inline("A1", "Priority action"), b, c)
            + row(2, number("A2", "1"), inline("B2", "Train staff"), inline("C2", "Must"))
            + row(3, number("A3", "1"), inline("B3", "Review the protocol"),
                inline("C3", "Should")));
  }

  @Test
  void read_misspeltHeader_isOneProblemAtTheHeaderNotOnePerRow() throws Exception {
    assertThat(refused(withDeliverablesHeaded(inline("B1", "Desciption"),
        inline("C1", "Priority")))).containsExactly(
        "plan.xlsx: Deliverables!B1: (document): unknown column 'Desciption' in the sheet "
            + "'Deliverables'; its columns are " + DELIVERABLE_COLUMNS);
  }

  @Test
  void read_numberAsHeader_isOneProblemAtTheHeader() throws Exception {
    assertThat(refused(withDeliverablesHeaded(number("B1", "42"),
        inline("C1", "Priority")))).containsExactly(
        "plan.xlsx: Deliverables!B1: (document): unknown column '42' in the sheet "
            + "'Deliverables'; its columns are " + DELIVERABLE_COLUMNS);
  }

  @Test
  void read_duplicatedHeader_isOneProblemAndNeitherColumnIsRead() throws Exception {
    // Column B holds descriptions under a second Priority header: not read as priorities.
    assertThat(refused(withDeliverablesHeaded(inline("B1", "Priority"),
        inline("C1", "priority")))).containsExactly(
        "plan.xlsx: Deliverables!C1: (document): the column 'priority' is given twice "
            + "(columns B and C)");
  }

  @Test
  void read_missingColumnWithoutAHeaderProblem_isStillReportedForEachRow() throws Exception {
    assertThat(refused(withDeliverablesHeaded(inline("B1", "Id"), inline("C1", "Priority"))))
        .containsExactly(
            "plan.xlsx: Deliverables!A2: /priorityActions/0/deliverables/0: missing required "
                + "field 'description' (text)",
            "plan.xlsx: Deliverables!A3: /priorityActions/0/deliverables/1: missing required "
                + "field 'description' (text)");
  }

  /** The Plan sheet of {@link #planRows()} with one field's value blank. */
  private static String planRowsWithBlank(String field) {
    StringBuilder rows = new StringBuilder(row(1, inline("A1", "Field"), inline("B1", "Value")));
    String[][] fields = {{"Format version", "1"}, {"Title", "Glenmore CJOIP"},
        {"Framework", "cjpf-2023"}, {"Partnership", "Glenmore Partnership"},
        {"Local authorities", "Glenmore Council"}};
    for (int i = 0; i < fields.length; i++) {
      int r = i + 2;
      String value = fields[i][0].equals(field) ? inline("B" + r, " ")
          : fields[i][0].equals("Format version") ? number("B" + r, fields[i][1])
          : inline("B" + r, fields[i][1]);
      rows.append(row(r, inline("A" + r, fields[i][0]), value));
    }
    return rows.toString();
  }

  @Test
  void read_blankRequiredPlanField_isLocatedAtItsValueCell() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", planRowsWithBlank("Partnership"))))
        .containsExactly("plan.xlsx: Plan!B5: /partnership: missing required field 'name' "
            + "(text)");
    assertThat(refused(new RawWorkbook().sheet("Plan", planRowsWithBlank("Title"))))
        .containsExactly("plan.xlsx: Plan!B3: (document): missing required field 'title' "
            + "(text)");
    assertThat(refused(new RawWorkbook().sheet("Plan", planRowsWithBlank("Framework"))))
        .containsExactly("plan.xlsx: Plan!B4: (document): missing required field 'framework' "
            + "(text)");
    assertThat(refused(new RawWorkbook().sheet("Plan", planRowsWithBlank("Format version"))))
        .containsExactly("plan.xlsx: Plan!B2: (document): missing required field "
            + "'formatVersion' (this library reads version 1)");
  }

  @Test
  void read_blankDescription_isLocatedInTheDescriptionColumnOfItsRow() throws Exception {
    assertThat(refused(new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Deliverables", row(1, inline("A1", "Priority action"), inline("B1", "Id"),
                inline("C1", "Description"))
            + row(2, number("A2", "1"), inline("B2", "1.1"), inline("C2", "Train staff"))
            + row(3, number("A3", "1"), inline("B3", "1.2")))))
        .containsExactly("plan.xlsx: Deliverables!C3: /priorityActions/0/deliverables/1: "
            + "missing required field 'description' (text)");
  }

  @Test
  void read_blankPriorityActionNumber_isOneProblemAtThatCell() throws Exception {
    assertThat(refused(new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Priority actions", row(1, inline("A1", "Assessment"), inline("B1", "Number"))
            + row(2, inline("A2", "Strong"), number("B2", "1"))
            + row(3, inline("A3", "Weak")))
        .sheet("Deliverables", row(1, inline("A1", "Priority action"),
                inline("B1", "Description"))
            + row(2, number("A2", "2"), inline("B2", "Train staff")))))
        .containsExactly("plan.xlsx: 'Priority actions'!B3: /priorityActions/1: missing "
            + "required field 'number' (a priority action from 1 to 13)");
  }

  @Test
  void read_sheetOutsideTheWorkbook_isRefused() throws Exception {
    assertThat(refused(new RawWorkbook()
        .sheet("Plan", planRows())
        .externalSheet("Deliverables", "http://127.0.0.1:9/x.xml")))
        .containsExactly("plan.xlsx: (document): the workbook's sheet 'Deliverables' points "
            + "outside the workbook, to 'http://127.0.0.1:9/x.xml'; a plan workbook's sheets "
            + "are inside it, and nothing outside it is read");
  }

  @Test
  void read_unknownColumn_namesItAndTheKnownOnes() throws Exception {
    RawWorkbook workbook = new RawWorkbook()
        .sheet("Plan", planRows())
        .sheet("Outcomes", row(1, inline("A1", "Text"), inline("B1", "Lead officer"))
            + row(2, inline("A2", "People are safer"), inline("B2", "J. Smith")));

    assertThat(refused(workbook)).containsExactly(
        "plan.xlsx: Outcomes!B1: /outcomes: unknown column 'Lead officer' in the sheet "
            + "'Outcomes'; its columns are Id, Text, National, Aim, Area, Priority actions, "
            + "Indicators");
    PlanReader lenient = PlanReader.of(PlanReader.Options.builder().lenient(true).build());
    PlanDocument doc = WorkbookReader.of(lenient, WorkbookLimits.defaults())
        .read(dir.resolve("plan.xlsx"), "plan.xlsx");
    assertThat(doc.plan().outcomes()).hasSize(1);
    assertThat(doc.warnings()).extracting(Problem::severity)
        .containsExactly(Problem.Severity.WARNING);
  }

  @Test
  void read_unknownSheet_isAnError_readMeIsNot_andSheetsMayBeAbsent() throws Exception {
    assertThat(refused(new RawWorkbook()
        .sheet("Read me", row(1, inline("A1", "Anything at all")))
        .sheet("Plan", planRows())
        .sheet("Deliverable", row(1, inline("A1", "Description")))))
        .containsExactly("plan.xlsx: Deliverable!A1: (document): unknown sheet 'Deliverable'; "
            + "a plan workbook's sheets are Plan, Priority actions, Deliverables, Outcomes, "
            + "Indicators (and Read me, which is not read)");

    PlanDocument doc = read(new RawWorkbook()
        .sheet("READ ME ", row(1, inline("A1", "Anything at all")))
        .sheet(" plan", planRows()));
    assertThat(doc.plan().title()).isEqualTo("Glenmore CJOIP");
    assertThat(doc.plan().priorityActions()).isEmpty();
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void read_formulaWithoutSavedResult_isAnErrorSayingToSave() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", row(1, inline("A1", "Field"),
            inline("B1", "Value"))
        + row(2, inline("A2", "Format version"), number("B2", "1"))
        + row(3, inline("A3", "Title"), formula("B3", "UPPER(B4)", null)))))
        .contains("plan.xlsx: Plan!B3: /title: the cell holds a formula whose result was never "
            + "saved: open the workbook in Excel or LibreOffice and save it, so the result is "
            + "stored");
  }

  @Test
  void read_closedSetsInWords_yesNo_andSemicolonsOnlyWhereTheFormatSplits() throws Exception {
    String plan = planRows()
        + row(6, inline("A6", "Statutory partners"),
            inline("B6", "Police Scotland; Health Board; SDS; COPFS"))
        + row(7, inline("A7", "Local authorities"), inline("B7", "Perth and Kinross; Angus"))
        + row(8, inline("A8", "Participation activities"), inline("B8", "Survey; focus groups"))
        + row(9, inline("A9", "Other members"), inline("B9", "Housing; Options\nThird sector"));
    String actions = row(1, inline("A1", "Number"), inline("B1", "Prioritised"),
            inline("C1", "National indicators"))
        + row(2, number("A2", "1"), bool("B2", true),
            inline("C2", "Number of: i) assessments; ii) cases"))
        + row(3, number("A3", "2"), inline("B3", "no"));
    PlanDocument doc = read(new RawWorkbook().sheet("Plan", plan)
        .sheet("Priority actions", actions));

    assertThat(doc.plan().partnership().statutoryPartners()).containsExactly(
        StatutoryPartner.POLICE_SCOTLAND, StatutoryPartner.HEALTH_BOARD,
        StatutoryPartner.SKILLS_DEVELOPMENT_SCOTLAND, StatutoryPartner.SCOTTISH_MINISTERS);
    assertThat(doc.plan().partnership().localAuthorities())
        .containsExactly("Perth and Kinross", "Angus");
    assertThat(doc.plan().partnership().otherMembers())
        .containsExactly("Housing; Options", "Third sector");
    assertThat(doc.plan().participationStatement().orElseThrow().activities())
        .containsExactly("Survey; focus groups");
    assertThat(doc.plan().priorityActions().get(0).prioritised()).contains(true);
    assertThat(doc.plan().priorityActions().get(0).nationalIndicators())
        .containsExactly("Number of: i) assessments; ii) cases");
    assertThat(doc.plan().priorityActions().get(1).prioritised()).contains(false);
  }

  @Test
  void read_yesNoColumn_refusesOtherWords() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", planRows()).sheet("Priority actions",
        row(1, inline("A1", "Number"), inline("B1", "Prioritised"))
            + row(2, number("A2", "1"), inline("B2", "Perhaps")))))
        .containsExactly("plan.xlsx: 'Priority actions'!B2: /priorityActions/0/prioritised: "
            + "expected Yes or No (or blank), found 'Perhaps'");
  }

  @Test
  void read_deliverableMustNameOneKnownPriorityActionOrOutcome() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", planRows())
        .sheet("Priority actions", actionRows())
        .sheet("Outcomes", row(1, inline("A1", "Id"), inline("B1", "Text"))
            + row(2, inline("A2", "3"), inline("B2", "People are safer")))
        .sheet("Deliverables", row(1, inline("A1", "Priority action"), inline("B1", "Outcome"),
                inline("C1", "Description"))
            + row(2, number("A2", "5"), inline("C2", "No such action"))
            + row(3, number("A3", "1"), inline("B3", "3"), inline("C3", "Both"))
            + row(4, inline("C4", "Neither"))
            + row(5, inline("B5", "4"), inline("C5", "No such outcome"))
            + row(6, number("B6", "3"), inline("C6", "Outcome 3, as a number")))))
        .containsExactly(
            "plan.xlsx: Deliverables!A2: /priorityActions: priority action 5 has no row in the "
                + "sheet 'Priority actions': add one with Number 5",
            "plan.xlsx: Deliverables!A3: /priorityActions: a deliverable belongs to a priority "
                + "action or to an outcome: give Priority action or Outcome, not both",
            "plan.xlsx: Deliverables!C4: /priorityActions: a deliverable belongs to a priority "
                + "action (1 to 13) or to an outcome: give its number in Priority action, or the "
                + "outcome's id in Outcome (a merged cell holds its value in its first row only)",
            "plan.xlsx: Deliverables!B5: /outcomes: no outcome has the id '4' in the sheet "
                + "'Outcomes'",
            "plan.xlsx: Deliverables!B6: warning: /outcomes: the outcome id was stored as a "
                + "number, and is read as displayed: '3'");
  }

  @Test
  void read_priorityActionStoredAsNoNumber_isLocatedAtItsCellBesideTheRowsOtherProblems()
      throws Exception {
    String deliverables = row(1, inline("A1", "Priority action"), inline("B1", "Description"),
        inline("C1", "Due"))
        + row(2, number("A2", "1E+400"), inline("B2", "Train staff"), inline("C2", "soonish"))
        + row(3, inline("A3", "one"), inline("B3", "Agree a pathway"), inline("C3", "later"));

    List<String> problems = refused(new RawWorkbook().sheet("Plan", planRows())
        .sheet("Priority actions", actionRows()).sheet("Deliverables", deliverables));

    assertThat(problems).containsExactly(
        "plan.xlsx: Deliverables!A2: /priorityActions: expected a priority action from 1 to 13,"
            + " found '1E+400'",
        "plan.xlsx: Deliverables!C2: /priorityActions: expected a date (a date cell, 2025-03-31,"
            + " or 31/03/2025 with the day first), found 'soonish'",
        "plan.xlsx: Deliverables!A3: /priorityActions: expected a priority action from 1 to 13,"
            + " found 'one'",
        "plan.xlsx: Deliverables!C3: /priorityActions: expected a date (a date cell, 2025-03-31,"
            + " or 31/03/2025 with the day first), found 'later'");
  }

  @Test
  void read_figuresAsDisplayed_andResultsByYear() throws Exception {
    String indicators = row(1, inline("A1", "Name"), inline("B1", "Unit"),
            inline("C1", "Baseline value"), inline("D1", "Target value"),
            inline("E1", "Result 2023/24"), inline("F1", "result 2024-25"))
        + row(2, inline("A2", "Referrals"), inline("B2", "Percentage"),
            formula("C2", "0.1+0.2", "0.30000000000000004"), number("D2", "70.5", 1),
            number("E2", "81"), inline("F2", "not yet published"))
        + row(3, inline("A3", "Completions"), inline("B3", "Number"), inline("C3", "1,234"),
            inline("D3", "12%"), inline("F3", "95"));
    PlanDocument doc = read(new RawWorkbook()
        .styles("<numFmt numFmtId=\"164\" formatCode=\"0.00\"/>", 0, 164)
        .sheet("Plan", planRows()).sheet("Indicators", indicators));

    var first = doc.plan().indicators().get(0);
    assertThat(first.unit()).contains(Unit.PERCENT);
    assertThat(first.baseline().orElseThrow().value()).contains(new BigDecimal("0.3"));
    assertThat(first.target().orElseThrow().value()).contains(new BigDecimal("70.50"));
    assertThat(first.results()).containsExactly(
        Figure.builder().period(FinancialYear.of(2023)).value(new BigDecimal("81")).build(),
        Figure.builder().period(FinancialYear.of(2024)).text("not yet published").build());
    var second = doc.plan().indicators().get(1);
    assertThat(second.unit()).contains(Unit.COUNT);
    assertThat(second.baseline().orElseThrow().value()).contains(new BigDecimal("1234"));
    assertThat(second.target().orElseThrow().value()).contains(new BigDecimal("12"));
    assertThat(second.results()).containsExactly(
        Figure.builder().period(FinancialYear.of(2024)).value(new BigDecimal("95")).build());
  }

  @Test
  void read_resultColumnWithoutAYear_isAnError() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", planRows()).sheet("Indicators",
        row(1, inline("A1", "Name"), inline("B1", "Result 2023/25")))))
        .containsExactly("plan.xlsx: Indicators!B1: /indicators: the column 'Result 2023/25' "
            + "names no reporting year: head a column of results 'Result' and a financial year, "
            + "as in 'Result 2023/24'");
  }

  @Test
  void read_datesOfThe1904System() throws Exception {
    PlanDocument doc = read(new RawWorkbook().date1904().styles("", 0, 14)
        .sheet("Plan", planRows() + row(6, inline("A6", "Approved"), number("B6", "44285", 1))));

    assertThat(doc.plan().approved()).contains(LocalDate.of(2025, 3, 31));
  }

  @Test
  void read_dayFirstDateThatDoesNotExist_isAnError() throws Exception {
    assertThat(refused(new RawWorkbook().sheet("Plan", planRows()
        + row(6, inline("A6", "Approved"), inline("B6", "30/02/2025")))))
        .containsExactly("plan.xlsx: Plan!B6: /approved: '30/02/2025' is not a date that "
            + "exists (day first, as 31/03/2025)");
  }

  @Test
  void read_escapedCharactersOfStoredText() throws Exception {
    PlanDocument doc = read(new RawWorkbook().shared("Line one_x000D_\nline_x005F_x0041_ two")
        .sheet("Plan", planRows() + row(6, inline("A6", "Outcomes assessment"),
            shared("B6", 0))));

    assertThat(doc.plan().outcomesAssessment()).contains("Line one\r\nline_x0041_ two");
  }

  @Test
  void read_doctype_isRefusedAndNoEntityIsResolved() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "do-not-read-me");
    String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
        + "<t>&x;</t></is></c></row></sheetData></worksheet>";

    List<String> problems = refused(new RawWorkbook().sheetPart("Plan", sheet));

    assertThat(problems).containsExactly("plan.xlsx: Plan!A1: (document): the workbook's part "
        + "xl/worksheets/sheet1.xml declares a document type (DTD), which no workbook does: it "
        + "is refused, and no entity in it is resolved");
  }

  @Test
  void read_macroEnabledWorkbook_isRefusedSayingHowToSave() throws Exception {
    assertThat(refused(new RawWorkbook().mainType(RawWorkbook.XLSM)
        .sheet("Plan", planRows()).part("xl/vbaProject.bin", "not really VBA")))
        .containsExactly("plan.xlsx: (document): the file is a macro-enabled workbook (.xlsm), "
            + "which cjoip does not read: open it in Excel and choose File > Save As > Excel "
            + "Workbook (*.xlsx), or in LibreOffice File > Save As > Excel 2007-365 (.xlsx), "
            + "and import that copy");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "empty||the file is empty, not a workbook",
    "pdf|%PDF-1.7 plan|the file is a PDF document, not a workbook: cjoip reads .xlsx "
        + "workbooks, and plan documents in JSON or YAML",
    "csv|Number,Description\\n1,Train staff\\n|the file is a text file (CSV, or a plan "
        + "document in JSON or YAML?), not a workbook: save a CSV file from Excel or "
        + "LibreOffice as Excel Workbook (.xlsx); a plan document is read when its name ends "
        + ".json, .yaml or .yml",
    "html|<html><table></table></html>|the file is an XML or HTML file, not an .xlsx "
        + "workbook (an Excel 2003 XML spreadsheet, or a web page saved as .xls?): open it in "
        + "Excel and choose File > Save As > Excel Workbook (*.xlsx), or in LibreOffice File > "
        + "Save As > Excel 2007-365 (.xlsx), and import that copy",
  })
  void read_aFileThatIsNotAZip_isNamedAsWhatItSeemsToBe(String name, String content,
      String message) throws Exception {
    Path file = dir.resolve(name + ".xlsx");
    Files.writeString(file, content == null ? "" : content.replace("\\n", "\n"));

    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(file, "plan.xlsx"));

    assertThat(e.problems()).extracting(Problem::describe)
        .containsExactly("plan.xlsx: (document): " + message);
  }

  @Test
  void read_oldBinaryWorkbook_isRefusedSayingHowToSave() throws Exception {
    Path file = dir.resolve("plan.xls");
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Files.write(file, ole2);

    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(file));

    assertThat(e.problems()).extracting(Problem::message).containsExactly("the file is an old "
        + "binary Excel workbook (.xls), or a workbook protected by a password, not an .xlsx "
        + "workbook: remove any password, then open it in Excel and choose File > Save As > "
        + "Excel Workbook (*.xlsx), or in LibreOffice File > Save As > Excel 2007-365 (.xlsx), "
        + "and import that copy");
  }

  @Test
  void read_partExpandingPastTheRatio_isRefusedAtTheCellBeingRead() throws Exception {
    StringBuilder rows = new StringBuilder(row(1, inline("A1", "Field"), inline("B1", "Value")));
    rows.append("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
        .append(" ".repeat(4 * 1024 * 1024)).append("</t></is></c></row>");
    Path file = dir.resolve("bomb.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      new RawWorkbook().sheet("Plan", rows.toString()).write(out, Deflater.BEST_COMPRESSION);
    }

    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(file, "bomb.xlsx"));

    assertThat(e.problems()).extracting(Problem::describe).containsExactly("bomb.xlsx: "
        + "Plan!A2: (document): the workbook's part xl/worksheets/sheet1.xml expands more than "
        + "200 times its compressed size: a zip bomb?");
  }

  @Test
  void read_limitsOfSizeEntriesRowsAndCells() throws Exception {
    RawWorkbook workbook = new RawWorkbook().sheet("Plan", planRows());
    PlanReader plans = PlanReader.standard();

    assertThat(refused(workbook, WorkbookReader.of(plans,
        WorkbookLimits.builder().maxRows(4).build())))
        .containsExactly("plan.xlsx: Plan!A5: (document): the workbook has more rows than the "
            + "limit of 4");
    assertThat(refused(workbook, WorkbookReader.of(plans,
        WorkbookLimits.builder().maxCells(7).build())))
        .containsExactly("plan.xlsx: Plan!B4: (document): the workbook has more cells than the "
            + "limit of 7");
    assertThat(refused(workbook, WorkbookReader.of(plans,
        WorkbookLimits.builder().maxEntries(5).build())))
        .containsExactly("plan.xlsx: (document): the workbook's zip has 7 entries, more than "
            + "the limit of 5");
    assertThat(refused(workbook, WorkbookReader.of(plans,
        WorkbookLimits.builder().maxExpandedBytes(1000).build())))
        .containsExactly("plan.xlsx: (document): the workbook expands past the limit of 1000 "
            + "bytes (in its part xl/_rels/workbook.xml.rels): a zip bomb?");
    assertThat(refused(workbook, WorkbookReader.of(plans,
        WorkbookLimits.builder().maxFileBytes(100).build())))
        .containsExactly("plan.xlsx: (document): the workbook is larger than the limit of 100 "
            + "bytes");
  }

  @Test
  void read_zipOfAnotherKind_isNamed() throws Exception {
    Path file = dir.resolve("odt.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
    }

    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(file, "plan.xlsx"));

    assertThat(e.problems()).extracting(Problem::message).containsExactly("the file is an "
        + "OpenDocument file (.ods), not an .xlsx workbook: in LibreOffice choose File > Save As "
        + "> Excel 2007-365 (.xlsx), and import that copy");
  }

  @Test
  void read_stream_isTheSameAsTheFile() throws Exception {
    Path file = dir.resolve("plan.xlsx");
    new RawWorkbook().sheet("Plan", planRows()).write(file);

    PlanDocument fromStream;
    try (var in = Files.newInputStream(file)) {
      fromStream = WorkbookReader.standard().read(in, "plan.xlsx");
    }

    assertThat(fromStream.plan()).isEqualTo(WorkbookReader.standard().read(file).plan());
    assertThat(fromStream.source()).isEqualTo("plan.xlsx");
  }

  @Test
  void read_missingFileAndDirectory_areLocatedProblems() {
    DocumentException missing = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(dir.resolve("none.xlsx"), "none.xlsx"));
    DocumentException directory = catchThrowableOfType(DocumentException.class,
        () -> WorkbookReader.standard().read(dir, "dir.xlsx"));

    assertThat(missing.problems()).extracting(Problem::describe)
        .containsExactly("none.xlsx: (document): no such file");
    assertThat(directory.problems()).extracting(Problem::describe)
        .containsExactly("dir.xlsx: (document): is a directory, not a workbook");
  }

  static void writeBytes(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  @Test
  void read_sharedStringIndexTheWorkbookLacks_isLocatedAtItsSheetAndCell() throws Exception {
    List<String> problems = refused(new RawWorkbook().shared("only one")
        .sheet("Plan", planRows() + row(6, inline("A6", "Outcomes assessment"),
            shared("B6", 999))));

    assertThat(problems).containsExactly("plan.xlsx: Plan!B6: (document): the cell refers to"
        + " shared string 999, which the workbook does not have");
  }

  @Test
  void read_noPlanSheet_isOneProblemNamingTheSheet() throws Exception {
    List<String> problems = refused(new RawWorkbook()
        .sheet("Priority actions", actionRows()));

    assertThat(problems).containsExactly("plan.xlsx: (document): the workbook has no sheet"
        + " 'Plan', which gives the plan's format version, title, framework and partnership;"
        + " a plan workbook's sheets are " + Layout.sheetNames());
  }

  @Test
  void read_headerlessColumnsPastTheCap_areCountedInOneLastProblem() throws Exception {
    StringBuilder cells = new StringBuilder(number("A2", "1"));
    for (int c = 1; c <= 150; c++) {
      String ref = SheetReader.letters(c) + "2";
      cells.append(inline(ref, "x"));
    }

    List<String> problems = refused(new RawWorkbook().sheet("Plan", planRows())
        .sheet("Priority actions", row(1, inline("A1", "Number")) + row(2, cells.toString())));

    assertThat(problems).hasSize(101);
    assertThat(problems.get(0)).isEqualTo("plan.xlsx: 'Priority actions'!B2: /priorityActions:"
        + " column B holds values but has no header; name it (" + Layout.PRIORITY_ACTIONS.headers()
        + ") or clear it");
    assertThat(problems.get(99)).startsWith("plan.xlsx: 'Priority actions'!CW2: ");
    assertThat(problems.get(100)).isEqualTo("plan.xlsx: (document): and 50 more problems,"
        + " not listed");
  }

  @Test
  void read_dateSerialPastTheRangeOfDates_saysTheRange() throws Exception {
    String deliverables = row(1, inline("A1", "Description"), inline("B1", "Priority action"),
        inline("C1", "Due"))
        + row(2, inline("A2", "Train staff"), number("B2", "1"), number("C2", "9999999", 1));

    List<String> problems = refused(new RawWorkbook().styles("", 0, 14)
        .sheet("Plan", planRows()).sheet("Priority actions", actionRows())
        .sheet("Deliverables", deliverables));

    assertThat(problems).containsExactly("plan.xlsx: Deliverables!C2:"
        + " /priorityActions/0/deliverables/0/due: the cell's date is out of range: write a date"
        + " from 1000-04-01 to 9998-03-31");
  }
}
