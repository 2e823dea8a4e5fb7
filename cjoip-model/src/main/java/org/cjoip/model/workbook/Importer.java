package org.cjoip.model.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.document.SourceMap.Position;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.workbook.Layout.Column;
import org.cjoip.model.workbook.Layout.Kind;
import org.cjoip.model.workbook.Layout.Sheet;
import org.cjoip.model.workbook.SheetReader.Cell;

/**
 * One workbook's import: its sheets streamed into the plan document's tree, each node located
 * at its cell, with the problems only a workbook can have (an unknown column, a date no one
 * can read, a deliverable that names no priority action) located the same way. The plan
 * reader then binds the tree. Used once, by one thread.
 */
final class Importer {

  /** What the import gave: the tree, where each node stands, and the problems found. */
  record Result(ObjectNode tree, SourceMap sourceMap, List<Problem> problems,
      Set<String> flagged, List<String> sheets, long cells, long unlisted, Blanks blanks) {}

  private static final Pattern RESULT_HEADER =
      Pattern.compile("(?i)\\s*" + Layout.RESULT + "\\s+(.+?)\\s*");
  private static final int MAX_PROBLEMS = 1_000;

  private final String source;
  private final WorkbookLimits limits;
  private final int maxText;
  private final boolean lenient;
  private final List<String> sheetNames = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> flagged = new HashSet<>();
  // Problems past MAX_PROBLEMS: counted, so that the reader's last line says how many.
  private long unlisted;
  private final Blanks blanks = new Blanks();
  // Whether a row of the Priority actions sheet has no number it can be found by.
  private boolean unnumbered;
  private Cells cells;
  private int sheetIndex;
  private String sheetName;

  Importer(String source, WorkbookLimits limits, int maxText, boolean lenient) {
    this.source = source;
    this.limits = limits;
    this.maxText = maxText;
    this.lenient = lenient;
  }

  /**
   * One row of a table sheet (or the Plan sheet's fields), read into an object of the tree,
   * with the cell of each of its nodes. A plan of 100,000 deliverables has over a million
   * nodes: their cells are packed in numbers, not kept as pointers and texts.
   */
  private static final class Row {
    final ObjectNode node = Cells.NODES.objectNode();
    // Made when the row has a problem: most rows have none.
    List<Object[]> problems = List.of();
    // Where the row's object stands: its first cell that is not blank (0 for none).
    long first;
    SourceMap.Cells places;
    // The places of the objects below the row's own ("baseline", "period" …), by path.
    Map<String, SourceMap.Cells> nested;
    // The Priority action and Outcome cells as displayed (null where there is none), not the
    // cells themselves: a hundred thousand rows are kept until every sheet is read.
    String priorityAction;
    long priorityActionAt;
    String outcome;
    long outcomeAt;
    boolean outcomeIsNumber;

    void problem(Problem.Severity severity, String pointer, Position at, String message) {
      if (problems.isEmpty()) {
        problems = new ArrayList<>();
      }
      problems.add(new Object[] {severity, pointer, at, message});
    }

    SourceMap.Cells places() {
      if (places == null) {
        places = SourceMap.Cells.object(first);
      }
      return places;
    }
  }

  /** A column of a sheet as its header gives it; a result column carries its year. */
  private record Mapped(Column column, String year) {}

