package org.cjoip.examples.workbook;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cjoip.examples.Examples;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;

/**
 * Made the committed workbook {@code perth-and-kinross.xlsx} once, with POI's ordinary
 * spreadsheet model rather than cjoip's writer, laid out as an officer would type the plan
 * into Excel: the sheets in another order, headers in their own case and spacing, columns in
 * another order, a blank row between priority actions, MoSCoW written "Must have", statutory
 * partners in words separated by semicolons, one priority action's ids typed as numbers,
 * dates as date cells, a timescale Excel took for a date, the period typed day first. Kept to
 * show how it was made; {@code HandMadeWorkbookTest} holds it to the YAML.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.cjoip.examples.workbook.HandMadeWorkbook OUT}.
 */
public final class HandMadeWorkbook {

  private HandMadeWorkbook() {}

  public static void main(String[] args) throws Exception {
    Plan plan = Examples.read("perth-and-kinross").plan();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
      CellStyle longDate = wb.createCellStyle();
      longDate.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);

      Sheet deliverables = wb.createSheet("Deliverables");
      Sheet actions = wb.createSheet("Priority Actions");
      Sheet head = wb.createSheet(" plan ");
      Sheet notes = wb.createSheet("Read Me");
      notes.createRow(0).createCell(0).setCellValue("Typed in from the published plan.");

      header(head, "FIELD", "value");
      int r = 1;
      r = field(head, r, "Format Version", 1);
      r = field(head, r, "Title", plan.title());
      r = field(head, r, "Framework", plan.framework());
      head.createRow(r++).createCell(0).setCellValue("Period start");
      head.getRow(r - 1).createCell(1).setCellValue(
          plan.period().orElseThrow().start().format(
              java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      r = dateField(head, r, "Period end", plan.period().orElseThrow().end(), date);
      r = dateField(head, r, "Approved", plan.approved().orElseThrow(), date);
      r = field(head, r, "Partnership", plan.partnership().name());
      r = field(head, r, "Local Authorities",
          String.join("; ", plan.partnership().localAuthorities()));
      r = field(head, r, "Statutory partners", String.join("; ",
          plan.partnership().statutoryPartners().stream().map(p -> p.label()
              .replace(" (Scottish Prison Service, COPFS)", "")).toList()));
      r = field(head, r, "Other members", String.join("\n", plan.partnership().otherMembers()));
      head.createRow(r++);
      var statement = plan.participationStatement().orElseThrow();
      r = field(head, r, "Participation summary", statement.summary().orElseThrow());
      r = field(head, r, "Participation activities", String.join("\n", statement.activities()));
      var reporting = plan.reporting().orElseThrow();
      r = field(head, r, "Annual report", reporting.annualReport().orElseThrow());
      field(head, r, "Review cycle", reporting.reviewCycle().orElseThrow());

      header(actions, "National Outcome", "Number", "National indicators", "Local indicators");
      r = 1;
      for (PriorityActionResponse pa : plan.priorityActions()) {
        Row row = actions.createRow(r++);
        pa.nationalOutcome().ifPresent(o -> row.createCell(0).setCellValue(o));
        row.createCell(1).setCellValue(pa.number());
        text(row, 2, String.join("\n", pa.nationalIndicators()), wrap);
        text(row, 3, String.join("\n", pa.localIndicators()), wrap);
      }

      header(deliverables, "Id", "Priority Action", "Description", "Priority", "Owners",
          "Impact measures", "Timescale");
      r = 1;
      for (PriorityActionResponse pa : plan.priorityActions()) {
        for (Deliverable d : pa.deliverables()) {
          Row row = deliverables.createRow(r++);
          // The ids of one priority action typed before the column was formatted as Text.
          id(row.createCell(0), d.id().orElseThrow(), pa.number() == 2);
          row.createCell(1).setCellValue(pa.number());
          row.createCell(2).setCellValue(d.description());
          d.priority().ifPresent(p -> row.createCell(3).setCellValue(switch (p) {
            case MUST -> "Must have";
            case SHOULD -> "S";
            case COULD -> "Could have";
            case WONT -> "Won't";
          }));
          List<String> owners = d.owners();
          text(row, 4, owners.stream().anyMatch(o -> o.contains(";")) ? String.join("\n", owners)
              : String.join("; ", owners), wrap);
          text(row, 5, String.join("\n", d.impactMeasures()), wrap);
          d.timescale().ifPresent(t -> timescale(row.createCell(6), t, longDate));
        }
        r++; // a blank row between priority actions
      }
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        wb.write(out);
      }
    }
  }

  private static void header(Sheet sheet, String... names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  private static int field(Sheet sheet, int r, String name, Object value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(name);
    if (value instanceof Integer n) {
      row.createCell(1).setCellValue(n);
    } else {
      row.createCell(1).setCellValue((String) value);
    }
    return r + 1;
  }

  private static int dateField(Sheet sheet, int r, String name, LocalDate day, CellStyle date) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(name);
    Cell cell = row.createCell(1);
    cell.setCellValue(day);
    cell.setCellStyle(date);
    return r + 1;
  }

  private static void text(Row row, int column, String value, CellStyle wrap) {
    if (!value.isEmpty()) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(wrap);
    }
  }

  /** An id as Excel keeps what is typed in a General cell: a number, when it shows the same. */
  private static void id(Cell cell, String id, boolean general) {
    try {
      if (!general) {
        throw new NumberFormatException("typed in a Text cell");
      }
      BigDecimal n = new BigDecimal(id);
      if (n.stripTrailingZeros().toPlainString().equals(id)) {
        cell.setCellValue(n.doubleValue());
        return;
      }
    } catch (NumberFormatException e) {
      // text, as typed
    }
    cell.setCellValue(id);
  }

  /** A timescale as Excel keeps it: "31 March 2025" becomes a date, the rest stays text. */
  private static void timescale(Cell cell, String text, CellStyle longDate) {
    try {
      LocalDate day = LocalDate.parse(text, java.time.format.DateTimeFormatter
          .ofPattern("d MMMM yyyy", java.util.Locale.UK));
      cell.setCellValue(day);
      cell.setCellStyle(longDate);
    } catch (DateTimeParseException e) {
      cell.setCellValue(text);
    }
  }
}
