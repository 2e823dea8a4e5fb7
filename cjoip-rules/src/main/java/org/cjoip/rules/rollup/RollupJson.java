package org.cjoip.rules.rollup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.report.AssessmentJson;

/**
 * The national picture as JSON, format version 1, described by the published schema
 * {@code rollup-v1.schema.json}: the same content as the CSV files and the HTML page, as data.
 * Fields come in a fixed order and no wall-clock time is written, so the same picture always
 * gives byte-identical JSON; text is escaped as an assessment report's is.
 */
public final class RollupJson {

  public static final int FORMAT_VERSION = 1;

  /** The schema's resource in the jar. */
  public static final String SCHEMA = "/org/cjoip/rules/schema/rollup-v1.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RollupJson() {}

  /** The picture as one line of JSON, ending in a newline. */
  public static String write(NationalPicture picture) {
    StringWriter out = new StringWriter();
    try {
      write(picture, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static void write(NationalPicture picture, Writer out) throws IOException {
    AssessmentJson.writeLine(toTree(picture), out);
    out.write('\n');
  }

  /** The picture as a document tree. */
  public static ObjectNode toTree(NationalPicture picture) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("reportingYear", picture.reportingYear().toString());
    root.put("asOf", picture.asOf().toString());
    ArrayNode partnerships = root.putArray("partnerships");
    picture.partnerships().forEach(p -> partnership(p, partnerships.addObject()));
    ArrayNode totals = root.putArray("totals");
    for (MeasureTotal t : picture.totals()) {
      ObjectNode n = totals.addObject();
      n.put("priorityAction", t.priorityAction());
      n.put("measure", t.measure());
      n.put("measureText", t.measureText());
      n.put("reported", t.reported());
      n.put("suppressed", t.suppressed());
      n.put("unavailable", t.unavailable());
      n.put("missing", t.missing());
      t.total().ifPresent(v -> n.put("total", v));
      t.unit().ifPresent(u -> n.put("unit", u.name()));
      t.total().ifPresent(v -> n.put("partnershipsCovered", t.reported()));
      t.withheld().ifPresent(w -> n.put("withheld", w));
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeReach o : picture.outcomes()) {
      ObjectNode n = outcomes.addObject();
      n.put("outcome", o.outcome());
      n.put("text", o.text());
      n.put("priorityAction", o.priorityAction());
      strings(n.putArray("partnerships"), o.partnerships());
    }
    ArrayNode review = root.putArray("reviewDue");
    picture.reviewDue().forEach(p -> review.add(p.partnership()));
    ArrayNode problems = root.putArray("problems");
    picture.problems().forEach(p -> problem(p, problems.addObject()));
    return root;
  }

  private static void partnership(PartnershipSummary p, ObjectNode n) {
    n.put("partnership", p.partnership());
    n.put("plan", p.planSource());
    n.put("planTitle", p.planTitle());
    n.put("edition", p.edition());
    p.periodEnd().ifPresent(d -> n.put("periodEnd", d.toString()));
    strings(n.putArray("reviewReasons"), p.reviewReasons());
    ArrayNode coverage = n.putArray("coverage");
    for (PriorityActionCoverage c : p.coverage()) {
      ObjectNode row = coverage.addObject();
      row.put("priorityAction", c.number());
      row.put("addressed", c.addressed());
      row.put("setAside", c.setAside());
      c.setAsideReason().ifPresent(r -> row.put("setAsideReason", r));
      optional(row, "outcomeStatedAndCorrect", c.outcomeStatedAndCorrect());
      optional(row, "nationalIndicatorUsed", c.nationalIndicatorUsed());
      row.put("localIndicators", c.localIndicators());
      row.put("deliverables", c.deliverables());
      row.put("overdue", c.overdue());
      row.put("errors", c.errors());
      row.put("warnings", c.warnings());
      row.put("info", c.info());
    }
    ObjectNode year = n.putObject("year");
    year.put("reportingYear", p.reportingYear().toString());
    year.put("returnExpected", p.returnExpected());
    p.returnSource().ifPresent(s -> year.put("return", s));
    p.submitted().ifPresent(d -> year.put("submitted", d.toString()));
    p.returnDue().ifPresent(d -> year.put("returnDue", d.toString()));
    year.put("late", p.late());
    year.put("measuresDue", p.measuresDue());
    year.put("measuresWithFigure", p.measuresWithFigure());
    year.put("actionsWithActionTaken", p.actionsWithActionTaken());
    year.put("actionsAddressed", p.actionsAddressed());
    year.put("returnSubmitted", p.returnSubmitted());
    strings(year.putArray("outcomesReportedOn"), p.outcomesReportedOn());
    ArrayNode figures = year.putArray("figures");
    for (RollupFigure f : p.figures()) {
      ObjectNode row = figures.addObject();
      row.put("priorityAction", f.priorityAction());
      row.put("measure", f.measure());
      row.put("measureText", f.measureText());
      row.put("status", f.state().name().toLowerCase(Locale.ROOT));
      f.value().ifPresent(v -> row.put("value", v));
      f.unit().ifPresent(u -> row.put("unit", u.name()));
    }
  }

  private static void problem(Problem p, ObjectNode n) {
    n.put("severity", p.severity().name());
    n.put("source", p.source().orElse(""));
    n.put("line", p.line());
    n.put("column", p.column());
    p.cell().ifPresent(c -> n.put("cell", c));
    n.put("pointer", p.pointer());
    n.put("message", p.message());
  }

  // A check that does not apply is null, as its CSV field is empty.
  private static void optional(ObjectNode n, String field, Optional<Boolean> value) {
    if (value.isPresent()) {
      n.put(field, value.get());
    } else {
      n.putNull(field);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