  Result run(Path file) throws IOException {
    ObjectNode root = Cells.NODES.objectNode();
    long cellCount;
    SourceMap map;
    try (Container zip = Container.open(file, limits, maxText)) {
      Parts parts = Parts.read(zip);
      SheetReader.Counter counter = new SheetReader.Counter(limits);
      List<String> shared = parts.sharedStrings.isPresent()
          ? Strings.shared(zip, parts.sharedStrings.get(), limits.maxCells(), maxText)
          : List.of();
      Styles styles = parts.styles.isPresent()
          ? Styles.read(zip, parts.styles.get(), limits.maxCells()) : Styles.none();
      cells = new Cells(styles, parts.date1904, Words.standard());
      Map<Sheet, List<Row>> tables = new HashMap<>();
      Row plan = new Row();
      Map<String, String> seenSheets = new HashMap<>();
      for (Parts.SheetPart part : parts.sheets) {
        sheetIndex++;
        sheetName = part.name();
        sheetNames.add(part.name());
        String key = Layout.key(part.name());
        if (key.equals(Layout.key(Layout.README))) {
          continue;
        }
        Optional<Sheet> layout = Layout.sheet(part.name());
        if (layout.isEmpty()) {
          unknown(cell("A1"), "", "unknown sheet '" + part.name() + "'; a plan workbook's "
              + "sheets are " + Layout.sheetNames());
          continue;
        }
        String first = seenSheets.putIfAbsent(key, part.name());
        if (first != null) {
          problem(Problem.Severity.ERROR, layout.get().pointer(), cell("A1"), "the sheet '"
              + part.name() + "' is given twice (also as '" + first + "')");
          continue;
        }
        List<Row> rows = new ArrayList<>();
        Sheet sheet = layout.get();
        Map<String, Cell> fields = new LinkedHashMap<>();
        TableRows reader = new TableRows(sheet, rows, fields);
        SheetReader.read(zip, part.part(), part.name(), shared, counter, maxText, reader);
        if (sheet == Layout.PLAN) {
          plan.first = SourceMap.cell(sheetIndex - 1, 1, 0);
          reader.plan(plan);
        } else {
          tables.put(sheet, rows);
        }
      }
      cellCount = counter.cells();
      if (!seenSheets.containsKey(Layout.key(Layout.PLAN.name()))) {
        // Every field of the document's root is missing: one problem says why, for all.
        sheetName = Layout.PLAN.name();
        problem(Problem.Severity.ERROR, "", null, "the workbook has no sheet '"
            + Layout.PLAN.name() + "', which gives the plan's format version, title, framework"
            + " and partnership; a plan workbook's sheets are " + Layout.sheetNames());
        flagged.add("");
      }
      root.setAll(plan.node);
      emit(plan, "");
      assemble(root, plan.places(), tables);
      map = SourceMap.ofCells(plan.places(), sheetNames);
    }
    return new Result(root, map, List.copyOf(problems), Set.copyOf(flagged),
        List.copyOf(sheetNames), cellCount, unlisted, blanks);
  }

  private Position cell(String ref) {
    return Position.cell(sheetName, ref);
  }

  /** A cell of the sheet being read, packed for the source map. */
  private long place(Cell c) {
    return SourceMap.cell(sheetIndex - 1, c.row(), c.column());
  }

  /** A packed cell as a position, for a problem; null for none. */
  private Position position(long place) {
    return place == 0 ? null : SourceMap.ofCells(SourceMap.Cells.object(place), sheetNames)
        .position("").orElse(null);
  }

  private void problem(Problem.Severity severity, String pointer, Position at, String message) {
    if (problems.size() >= MAX_PROBLEMS) {
      unlisted++;
      return;
    }
    Problem.Builder p = Problem.builder().severity(severity).source(source).pointer(pointer)
        .message(message);
    if (at != null && at.cell() != null) {
      p.cell(at.cell());
    }
    problems.add(p.build());
  }

  /** Something the workbook format does not know: an error, or in lenient mode a warning. */
  private void unknown(Position at, String pointer, String message) {
    problem(lenient ? Problem.Severity.WARNING : Problem.Severity.ERROR, pointer, at, message);
  }

  /** Reads a sheet's header row, then its rows into objects (or the Plan sheet's fields). */
  private final class TableRows implements SheetReader.Rows {
    private final Sheet sheet;
    private final List<Row> rows;
    private final Map<String, Cell> planFields;
    private final Map<Integer, Mapped> columns = new HashMap<>();
    private final Set<Integer> headless = new HashSet<>();
    private final Set<Integer> headed = new HashSet<>();
    private boolean headerSeen;

    TableRows(Sheet sheet, List<Row> rows, Map<String, Cell> planFields) {
      this.sheet = sheet;
      this.rows = rows;
      this.planFields = planFields;
    }

    @Override
    public void row(int number, List<Cell> row) {
      if (!headerSeen) {
        headerSeen = true;
        if (number == 1) {
          header(row);
          return;
        }
      }
      if (row.stream().allMatch(Cell::isBlank)) {
        return;
      }
      if (columns.isEmpty()) {
        problem(Problem.Severity.ERROR, sheet.pointer(), cell("A1"), "the sheet '" + sheetName
            + "' has no header row: row 1 names its columns (" + headers() + ")");
        headerSeen = true;
        columns.put(-1, null);
        return;
      }
      for (Cell c : row) {
        if (!c.isBlank() && !headed.contains(c.column()) && headless.add(c.column())) {
          blanks.faulty(sheet);
          problem(Problem.Severity.ERROR, sheet.pointer(), cell(c.ref()), "column "
              + SheetReader.letters(c.column()) + " holds values but has no header; name it ("
              + headers() + ") or clear it");
        }
      }
      if (sheet == Layout.PLAN) {
        field(row);
      } else {
        rows.add(object(row));
      }
    }

