package org.cjoip.model.workbook;

import java.util.List;
import java.util.Optional;

/**
 * The sheets and columns of a plan workbook, version 1, and the field of the plan document
 * each column fills: the one description the reader, the writer and the template share.
 */
final class Layout {

  private Layout() {}

  /** How a column's cells are read and written. */
  enum Kind {
    /** Text as written; a number is read as displayed. */
    TEXT,
    /** An id or number written as text: a number is read as displayed, with a warning. */
    ID,
    /** A list, one item a line. */
    TEXTS,
    /** A list, one item a line, or items separated by semicolons in a one-line cell. */
    TEXTS_SEMICOLON,
    /** A whole number. */
    INTEGER,
    /** Whole numbers, one a line (or separated by semicolons or commas). */
    INTEGERS,
    /** A number. */
    DECIMAL,
    /** A date cell, ISO text or UK day-first text. */
    DATE,
    /** Yes or No. */
    YES_NO,
    /** One of a closed set's words. */
    WORD,
    /** Words of a closed set, one a line, or separated by semicolons. */
    WORDS_SEMICOLON,
    /** Which priority action a deliverable belongs to. */
    PRIORITY_ACTION_LINK,
    /** Which outcome (by id) a deliverable belongs to. */
    OUTCOME_LINK
  }

  /**
   * One column of a table sheet, or one field of the Plan sheet: its header, the path of the
   * field it fills below the row's object ({@code "baseline/value"}), how it is read, and the
   * closed set of its words.
   */
  record Column(String header, String path, Kind kind, Optional<String> words, int width) {
    Column(String header, String path, Kind kind, int width) {
      this(header, path, kind, Optional.empty(), width);
    }

    Column(String header, String path, Kind kind, String words, int width) {
      this(header, path, kind, Optional.of(words), width);
    }

    boolean isList() {
      return kind == Kind.TEXTS || kind == Kind.TEXTS_SEMICOLON || kind == Kind.INTEGERS
          || kind == Kind.WORDS_SEMICOLON;
    }

    boolean splitsAtSemicolons() {
      return kind == Kind.TEXTS_SEMICOLON || kind == Kind.WORDS_SEMICOLON;
    }
  }

  /** One sheet: its name, the list of the plan document it fills, and its columns. */
  record Sheet(String name, String pointer, List<Column> columns) {
    Optional<Column> column(String header) {
      String key = key(header);
      return columns.stream().filter(c -> key(c.header()).equals(key)).findFirst();
    }

    String headers() {
      return String.join(", ", columns.stream().map(Column::header).toList());
    }
  }

  static final String README = "Read me";

  /** The template's title and partnership: text for the officer to replace. */
  static final String TEMPLATE_TITLE = "[The plan's title]";

  static final String TEMPLATE_PARTNERSHIP = "[The partnership's name]";

  /** The Plan sheet's two columns. */
  static final String FIELD = "Field";

  static final String VALUE = "Value";

  /** The Plan sheet: one row per field of the plan's head, paths from the document's root. */
  static final Sheet PLAN = new Sheet("Plan", "", List.of(
      new Column("Format version", "formatVersion", Kind.INTEGER, 0),
      new Column("Title", "title", Kind.TEXT, 0),
      new Column("Framework", "framework", Kind.TEXT, 0),
      new Column("Period start", "period/start", Kind.DATE, 0),
      new Column("Period end", "period/end", Kind.DATE, 0),
      new Column("Approved", "approved", Kind.DATE, 0),
      new Column("Partnership", "partnership/name", Kind.TEXT, 0),
      new Column("Local authorities", "partnership/localAuthorities", Kind.TEXTS_SEMICOLON, 0),
      new Column("Statutory partners", "partnership/statutoryPartners", Kind.WORDS_SEMICOLON,
          "statutoryPartners", 0),
      new Column("Other members", "partnership/otherMembers", Kind.TEXTS_SEMICOLON, 0),
      new Column("Participation summary", "participationStatement/summary", Kind.TEXT, 0),
      new Column("Participation activities", "participationStatement/activities", Kind.TEXTS,
          0),
      new Column("Annual report", "reporting/annualReport", Kind.TEXT, 0),
      new Column("Review cycle", "reporting/reviewCycle", Kind.TEXT, 0),
      new Column("Outcomes assessment", "outcomesAssessment", Kind.TEXT, 0)));

