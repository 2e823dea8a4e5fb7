package org.cjoip.rules.publish;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cjoip.rules.Finding;
import org.cjoip.rules.report.HtmlTemplates;

/**
 * The published annual report as one self-contained HTML page: inline styles, no script, and a
 * Content-Security-Policy that forbids loading anything, so it fetches nothing; it prints on A4
 * with each table's header row repeated on every page. Headings go in order, from the title
 * down to each section's tables, and every header cell says what it heads. Every text from the
 * return and the plan is escaped by the template engine. The same report always gives the same
 * bytes.
 */
public final class PublishedHtml {

  private static final String TEMPLATES = "org/cjoip/rules/publish/html/";

  // Built once: a PebbleEngine and its compiled templates are thread-safe.
  private static final PebbleTemplate PAGE =
      HtmlTemplates.load(PublishedHtml.class, TEMPLATES, "published.peb");

  private PublishedHtml() {}

  /** The page of a report. */
  public static String write(PublishedReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /** Writes the page of a report to a writer as the template produces it. */
  public static void write(PublishedReport report, Writer out) {
    try {
      PAGE.evaluate(out, model(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template's model: plain maps, lists and strings; null where a text is absent. */
  private static Map<String, Object> model(PublishedReport r) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (int i = 0; i < r.sections().size(); i++) {
      ReportSection s = r.sections().get(i);
      List<Map<String, Object>> figures = new ArrayList<>();
      for (ReportedFigure f : s.figures()) {
        figures.add(map("indicator", f.indicator(),
            "state", f.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            "figure", f.figure(), "source", f.source().orElse(null),
            "baseline", f.baseline().orElse("–"), "target", f.target().orElse("–"),
            "before", f.yearBefore().orElse("–")));
      }
      List<Map<String, Object>> deliverables = new ArrayList<>();
      for (ReportedDeliverable d : s.deliverables()) {
        deliverables.add(map("id", d.id(),
            "description", d.description().orElse("Not in the plan"),
            "status", d.statusText(),
            "kind", d.status().map(st -> st.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse("not-reported"),
            "dates", d.datesText(),
            "progress", d.progress().orElse(d.status().isPresent() ? "–"
                : PublishedReport.NOT_REPORTED)));
      }
      sections.add(map("id", "s" + (i + 1),
          "action", s.priorityAction().orElse(null),
          "heading", s.heading(),
          "outcome", s.outcome().orElse(null),
          "actionTaken", s.actionTaken().orElse(null),
          "selfEvaluation", s.selfEvaluation().orElse(null),
          "figures", figures,
          "deliverables", deliverables));
    }
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(map("rule", f.ruleId(),
          "severity", PublishedReport.severity(f.severity()),
          "kind", f.severity().name().toLowerCase(Locale.ROOT),
          "message", f.message(),
          "waiver", f.waiver().map(w -> w.reason()).orElse(null),
          "where", r.where(f)));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", r.title());
    m.put("partnership", r.partnership());
    m.put("authorities", String.join(", ", r.localAuthorities()));
    m.put("year", r.reportingYear().toString());
    m.put("yearText", r.yearText());
    m.put("plan", r.planTitle());
    m.put("planPeriod", r.planPeriodText());
    m.put("signOff", r.signOffText());
    m.put("published", r.publishedText());
    m.put("submitted", r.submittedText());
    m.put("previous", r.yearBeforeText());
    m.put("sections", sections);
    m.put("achievements", r.achievements());
    m.put("challenges", r.challenges());
    m.put("nextSteps", r.nextSteps());
    m.put("consultation", r.consultation().orElse(null));
    m.put("governance", r.governance().orElse(null));
    m.put("findingsSummary", r.findingsSummary());
    m.put("findings", findings);
    m.put("notReported", PublishedReport.NOT_REPORTED);
    return m;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