    private String headers() {
      if (sheet == Layout.PLAN) {
        return Layout.FIELD + ", " + Layout.VALUE;
      }
      return sheet.headers() + (sheet == Layout.INDICATORS ? ", and Result 2023/24 and "
          + "so on, one column per reporting year" : "");
    }

    private void header(List<Cell> row) {
      Map<String, String> seen = new HashMap<>();
      for (Cell c : row) {
        if (c.isBlank()) {
          continue;
        }
        String name = cells.shown(c).strip();
        Position at = cell(c.ref());
        headed.add(c.column());
        Optional<Mapped> mapped = map(name, at);
        if (mapped.isEmpty()) {
          continue;
        }
        String key = mapped.get().year() != null ? "result " + mapped.get().year()
            : Layout.key(mapped.get().column().header());
        String first = seen.putIfAbsent(key, SheetReader.letters(c.column()));
        if (first != null) {
          problem(Problem.Severity.ERROR, sheet.pointer(), at, "the column '" + name
              + "' is given twice (columns " + first + " and " + SheetReader.letters(c.column())
              + ")");
          // Which of the two is meant is not known: neither is read.
          columns.remove(SheetReader.column(first));
          blanks.faulty(sheet);
          continue;
        }
        columns.put(c.column(), mapped.get());
      }
      blanks.header(sheet, sheetName, columns.entrySet().stream()
          .filter(e -> e.getValue() != null && e.getValue().column() != null)
          .collect(java.util.stream.Collectors.toMap(e -> e.getValue().column().path(),
              Map.Entry::getKey, (a, b) -> a)));
      if (sheet == Layout.PLAN && !columns.isEmpty()
          && (!seen.containsKey(Layout.key(Layout.FIELD))
              || !seen.containsKey(Layout.key(Layout.VALUE)))) {
        problem(Problem.Severity.ERROR, "", cell("A1"), "the Plan sheet needs the columns "
            + "Field and Value in row 1");
        columns.clear();
        columns.put(-1, null);
      }
    }

    private Optional<Mapped> map(String name, Position at) {
      if (sheet == Layout.PLAN) {
        String key = Layout.key(name);
        if (key.equals(Layout.key(Layout.FIELD)) || key.equals(Layout.key(Layout.VALUE))) {
          return Optional.of(new Mapped(new Column(key, "", Kind.TEXT, 0), null));
        }
      } else {
        Optional<Column> column = sheet.column(name);
        if (column.isPresent()) {
          return Optional.of(new Mapped(column.get(), null));
        }
        Matcher result = RESULT_HEADER.matcher(name);
        if (sheet == Layout.INDICATORS && result.matches()) {
          try {
            String year = FinancialYear.parse(result.group(1)).toString();
            return Optional.of(new Mapped(null, year));
          } catch (IllegalArgumentException e) {
            blanks.faulty(sheet);
            problem(Problem.Severity.ERROR, sheet.pointer(), at, "the column '" + name
                + "' names no reporting year: head a column of results 'Result' and a "
                + "financial year, as in 'Result 2023/24'");
            return Optional.empty();
          }
        }
      }
      blanks.faulty(sheet);
      unknown(at, sheet.pointer(), "unknown column '" + name + "' in the sheet '" + sheetName
          + "'; its columns are " + headers());
      return Optional.empty();
    }

