package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Target;
import org.cjoip.model.workbook.Layout.Column;
import org.cjoip.model.workbook.Layout.Kind;
import org.cjoip.model.workbook.Layout.Sheet;

/**
 * Writes plans as plan workbooks, laid out as the workbook format says: a {@code Read me}
 * sheet, the Plan sheet of fields, and a table sheet each for priority actions, deliverables,
 * outcomes and indicators, with one item a line in list cells, ids as text cells, dates as
 * date cells, frozen header rows, readable column widths, and drop-down lists for every
 * closed set. Reading what was written gives back an equal plan.
 *
 * <p>A plan holding what no cell can carry back unchanged (a blank text, a list item with a
 * line break, results that are not one per year in year order, a deliverable of an outcome
 * without an id …) is refused, each such value named by its JSON Pointer, rather than written
 * with something lost. Rows are streamed out, so a plan of 100,000 deliverables is written in
 * little memory. Thread-safe: nothing is shared between calls.
 */
public final class WorkbookWriter {

  /** The longest text a cell holds. */
  static final int MAX_CELL_TEXT = 32_767;

  /** Rows below the last one that still get the drop-down lists, for the officer to fill. */
  private static final int SPARE_ROWS = 500;

  private static final String NO_OUTCOME = "No nationally determined outcome";

  private WorkbookWriter() {}

  /**
   * Writes a plan.
   *
   * @throws DocumentException when the plan holds values no cell can carry back unchanged,
   *     each a problem at its JSON Pointer; nothing is written then
   */
  public static void write(Plan plan, OutputStream out) throws DocumentException {
    new Writing(plan, Optional.empty()).write(out);
  }

  /**
   * Writes a plan as read from a document: problems that stop it are located in the document
   * too (its line and column).
   */
  public static void write(PlanDocument document, OutputStream out) throws DocumentException {
    new Writing(document.plan(), Optional.of(document)).write(out);
  }

  /**
   * The plan the template of an edition holds: the 13 priority actions with the edition's
   * national outcomes and national indicators (as the workbook format asks), a bracketed
   * placeholder title and partnership (which the reader warns of), and nothing else. It
   * imports as a valid plan; until the officer adds indicators and deliverables, assessing it
   * reports what each action still lacks.
   */
  public static Plan templatePlan(Edition edition) {
    Plan.Builder plan = Plan.builder()
        .title(Layout.TEMPLATE_TITLE)
        .framework(edition.id())
        .partnership(Partnership.builder().name(Layout.TEMPLATE_PARTNERSHIP).build());
    for (int n = PriorityActionResponse.FIRST; n <= PriorityActionResponse.LAST; n++) {
      PriorityActionResponse.Builder pa = PriorityActionResponse.builder().number(n);
      Optional<NationalOutcome> outcome = edition.outcomeFor(n);
      pa.nationalOutcome(outcome.map(NationalOutcome::text).orElse(NO_OUTCOME));
      outcome.flatMap(NationalOutcome::indicator)
          .ifPresent(i -> pa.addNationalIndicators(i.text()));
      plan.addPriorityActions(pa.build());
    }
    return plan.build();
  }

  /** Writes the empty template of an edition, ready to fill in. */
  public static void writeTemplate(Edition edition, OutputStream out) {
    try {
      new Writing(templatePlan(edition), Optional.empty()).write(out);
    } catch (DocumentException e) {
      throw new IllegalStateException("the template of " + edition.id() + " cannot be written: "
          + e.getMessage(), e);
    }
  }

  /** One plan being written. */
  private static final class Writing {
    private final Plan plan;
    private final Optional<PlanDocument> document;
    private final List<Problem> problems = new ArrayList<>();
    private final Words words = Words.standard();
    private SXSSFWorkbook wb;
    private CellStyle header;
    private CellStyle text;
    private CellStyle id;
    private CellStyle date;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    Writing(Plan plan, Optional<PlanDocument> document) {
      this.plan = plan;
      this.document = document;
    }

