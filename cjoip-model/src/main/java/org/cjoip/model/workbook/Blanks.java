package org.cjoip.model.workbook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.document.SourceMap.Position;
import org.cjoip.model.workbook.Layout.Sheet;

/**
 * Where a workbook leaves a required field blank, so that the plan reader's "missing required
 * field" is put at the cell to fill in: the value cell of a Plan field, or the cell of a row
 * in the field's column. A field missing because its column's header is wrong (misspelt,
 * given twice) is not reported row by row: the header's own problem says what to mend.
 */
final class Blanks {

  private static final Pattern MISSING =
      Pattern.compile("missing required field '([^']+)'.*", Pattern.DOTALL);
  private static final Pattern DELIVERABLE =
      Pattern.compile("(/(?:priorityActions|outcomes)/\\d+/deliverables/\\d+)(/.*)?");
  private static final Pattern ACTION = Pattern.compile("(/priorityActions/\\d+)(/.*)?");
  private static final Pattern OUTCOME = Pattern.compile("(/outcomes/\\d+)(/.*)?");
  private static final Pattern INDICATOR = Pattern.compile("(/indicators/\\d+)(/.*)?");
  private static final Pattern ROW = Pattern.compile("[0-9]+$");

  /** A table sheet as its header row laid it out. */
  private record Table(String name, Map<String, Integer> columns) {}

  private final Map<Sheet, Table> tables = new HashMap<>();
  private final Set<Sheet> faulty = new HashSet<>();
  private final Map<String, Position> planFields = new HashMap<>();

  /** A table sheet's header: its name as written, and the column of each field path. */
  void header(Sheet sheet, String name, Map<String, Integer> columns) {
    tables.put(sheet, new Table(name, Map.copyOf(columns)));
  }

  /** A sheet's header (or, for the Plan sheet, a field's name) has a problem of its own. */
  void faulty(Sheet sheet) {
    faulty.add(sheet);
  }

  /** Where the Plan sheet gives a field's value (its path from the document's root). */
  void planField(String path, Position value) {
    planFields.put(path, value);
  }

  /**
   * A problem of the plan reader as the workbook reports it: a missing required field put at
   * the cell to fill in; empty when the field is missing only because of a header's problem,
   * already reported. Any other problem as it is.
   */
  Optional<Problem> place(Problem p, SourceMap map) {
    Matcher missing = MISSING.matcher(p.message());
    if (!missing.matches()) {
      return Optional.of(p);
    }
    String path = p.pointer() + "/" + missing.group(1);
    Sheet sheet;
    Matcher row;
    if ((row = DELIVERABLE.matcher(path)).matches()) {
      sheet = Layout.DELIVERABLES;
    } else if ((row = ACTION.matcher(path)).matches()) {
      sheet = Layout.PRIORITY_ACTIONS;
    } else if ((row = OUTCOME.matcher(path)).matches()) {
      sheet = Layout.OUTCOMES;
    } else if ((row = INDICATOR.matcher(path)).matches()) {
      sheet = Layout.INDICATORS;
    } else {
      return plan(p, path.substring(1));
    }
    String field = row.group(2) == null ? "" : row.group(2).substring(1);
    Table table = tables.get(sheet);
    if (table == null) {
      return Optional.of(p);
    }
    Integer column = table.columns().get(field);
    if (column == null) {
      // Missing because no header names its column: if a header had a problem, that one.
      boolean hidden = faulty.contains(sheet)
          && sheet.columns().stream().anyMatch(c -> c.path().equals(field));
      return hidden ? Optional.empty() : Optional.of(p);
    }
    Optional<String> rowCell = map.position(row.group(1)).map(Position::cell);
    Matcher number = rowCell.isPresent() ? ROW.matcher(rowCell.get()) : null;
    if (number == null || !number.find()) {
      return Optional.of(p);
    }
    return Optional.of(at(p, Position.cell(table.name(), SheetReader.letters(column)
        + number.group())));
  }

  /** A field of the Plan sheet: at its value cell, or a group's (partnership) first field. */
  private Optional<Problem> plan(Problem p, String path) {
    Position value = planFields.get(path);
    if (value == null) {
      for (Layout.Column c : Layout.PLAN.columns()) {
        if (c.path().startsWith(path + "/") && planFields.containsKey(c.path())) {
          value = planFields.get(c.path());
          break;
        }
      }
    }
    if (value == null) {
      return faulty.contains(Layout.PLAN) ? Optional.empty() : Optional.of(p);
    }
    return Optional.of(at(p, value));
  }

  private static Problem at(Problem p, Position cell) {
    return Problem.builder().from(p).cell(cell.cell()).build();
  }
}