    /** One row of the Plan sheet: a field and its value. */
    private void field(List<Cell> row) {
      Cell field = null;
      Cell value = null;
      for (Cell c : row) {
        Mapped m = columns.get(c.column());
        if (m != null && m.column() != null) {
          if (m.column().header().equals(Layout.key(Layout.FIELD))) {
            field = c;
          } else {
            value = c;
          }
        }
      }
      if (field == null || field.isBlank()) {
        if (value != null && !value.isBlank()) {
          problem(Problem.Severity.ERROR, "", cell(value.ref()), "a value without a field: "
              + "write the field's name in the Field column");
        }
        return;
      }
      String name = cells.shown(field).strip();
      Position at = cell(field.ref());
      Optional<Column> column = Layout.PLAN.column(name);
      if (column.isEmpty()) {
        blanks.faulty(sheet);
        unknown(at, "", "unknown field '" + name + "'; the Plan sheet's fields are "
            + Layout.PLAN.headers());
        return;
      }
      String key = column.get().path();
      if (planFields.containsKey(key)) {
        problem(Problem.Severity.ERROR, "/" + key, at, "the field '" + name
            + "' is given twice");
        return;
      }
      // A field without a value cell is located at its name.
      planFields.put(key, value != null ? value
          : new Cell(field.column() + 1, field.row(), SheetReader.letters(field.column() + 1)
              + field.row(), SheetReader.Type.BLANK, "", 0, false));
      blanks.planField(key, cell(planFields.get(key).ref()));
    }

    /** The Plan sheet's fields, for the root of the tree, in the document's order. */
    void plan(Row out) {
      for (Column column : Layout.PLAN.columns()) {
        Cell c = planFields.get(column.path());
        if (c != null) {
          put(out, column.path(), c, column);
          placeholder(out, column, c);
        }
      }
    }

    /** A title or partnership the template put there for the officer to replace. */
    private void placeholder(Row out, Column column, Cell c) {
      String[] placeholder = switch (column.path()) {
        case "title" -> new String[] {Layout.TEMPLATE_TITLE, "the plan's own title"};
        case "partnership/name" -> new String[] {Layout.TEMPLATE_PARTNERSHIP,
            "the partnership's name"};
        default -> null;
      };
      if (placeholder != null && placeholder[0].equals(cells.shown(c).strip())) {
        out.problem(Problem.Severity.WARNING, "/" + column.path(), cell(c.ref()), "'"
            + placeholder[0] + "' is the template's placeholder: write " + placeholder[1]
            + " in its place");
      }
    }

    /** One row of a table sheet as an object, its fields in the document's order. */
    private Row object(List<Cell> row) {
      Row out = new Row();
      Map<Column, Cell> byColumn = new HashMap<>();
      TreeMap<Integer, Cell> results = new TreeMap<>();
      Map<Integer, String> years = new HashMap<>();
      for (Cell c : row) {
        if (!c.isBlank() && out.first == 0) {
          out.first = place(c);
        }
        Mapped m = columns.get(c.column());
        if (m == null) {
          continue;
        }
        if (m.year() != null) {
          results.put(c.column(), c);
          years.put(c.column(), m.year());
        } else if (m.column().kind() == Kind.PRIORITY_ACTION_LINK) {
          out.priorityAction = c.isBlank() ? null : cells.shown(c).strip();
          out.priorityActionAt = place(c);
        } else if (m.column().kind() == Kind.OUTCOME_LINK) {
          out.outcome = c.isBlank() ? null : cells.shown(c).strip();
          out.outcomeIsNumber = c.type() == SheetReader.Type.NUMBER;
          out.outcomeAt = place(c);
        } else {
          byColumn.put(m.column(), c);
        }
      }
      out.places();
      for (Column column : sheet.columns()) {
        Cell c = byColumn.get(column);
        if (c != null) {
          put(out, column.path(), c, column);
        }
      }
      if (!results.isEmpty()) {
        ArrayNode list = null;
        SourceMap.Cells places = null;
        for (Map.Entry<Integer, Cell> e : results.entrySet()) {
          Cell c = e.getValue();
          Cells.Read read = cells.read(c, new Column("", "", Kind.DECIMAL, 0));
          if (read.isBlank()) {
            continue;
          }
          long at = place(c);
          if (list == null) {
            list = out.node.putArray("results");
            places = SourceMap.Cells.list(at);
            out.places().add("results", places);
          }
          ObjectNode figure = list.addObject();
          SourceMap.Cells figurePlaces = SourceMap.Cells.object(at);
          places.add(null, figurePlaces);
          figure.put("period", years.get(e.getKey()));
          figurePlaces.add("period", at);
          if (read.error() == null) {
            figure.set("value", read.node());
            figurePlaces.add("value", at);
          } else {
            // Not a number: the figure as written.
            figure.put("text", cells.shown(c));
            figurePlaces.add("text", at);
          }
        }
      }
      return out;
    }

