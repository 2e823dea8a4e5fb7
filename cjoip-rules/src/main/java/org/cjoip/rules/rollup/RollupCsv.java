package org.cjoip.rules.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cjoip.rules.PriorityActionCoverage;

/**
 * The national picture as three CSV files (RFC 4180: a header row, CRLF line ends, a field
 * quoted where it holds a comma, a quote or a line break, a quote doubled): {@code coverage.csv}
 * (priority action × partnership), {@code figures.csv} (measure × partnership for the year) and
 * {@code completeness.csv} (a row per partnership). Booleans are {@code true} or {@code false};
 * a value that does not apply is an empty field.
 */
public final class RollupCsv {

  /** The files, by name, in the order they are written. */
  public static final List<String> FILES =
      List.of("coverage.csv", "figures.csv", "completeness.csv");

  static final List<String> COVERAGE = List.of("partnership", "edition", "priorityAction",
      "addressed", "outcomeStatedAndCorrect", "nationalIndicatorUsed", "localIndicators",
      "deliverables", "overdue", "errors", "warnings", "info");
  static final List<String> FIGURES = List.of("partnership", "reportingYear", "priorityAction",
      "measure", "measureText", "value", "status");
  static final List<String> COMPLETENESS = List.of("partnership", "reportingYear",
      "measuresDue", "measuresWithFigure", "actionsWithActionTaken", "actionsAddressed",
      "returnSubmitted");

  private static final String END = "\r\n";
  // What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
  private static final String FORMULA_START = "=+-@\t\r";

  private RollupCsv() {}

  /** The text of one of the {@link #FILES}. */
  public static String file(NationalPicture picture, String name) {
    return switch (name) {
      case "coverage.csv" -> coverage(picture);
      case "figures.csv" -> figures(picture);
      case "completeness.csv" -> completeness(picture);
      default -> throw new IllegalArgumentException("no rollup file " + name);
    };
  }

  /** {@code coverage.csv}: a row per priority action of each partnership's plan. */
  public static String coverage(NationalPicture picture) {
    StringBuilder out = header(COVERAGE);
    for (PartnershipSummary p : picture.partnerships()) {
      for (PriorityActionCoverage c : p.coverage()) {
        row(out, p.partnership(), p.edition(), c.number(), c.addressed(),
            c.outcomeStatedAndCorrect(), c.nationalIndicatorUsed(), c.localIndicators(),
            c.deliverables(), c.overdue(), c.errors(), c.warnings(), c.info());
      }
    }
    return out.toString();
  }

  /** {@code figures.csv}: a row per national measure of each addressed action, for the year. */
  public static String figures(NationalPicture picture) {
    StringBuilder out = header(FIGURES);
    for (PartnershipSummary p : picture.partnerships()) {
      for (RollupFigure f : p.figures()) {
        row(out, p.partnership(), p.reportingYear(), f.priorityAction(), f.measure(),
            f.measureText(), f.value(),
            f.state().name().toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** {@code completeness.csv}: a row per partnership. */
  public static String completeness(NationalPicture picture) {
    StringBuilder out = header(COMPLETENESS);
    for (PartnershipSummary p : picture.partnerships()) {
      row(out, p.partnership(), p.reportingYear(), p.measuresDue(), p.measuresWithFigure(),
          p.actionsWithActionTaken(), p.actionsAddressed(), p.returnSubmitted());
    }
    return out.toString();
  }

  private static StringBuilder header(List<String> columns) {
    StringBuilder out = new StringBuilder();
    row(out, columns.toArray());
    return out;
  }

  private static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values[i]));
    }
    out.append(END);
  }

  /**
   * A value as a field: an empty optional is an empty field, a number is written in plain
   * digits, and a text that a spreadsheet would take for a formula (it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
   * apostrophe, so opening the file never runs what a document's author typed.
   */
  static String field(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (v == null) {
      return "";
    }
    String text = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    if (v instanceof CharSequence && !text.isEmpty()
        && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