    void write(OutputStream out) throws DocumentException {
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false)) {
        wb = workbook;
        styles();
        readMe();
        planSheet();
        priorityActions();
        deliverables();
        outcomes();
        indicators();
        if (!problems.isEmpty()) {
          throw new DocumentException(problems);
        }
        wb.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void styles() {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      text = wb.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      id = wb.createCellStyle();
      id.cloneStyleFrom(text);
      id.setDataFormat(wb.createDataFormat().getFormat("@"));
      date = wb.createCellStyle();
      date.cloneStyleFrom(text);
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private CellStyle decimal(int scale) {
      return decimals.computeIfAbsent(scale, s -> {
        CellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(text);
        style.setDataFormat(wb.createDataFormat()
            .getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
        return style;
      });
    }

    // ---- sheets

    private void readMe() {
      SXSSFSheet sheet = wb.createSheet(Layout.README);
      sheet.setColumnWidth(0, 110 * 256);
      String[] lines = {
        "Plan workbook, version 1: a Community Justice Outcome Improvement Plan, laid out to "
            + "fill in.",
        "",
        "Plan: one row per field of the plan. Title, Framework and Partnership are needed: "
            + "replace the template's bracketed title and partnership with the plan's own.",
        "Priority actions: one row per priority action of the National Strategy (1 to 13), "
            + "with the framework edition's national outcome and indicators filled in: keep "
            + "them, or give the outcome as the plan states it; set Prioritised to No, with the "
            + "reason in Assessment, for an action the partnership sets aside.",
        "Deliverables: one row per deliverable. Give the priority action's number, or the id "
            + "of an outcome in the Outcomes sheet, not both.",
        "Outcomes: outcomes the plan states outside a priority action's section.",
        "Indicators: figures. Add a column headed 'Result 2024/25' for each reporting year.",
        "",
        "Lists (owners, indicators, local authorities …): one item a line (Alt+Enter in "
            + "Excel, Ctrl+Enter in LibreOffice). In Owners, Local authorities, Statutory "
            + "partners and Other members, a one-line cell may separate items with semicolons.",
        "Dates: a date cell, 2025-03-31, or 31/03/2025 (day first).",
        "Ids such as 1.10 are text: the Id columns are formatted as Text, so type them as "
            + "the plan numbers them.",
        "Priority: MUST, SHOULD, COULD or WONT (or M, S, C, W, or Must have …). Status: "
            + "NOT_STARTED, IN_PROGRESS, COMPLETE or DROPPED. Yes/No columns: Yes, No or "
            + "blank.",
        "Statutory partners: the partners' names, such as Police Scotland or Health board, "
            + "one a line.",
        "Blank rows are skipped, columns may be put in any order, and this sheet is not read.",
        "",
        "Check it: cjoip check plan.xlsx    Assess it: cjoip assess plan.xlsx    Turn it into "
            + "a plan document: cjoip import plan.xlsx --output plan.yaml",
      };
      for (int i = 0; i < lines.length; i++) {
        SXSSFCell cell = sheet.createRow(i).createCell(0);
        cell.setCellValue(Strings.encode(lines[i]));
        cell.setCellStyle(i == 0 ? header : text);
      }
    }

    private void planSheet() {
      SXSSFSheet sheet = wb.createSheet(Layout.PLAN.name());
      sheet.setColumnWidth(0, 26 * 256);
      sheet.setColumnWidth(1, 90 * 256);
      sheet.createFreezePane(0, 1);
      SXSSFRow head = sheet.createRow(0);
      headerCell(head, 0, Layout.FIELD);
      headerCell(head, 1, Layout.VALUE);
      Map<String, Object> values = new HashMap<>();
      values.put("formatVersion", BigDecimal.valueOf(Plan.FORMAT_VERSION));
      values.put("title", plan.title());
      values.put("framework", plan.framework());
      plan.period().ifPresent(p -> {
        values.put("period/start", p.start());
        values.put("period/end", p.end());
      });
      plan.approved().ifPresent(d -> values.put("approved", d));
      Partnership p = plan.partnership();
      values.put("partnership/name", p.name());
      values.put("partnership/localAuthorities", p.localAuthorities());
      values.put("partnership/statutoryPartners", p.statutoryPartners().stream()
          .map(s -> words.statutoryPartners().preferred(s.name())).toList());
      values.put("partnership/otherMembers", p.otherMembers());
      plan.participationStatement().ifPresent(s -> {
        if (s.summary().isEmpty() && s.activities().isEmpty()) {
          refuse("/participationStatement", "a participation statement with neither a summary "
              + "nor activities cannot be written to a workbook, where it would read as none");
        }
        s.summary().ifPresent(v -> values.put("participationStatement/summary", v));
        values.put("participationStatement/activities", s.activities());
      });
      plan.reporting().ifPresent(r -> {
        if (r.annualReport().isEmpty() && r.reviewCycle().isEmpty()) {
          refuse("/reporting", "reporting with neither an annual report nor a review cycle "
              + "cannot be written to a workbook, where it would read as none");
        }
        r.annualReport().ifPresent(v -> values.put("reporting/annualReport", v));
        r.reviewCycle().ifPresent(v -> values.put("reporting/reviewCycle", v));
      });
      plan.outcomesAssessment().ifPresent(v -> values.put("outcomesAssessment", v));
      int r = 1;
      DataValidationHelper dv = sheet.getDataValidationHelper();
      for (Column column : Layout.PLAN.columns()) {
        SXSSFRow row = sheet.createRow(r);
        SXSSFCell name = row.createCell(0);
        name.setCellValue(column.header());
        name.setCellStyle(header);
        value(row, 1, "/" + column.path(), column, values.get(column.path()));
        if (column.path().equals("framework")) {
          list(sheet, dv, Frameworks.bundled().ids(), r, r, 1, DataValidation.ErrorStyle.WARNING);
        } else if (column.kind() == Kind.WORDS_SEMICOLON) {
          // Several partners go in one cell: the list offers the words, and lets a cell hold
          // more than one of them, a line each.
          list(sheet, dv, preferred(words.statutoryPartners()), r, r, 1,
              DataValidation.ErrorStyle.INFO);
        }
        r++;
      }
    }

    private void priorityActions() {
      SXSSFSheet sheet = table(Layout.PRIORITY_ACTIONS);
      int r = 1;
      for (int i = 0; i < plan.priorityActions().size(); i++) {
        PriorityActionResponse pa = plan.priorityActions().get(i);
        String at = "/priorityActions/" + i;
        SXSSFRow row = sheet.createRow(r++);
        Object[] values = {BigDecimal.valueOf(pa.number()), pa.assessment().orElse(null),
            pa.prioritised().orElse(null), pa.nationalOutcome().orElse(null),
            pa.nationalIndicators(), pa.localIndicators()};
        cells(row, Layout.PRIORITY_ACTIONS, at, values);
      }
      validations(sheet, Layout.PRIORITY_ACTIONS, r);
    }

    private void deliverables() {
      SXSSFSheet sheet = table(Layout.DELIVERABLES);
      int r = 1;
      for (int i = 0; i < plan.priorityActions().size(); i++) {
        PriorityActionResponse pa = plan.priorityActions().get(i);
        for (int j = 0; j < pa.deliverables().size(); j++) {
          r = deliverable(sheet, r, BigDecimal.valueOf(pa.number()), null,
              "/priorityActions/" + i + "/deliverables/" + j, pa.deliverables().get(j));
        }
      }
      Map<String, Integer> ids = new HashMap<>();
      for (StatedOutcome o : plan.outcomes()) {
        o.id().ifPresent(v -> ids.merge(v.strip(), 1, Integer::sum));
      }
      for (int i = 0; i < plan.outcomes().size(); i++) {
        StatedOutcome o = plan.outcomes().get(i);
        if (o.deliverables().isEmpty()) {
          continue;
        }
        String at = "/outcomes/" + i;
        if (o.id().isEmpty() || o.id().get().isBlank()) {
          refuse(at + "/deliverables", "an outcome's deliverables name it by its id in a "
              + "workbook, and this outcome has none");
          continue;
        }
        if (ids.get(o.id().get().strip()) > 1) {
          refuse(at + "/id", "an outcome's deliverables name it by its id in a workbook, and "
              + "another outcome has the id '" + o.id().get() + "' too");
          continue;
        }
        for (int j = 0; j < o.deliverables().size(); j++) {
          r = deliverable(sheet, r, null, o.id().get(), at + "/deliverables/" + j,
              o.deliverables().get(j));
        }
      }
      validations(sheet, Layout.DELIVERABLES, r);
    }

    private int deliverable(SXSSFSheet sheet, int r, BigDecimal action, String outcome,
        String at, Deliverable d) {
      SXSSFRow row = sheet.createRow(r);
      Object[] values = {action, outcome, d.id().orElse(null), d.description(),
          d.priority().map(Enum::name).orElse(null), d.owners(), d.impactMeasures(),
          d.timescale().orElse(null), d.due().orElse(null),
          d.status().map(Enum::name).orElse(null), d.completed().orElse(null)};
      cells(row, Layout.DELIVERABLES, at, values);
      return r + 1;
    }

    private void outcomes() {
      SXSSFSheet sheet = table(Layout.OUTCOMES);
      int r = 1;
      for (int i = 0; i < plan.outcomes().size(); i++) {
        StatedOutcome o = plan.outcomes().get(i);
        SXSSFRow row = sheet.createRow(r++);
        Object[] values = {o.id().orElse(null), o.text(), o.national().orElse(null),
            o.aim().map(BigDecimal::valueOf).orElse(null),
            o.area().orElse(null), o.priorityActions().stream().map(String::valueOf).toList(),
            o.indicators()};
        cells(row, Layout.OUTCOMES, "/outcomes/" + i, values);
      }
      validations(sheet, Layout.OUTCOMES, r);
    }

    private void indicators() {
      TreeSet<org.cjoip.model.time.FinancialYear> years = new TreeSet<>();
      plan.indicators().forEach(i -> i.results().forEach(f -> f.period().ifPresent(years::add)));
      List<org.cjoip.model.time.FinancialYear> columns = List.copyOf(years);
      SXSSFSheet sheet = table(Layout.INDICATORS);
      int fixed = Layout.INDICATORS.columns().size();
      SXSSFRow head = sheet.getRow(0);
      for (int k = 0; k < columns.size(); k++) {
        headerCell(head, fixed + k, Layout.RESULT + " " + columns.get(k));
        sheet.setColumnWidth(fixed + k, 14 * 256);
      }
      int r = 1;
      for (int i = 0; i < plan.indicators().size(); i++) {
        Indicator ind = plan.indicators().get(i);
        String at = "/indicators/" + i;
        SXSSFRow row = sheet.createRow(r++);
        Figure base = ind.baseline().orElse(null);
        Target target = ind.target().orElse(null);
        if (base != null && base.period().isEmpty() && base.value().isEmpty()
            && base.text().isEmpty()) {
          refuse(at + "/baseline", "an empty baseline cannot be written to a workbook, where "
              + "it would read as none");
        }
        if (target != null && !target.isStated() && target.period().isEmpty()
            && target.text().isEmpty()) {
          refuse(at + "/target", "an empty target cannot be written to a workbook, where it "
              + "would read as none");
        }
        Object[] values = {ind.name(), ind.priorityAction().map(BigDecimal::valueOf)
            .orElse(null), ind.national().orElse(null), ind.unit().map(Enum::name).orElse(null),
            base == null ? null : base.period().map(Object::toString).orElse(null),
            base == null ? null : base.value().orElse(null),
            base == null ? null : base.text().orElse(null),
            target == null ? null : target.direction().map(Enum::name).orElse(null),
            target == null ? null : target.value().orElse(null),
            target == null ? null : target.period().map(Object::toString).orElse(null),
            target == null ? null : target.text().orElse(null)};
        cells(row, Layout.INDICATORS, at, values);
        results(row, fixed, columns, ind, at);
      }
      validations(sheet, Layout.INDICATORS, r);
    }

    private void results(SXSSFRow row, int fixed,
        List<org.cjoip.model.time.FinancialYear> columns, Indicator ind, String at) {
      org.cjoip.model.time.FinancialYear last = null;
      for (int k = 0; k < ind.results().size(); k++) {
        Figure f = ind.results().get(k);
        String item = at + "/results/" + k;
        if (f.period().isEmpty()) {
          refuse(item + "/period", "a result is written in its reporting year's column, and "
              + "this one has no period");
          continue;
        }
        if (last != null && f.period().get().compareTo(last) <= 0) {
          refuse(item + "/period", "results are written one column per reporting year, in "
              + "year order, and " + f.period().get() + " comes after " + last);
          continue;
        }
        last = f.period().get();
        int column = fixed + columns.indexOf(f.period().get());
        if (f.value().isPresent() == f.text().isPresent()) {
          refuse(item, "a result cell holds a figure or its words, and this result has "
              + (f.value().isPresent() ? "both" : "neither"));
          continue;
        }
        if (f.value().isPresent()) {
          number(row, column, f.value().get());
        } else if (Cells.numeral(f.text().get()) != null) {
          refuse(item + "/text", "a result written as '" + f.text().get() + "' reads back as "
              + "a figure: give it as value instead");
        } else {
          textCell(row, column, item + "/text", f.text().get(), text);
        }
      }
    }

    // ---- cells

    private SXSSFSheet table(Sheet layout) {
      SXSSFSheet sheet = wb.createSheet(layout.name());
      sheet.createFreezePane(0, 1);
      SXSSFRow head = sheet.createRow(0);
      for (int c = 0; c < layout.columns().size(); c++) {
        Column column = layout.columns().get(c);
        headerCell(head, c, column.header());
        sheet.setColumnWidth(c, column.width() * 256);
        if (column.kind() == Kind.ID || column.kind() == Kind.OUTCOME_LINK) {
          sheet.setDefaultColumnStyle(c, id);
        }
      }
      return sheet;
    }

    private void headerCell(SXSSFRow row, int column, String value) {
      SXSSFCell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(header);
    }

    private void cells(SXSSFRow row, Sheet layout, String at, Object[] values) {
      for (int c = 0; c < values.length; c++) {
        Column column = layout.columns().get(c);
        value(row, c, column.path().isEmpty() ? at : at + "/" + column.path(), column,
            values[c]);
      }
    }

    @SuppressWarnings("unchecked")
    private void value(SXSSFRow row, int c, String pointer, Column column, Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof List<?> list) {
        listCell(row, c, pointer, column, (List<String>) list);
      } else if (value instanceof BigDecimal number) {
        number(row, c, number);
      } else if (value instanceof LocalDate day) {
        dateCell(row, c, day);
      } else if (value instanceof Boolean yes) {
        textCell(row, c, pointer, words.yesNo().preferred(yes.toString()), text);
      } else {
        textCell(row, c, pointer, (String) value,
            column.kind() == Kind.ID || column.kind() == Kind.OUTCOME_LINK ? id : text);
      }
    }

    private void textCell(SXSSFRow row, int c, String pointer, String value, CellStyle style) {
      if (value.isBlank()) {
        refuse(pointer, "a blank text cannot be written to a workbook, where a blank cell "
            + "is no value");
        return;
      }
      if (value.length() > MAX_CELL_TEXT) {
        refuse(pointer, "a text of " + value.length() + " characters is longer than a cell "
            + "holds (" + MAX_CELL_TEXT + ")");
        return;
      }
      SXSSFCell cell = row.createCell(c);
      cell.setCellValue(Strings.encode(value));
      cell.setCellStyle(style);
    }

    private void listCell(SXSSFRow row, int c, String pointer, Column column,
        List<String> items) {
      if (items.isEmpty()) {
        return;
      }
      boolean ok = true;
      for (int k = 0; k < items.size(); k++) {
        String item = items.get(k);
        String why = item.isBlank() ? "a blank list item"
            : item.indexOf('\n') >= 0 ? "a list item holding a line break"
            : item.endsWith("\r") ? "a list item ending in a carriage return" : null;
        if (why != null) {
          refuse(pointer + "/" + k, why + " cannot be written to a workbook, where a list "
              + "holds one item a line");
          ok = false;
        }
      }
      if (!ok) {
        return;
      }
      String joined = String.join("\n", items);
      if (items.size() == 1 && column.splitsAtSemicolons()) {
        String only = items.get(0);
        if (only.indexOf(';') >= 0 || !only.equals(only.strip())) {
          // A cell with a line break is split at line breaks only: this keeps the item whole.
          joined = only + "\n";
        }
      }
      textCell(row, c, pointer, joined, text);
    }

    private void number(SXSSFRow row, int c, BigDecimal value) {
      SXSSFCell cell = row.createCell(c);
      if (value.scale() >= 0 && value.scale() <= 15 && value.precision() <= 15
          && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(decimal(value.scale()));
      } else {
        // More digits than a spreadsheet's number keeps: the number as text, read back whole.
        cell.setCellValue(value.toString());
        cell.setCellStyle(text);
      }
    }

    private void dateCell(SXSSFRow row, int c, LocalDate day) {
      SXSSFCell cell = row.createCell(c);
      if (day.getYear() >= 1900 && day.getYear() <= 9999) {
        cell.setCellValue(DateUtil.getExcelDate(day));
        cell.setCellStyle(date);
      } else {
        // Before 1900 a spreadsheet has no date cell: ISO text reads back the same.
        cell.setCellValue(day.toString());
        cell.setCellStyle(text);
      }
    }

    // ---- drop-down lists

    private void validations(SXSSFSheet sheet, Sheet layout, int rows) {
      DataValidationHelper dv = sheet.getDataValidationHelper();
      int last = rows - 1 + SPARE_ROWS;
      for (int c = 0; c < layout.columns().size(); c++) {
        Column column = layout.columns().get(c);
        if (column.words().isEmpty()) {
          continue;
        }
        list(sheet, dv, preferred(words.set(column.words().get())), 1, last, c,
            DataValidation.ErrorStyle.WARNING);
      }
    }

    private static List<String> preferred(Words.Set set) {
      return set.values().stream().map(set::preferred).toList();
    }

    private static void list(SXSSFSheet sheet, DataValidationHelper dv, List<String> values,
        int firstRow, int lastRow, int column, int errorStyle) {
      DataValidationConstraint constraint =
          dv.createExplicitListConstraint(values.toArray(String[]::new));
      DataValidation validation = dv.createValidation(constraint,
          new CellRangeAddressList(firstRow, lastRow, column, column));
      validation.setErrorStyle(errorStyle);
      validation.setShowErrorBox(true);
      validation.setSuppressDropDownArrow(true);
      validation.createErrorBox("Not in the list", "Choose from the list: "
          + String.join(", ", values) + ".");
      sheet.addValidationData(validation);
    }

    // ---- problems

    private void refuse(String pointer, String message) {
      Problem.Builder p = Problem.builder().severity(Problem.Severity.ERROR).pointer(pointer)
          .message(message);
      document.ifPresent(d -> {
        p.source(d.source());
        SourceMap map = d.sourceMap();
        map.position(map.deepestExisting(pointer)).ifPresent(at -> {
          p.line(at.line()).column(at.column());
          at.cellReference().ifPresent(p::cell);
        });
      });
      problems.add(p.build());
    }
  }
}