    private void put(Row out, String path, Cell c, Column column) {
      Cells.Read read = cells.read(c, column);
      if (read.isBlank() && read.error() == null) {
        return;
      }
      long place = place(c);
      ObjectNode parent = out.node;
      SourceMap.Cells parentPlaces = out.places();
      String rel = "";
      String[] steps = path.split("/");
      for (int i = 0; i < steps.length - 1; i++) {
        rel += "/" + steps[i];
        JsonNode child = parent.get(steps[i]);
        if (child instanceof ObjectNode o) {
          parent = o;
          parentPlaces = out.nested.get(rel);
        } else {
          parent = parent.putObject(steps[i]);
          SourceMap.Cells nested = SourceMap.Cells.object(place);
          parentPlaces.add(steps[i], nested);
          if (out.nested == null) {
            out.nested = new HashMap<>();
          }
          out.nested.put(rel, nested);
          parentPlaces = nested;
        }
      }
      String key = steps[steps.length - 1];
      String pointer = rel + "/" + key;
      parent.set(key, read.node());
      if (read.node().isArray()) {
        SourceMap.Cells items = SourceMap.Cells.list(place);
        for (int i = 0; i < read.node().size(); i++) {
          items.add(null, place);
        }
        parentPlaces.add(key, items);
      } else {
        parentPlaces.add(key, place);
      }
      if (read.error() != null) {
        out.problem(Problem.Severity.ERROR, pointer, cell(c.ref()), read.error());
      } else if (read.warning() != null) {
        out.problem(Problem.Severity.WARNING, pointer, cell(c.ref()), read.warning());
      }
    }
  }

