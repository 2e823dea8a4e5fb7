package org.cjoip.rules.rollup;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.report.HtmlTemplates;

/**
 * The national picture as one self-contained HTML page for a national officer: no script, no
 * link, nothing fetched (its content security policy forbids it). A link-free index, the
 * coverage heat map (partnership × priority action), the figures per measure with a small
 * inline SVG chart across partnerships and the national total, completeness, the partnerships
 * reporting action on each national outcome, the plans due for review and the documents left
 * out. Every text is HTML-escaped by the template engine; the same picture gives the same
 * bytes.
 */
public final class RollupHtml {

  private static final String TEMPLATES = "org/cjoip/rules/rollup/html/";

  // Built once: a PebbleEngine and its compiled templates are thread-safe.
  private static final PebbleTemplate PAGE =
      HtmlTemplates.load(RollupHtml.class, TEMPLATES, "rollup.peb");

  /** The width of a chart's bars area, in SVG units. */
  static final int BAR_WIDTH = 320;

  private RollupHtml() {}

  public static String write(NationalPicture picture) {
    StringWriter out = new StringWriter();
    write(picture, out);
    return out.toString();
  }

  public static void write(NationalPicture picture, Writer out) {
    try {
      PAGE.evaluate(out, model(picture));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> model(NationalPicture picture) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", "National picture of community justice " + picture.reportingYear());
    m.put("year", picture.reportingYear().toString());
    m.put("asOf", picture.asOf().toString());
    List<Integer> actions = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      actions.add(i);
    }
    m.put("actions", actions);
    List<Map<String, Object>> heat = new ArrayList<>();
    for (PartnershipSummary p : picture.partnerships()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (PriorityActionCoverage c : p.coverage()) {
        cells.add(cell(c));
      }
      heat.add(Map.of("name", p.partnership(), "edition", p.edition(), "cells", cells,
          "plan", p.planSource()));
    }
    m.put("heat", heat);
    List<Map<String, Object>> measures = new ArrayList<>();
    for (MeasureTotal t : picture.totals()) {
      measures.add(measure(t, picture));
    }
    m.put("measures", measures);
    List<Map<String, Object>> complete = new ArrayList<>();
    for (PartnershipSummary p : picture.partnerships()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", p.partnership());
      row.put("due", p.measuresDue());
      row.put("withFigure", p.measuresWithFigure());
      row.put("actionTaken", p.actionsWithActionTaken());
      row.put("addressed", p.actionsAddressed());
      row.put("submitted", p.returnSubmitted() ? "yes" : "no");
      row.put("returnDue", p.returnDue().map(Object::toString).orElse("not stated"));
      row.put("late", p.late() ? "late" : p.returnSubmitted() ? "on time" : "not yet due");
      row.put("lateKind", p.late() ? "late" : "ok");
      complete.add(row);
    }
    m.put("completeness", complete);
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (OutcomeReach o : picture.outcomes()) {
      outcomes.add(Map.of("id", o.outcome(), "text", o.text(), "action", o.priorityAction(),
          "partnerships", o.partnerships()));
    }
    m.put("outcomes", outcomes);
    List<Map<String, Object>> review = new ArrayList<>();
    for (PartnershipSummary p : picture.reviewDue()) {
      review.add(Map.of("name", p.partnership(), "edition", p.edition(),
          "reasons", p.reviewReasons()));
    }
    m.put("review", review);
    m.put("problems", picture.problems().stream().map(p -> p.describe()).toList());
    return m;
  }

  private static Map<String, Object> cell(PriorityActionCoverage c) {
    String kind;
    String word;
    if (!c.addressed() && c.setAside()) {
      // The partners' recorded decision (s19 assessment), not a gap in the plan.
      kind = "aside";
      word = "not a priority";
    } else if (!c.addressed()) {
      kind = "none";
      word = "not addressed";
    } else if (c.errors() > 0) {
      kind = "error";
      word = c.errors() + (c.errors() == 1 ? " error" : " errors");
    } else if (c.warnings() > 0 || c.overdue() > 0) {
      kind = "warning";
      word = c.warnings() + (c.warnings() == 1 ? " warning" : " warnings");
    } else {
      kind = "clean";
      word = "addressed";
    }
    String title = kind.equals("aside")
        ? word + ": " + c.setAsideReason().orElse("no reason given") : word;
    return Map.of("pa", c.number(), "kind", kind, "word", word, "title", title);
  }

  private static Map<String, Object> measure(MeasureTotal t, NationalPicture picture) {
    List<Map<String, Object>> rows = new ArrayList<>();
    BigDecimal max = BigDecimal.ZERO;
    for (PartnershipSummary p : picture.partnerships()) {
      for (RollupFigure f : p.figures()) {
        if (f.measure().equals(t.measure()) && f.priorityAction() == t.priorityAction()) {
          max = f.value().filter(v -> v.signum() > 0).map(max::max).orElse(max);
        }
      }
    }
    int y = 0;
    for (PartnershipSummary p : picture.partnerships()) {
      for (RollupFigure f : p.figures()) {
        if (!f.measure().equals(t.measure()) || f.priorityAction() != t.priorityAction()) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", p.partnership());
        row.put("status", f.state().name().toLowerCase(Locale.ROOT));
        row.put("value", f.value().map(BigDecimal::toPlainString).orElse(""));
        row.put("shown", f.state() == MeasureFigure.State.REPORTED
            ? f.value().orElseThrow().toPlainString() + f.unit().map(u -> switch (u) {
              case PERCENT -> "%";
              default -> "";
            }).orElse("")
            : f.state().name().toLowerCase(Locale.ROOT));
        int width = 0;
        if (f.value().isPresent() && max.signum() > 0 && f.value().get().signum() > 0) {
          width = f.value().get().multiply(BigDecimal.valueOf(BAR_WIDTH))
              .divide(max, 0, RoundingMode.HALF_UP).intValue();
        }
        row.put("width", width);
        row.put("y", y);
        y += 18;
        rows.add(row);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.measure());
    m.put("text", t.measureText());
    m.put("action", t.priorityAction());
    m.put("total", t.total().map(BigDecimal::toPlainString).orElse(""));
    m.put("covered", t.reported());
    m.put("withheld", t.withheld().orElse(""));
    m.put("rows", rows);
    m.put("height", Math.max(18, y));
    m.put("counts", t.reported() + " reported, " + t.suppressed() + " suppressed, "
        + t.unavailable() + " unavailable, " + t.missing() + " missing");
    return m;
  }
}