  static final Sheet PRIORITY_ACTIONS = new Sheet("Priority actions", "/priorityActions",
      List.of(
          new Column("Number", "number", Kind.INTEGER, 9),
          new Column("Assessment", "assessment", Kind.TEXT, 50),
          new Column("Prioritised", "prioritised", Kind.YES_NO, "yesNo", 12),
          new Column("National outcome", "nationalOutcome", Kind.TEXT, 50),
          new Column("National indicators", "nationalIndicators", Kind.TEXTS, 60),
          new Column("Local indicators", "localIndicators", Kind.TEXTS, 50)));

  static final Sheet DELIVERABLES = new Sheet("Deliverables", "", List.of(
      new Column("Priority action", "", Kind.PRIORITY_ACTION_LINK, 10),
      new Column("Outcome", "", Kind.OUTCOME_LINK, 10),
      new Column("Id", "id", Kind.ID, 8),
      new Column("Description", "description", Kind.TEXT, 60),
      new Column("Priority", "priority", Kind.WORD, "priority", 10),
      new Column("Owners", "owners", Kind.TEXTS_SEMICOLON, 30),
      new Column("Impact measures", "impactMeasures", Kind.TEXTS, 40),
      new Column("Timescale", "timescale", Kind.TEXT, 20),
      new Column("Due", "due", Kind.DATE, 12),
      new Column("Status", "status", Kind.WORD, "status", 14),
      new Column("Completed", "completed", Kind.DATE, 12)));

  static final Sheet OUTCOMES = new Sheet("Outcomes", "/outcomes", List.of(
      new Column("Id", "id", Kind.ID, 8),
      new Column("Text", "text", Kind.TEXT, 60),
      new Column("National", "national", Kind.YES_NO, "yesNo", 10),
      new Column("Aim", "aim", Kind.INTEGER, 6),
      new Column("Area", "area", Kind.TEXT, 40),
      new Column("Priority actions", "priorityActions", Kind.INTEGERS, 10),
      new Column("Indicators", "indicators", Kind.TEXTS, 50)));

  /** The Indicators sheet's fixed columns; a "Result YYYY/YY" column per reporting year. */
  static final Sheet INDICATORS = new Sheet("Indicators", "/indicators", List.of(
      new Column("Name", "name", Kind.TEXT, 50),
      new Column("Priority action", "priorityAction", Kind.INTEGER, 10),
      new Column("National", "national", Kind.YES_NO, "yesNo", 10),
      new Column("Unit", "unit", Kind.WORD, "unit", 10),
      new Column("Baseline period", "baseline/period", Kind.TEXT, 10),
      new Column("Baseline value", "baseline/value", Kind.DECIMAL, 10),
      new Column("Baseline text", "baseline/text", Kind.TEXT, 25),
      new Column("Target direction", "target/direction", Kind.WORD, "direction", 12),
      new Column("Target value", "target/value", Kind.DECIMAL, 10),
      new Column("Target period", "target/period", Kind.TEXT, 10),
      new Column("Target text", "target/text", Kind.TEXT, 25)));

  /** The header of an Indicators column of results: "Result 2023/24". */
  static final String RESULT = "Result";

  /** The table sheets, in the order the writer writes them after the Plan sheet. */
  static final List<Sheet> TABLES = List.of(PRIORITY_ACTIONS, DELIVERABLES, OUTCOMES,
      INDICATORS);

  static final List<Sheet> SHEETS = List.of(PLAN, PRIORITY_ACTIONS, DELIVERABLES, OUTCOMES,
      INDICATORS);

  /** Sheet names, headers and Plan fields are matched ignoring case and surrounding spaces. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  static Optional<Sheet> sheet(String name) {
    String key = key(name);
    return SHEETS.stream().filter(s -> key(s.name()).equals(key)).findFirst();
  }

  static String sheetNames() {
    return String.join(", ", SHEETS.stream().map(Sheet::name).toList()) + " (and " + README
        + ", which is not read)";
  }
}