  /** The tree under the root: priority actions, outcomes and indicators, deliverables placed. */
  private void assemble(ObjectNode root, SourceMap.Cells rootPlaces,
      Map<Sheet, List<Row>> tables) {
    List<Row> actions = tables.getOrDefault(Layout.PRIORITY_ACTIONS, List.of());
    List<Row> outcomes = tables.getOrDefault(Layout.OUTCOMES, List.of());
    List<Row> indicators = tables.getOrDefault(Layout.INDICATORS, List.of());
    List<Row> deliverables = tables.getOrDefault(Layout.DELIVERABLES, List.of());
    Map<Integer, Integer> actionIndex = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      JsonNode n = actions.get(i).node.get("number");
      if (n != null && n.isIntegralNumber() && n.canConvertToInt()) {
        actionIndex.putIfAbsent(n.intValue(), i);
      } else {
        // Its own problem says so; deliverables of the action it meant are not then orphans.
        unnumbered = true;
      }
    }
    Map<String, List<Integer>> outcomeIndex = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      JsonNode id = outcomes.get(i).node.get("id");
      if (id != null && id.isTextual()) {
        outcomeIndex.computeIfAbsent(id.textValue().strip(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, List<Row>> underAction = new HashMap<>();
    Map<Integer, List<Row>> underOutcome = new HashMap<>();
    for (Row d : deliverables) {
      link(d, actionIndex, outcomeIndex, outcomes, underAction, underOutcome);
    }
    list(root, rootPlaces, "priorityActions", actions, underAction);
    list(root, rootPlaces, "outcomes", outcomes, underOutcome);
    list(root, rootPlaces, "indicators", indicators, Map.of());
  }

  private void link(Row d, Map<Integer, Integer> actionIndex,
      Map<String, List<Integer>> outcomeIndex, List<Row> outcomes,
      Map<Integer, List<Row>> underAction, Map<Integer, List<Row>> underOutcome) {
    boolean hasAction = d.priorityAction != null;
    boolean hasOutcome = d.outcome != null;
    if (hasAction && hasOutcome) {
      problem(Problem.Severity.ERROR, "/priorityActions", position(d.priorityActionAt),
          "a deliverable belongs to a priority action or to an outcome: give Priority action "
              + "or Outcome, not both");
      unplaced(d, "/priorityActions");
      return;
    }
    if (!hasAction && !hasOutcome) {
      Position at = position(d.priorityActionAt != 0 ? d.priorityActionAt : d.first);
      problem(Problem.Severity.ERROR, "/priorityActions", at, "a deliverable belongs to a "
          + "priority action (1 to 13) or to an outcome: give its number in Priority action, "
          + "or the outcome's id in Outcome (a merged cell holds its value in its first row "
          + "only)");
      unplaced(d, "/priorityActions");
      return;
    }
    if (hasAction) {
      Position at = position(d.priorityActionAt);
      String shown = d.priorityAction;
      JsonNode n = Cells.numeral(shown);
      if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()
          || n.intValue() < PriorityActionResponse.FIRST
          || n.intValue() > PriorityActionResponse.LAST) {
        problem(Problem.Severity.ERROR, "/priorityActions", at, "expected a priority action "
            + "from 1 to 13, found '" + shown + "'");
        unplaced(d, "/priorityActions");
        return;
      }
      Integer index = actionIndex.get(n.intValue());
      if (index == null && unnumbered) {
        return;
      }
      if (index == null) {
        problem(Problem.Severity.ERROR, "/priorityActions", at, "priority action "
            + n.intValue() + " has no row in the sheet 'Priority actions': add one with Number "
            + n.intValue());
        unplaced(d, "/priorityActions");
        return;
      }
      underAction.computeIfAbsent(index, k -> new ArrayList<>()).add(d);
      return;
    }
    Position at = position(d.outcomeAt);
    String id = d.outcome;
    List<Integer> found = outcomeIndex.getOrDefault(id, List.of());
    if (found.isEmpty()) {
      problem(Problem.Severity.ERROR, "/outcomes", at, "no outcome has the id '" + id
          + "' in the sheet 'Outcomes'");
      unplaced(d, "/outcomes");
      return;
    }
    if (found.size() > 1) {
      problem(Problem.Severity.ERROR, "/outcomes", at, "more than one outcome has the id '" + id
          + "' (" + String.join(" and ", found.stream()
              .map(i -> position(outcomes.get(i).first).cell())
              .toList()) + "), so the deliverable's outcome is not known");
      unplaced(d, "/outcomes");
      return;
    }
    if (d.outcomeIsNumber) {
      problem(Problem.Severity.WARNING, "/outcomes", at, "the outcome id was stored as a "
          + "number, and is read as displayed: '" + id + "'");
    }
    underOutcome.computeIfAbsent(found.get(0), k -> new ArrayList<>()).add(d);
  }

  private void list(ObjectNode root, SourceMap.Cells rootPlaces, String name, List<Row> rows,
      Map<Integer, List<Row>> children) {
    if (rows.isEmpty()) {
      return;
    }
    ArrayNode list = root.putArray(name);
    SourceMap.Cells listPlaces = SourceMap.Cells.list(rows.get(0).first);
    // The list is named by its sheet's header row: what stands in its first row is the first
    // item's, another subject's.
    rootPlaces.add(name, listPlaces, SourceMap.headerOf(rows.get(0).first));
    String pointer = "/" + name;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      List<Row> under = children.getOrDefault(i, List.of());
      if (!under.isEmpty()) {
        ArrayNode deliverables = row.node.putArray("deliverables");
        SourceMap.Cells underPlaces = SourceMap.Cells.list(under.get(0).first);
        row.places().add("deliverables", underPlaces);
        for (int j = 0; j < under.size(); j++) {
          Row d = under.get(j);
          deliverables.add(d.node);
          underPlaces.add(null, d.places());
          if (!d.problems.isEmpty()) {
            emit(d, pointer + "/" + i + "/deliverables/" + j);
          }
        }
      }
      list.add(row.node);
      listPlaces.add(null, row.places());
      if (!row.problems.isEmpty()) {
        emit(row, pointer + "/" + i);
      }
    }
  }

  /**
   * The problems of a deliverable's row that has no place in the document, because its link
   * is wrong: said at their cells all the same, beside the link's, so that one reading lists
   * them all; the pointer is the list the row could not be placed in.
   */
  private void unplaced(Row row, String list) {
    for (Object[] p : row.problems) {
      problem((Problem.Severity) p[0], list, (Position) p[2], (String) p[3]);
    }
  }

  /** A row's problems, now that its place in the document is known. */
  private void emit(Row row, String base) {
    for (Object[] p : row.problems) {
      String pointer = base + p[1];
      if (p[0] == Problem.Severity.ERROR) {
        flagged.add(pointer);
      }
      problem((Problem.Severity) p[0], pointer, (Position) p[2], (String) p[3]);
    }
  }
}
