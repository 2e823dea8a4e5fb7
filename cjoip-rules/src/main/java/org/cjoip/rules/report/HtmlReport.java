package org.cjoip.rules.report;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.cjoip.model.document.Frameworks;
import org.cjoip.rules.Assessment;

/**
 * An assessment as one self-contained HTML page for a partnership board: a header with the
 * counts by severity, the coverage matrix of aims and priority actions, the findings grouped by
 * priority action with the plan's own words, a timeline of the deliverables and a small chart
 * per indicator with figures.
 *
 * <p>The page fetches nothing: its styles are inline, its charts are inline SVG, it has no
 * script, and its Content-Security-Policy forbids loading anything. It prints on A4. Every text
 * from the plan is escaped by the template engine, so a plan cannot inject markup. The markup is
 * also well-formed XML. The same assessments always give the same bytes.
 */
public final class HtmlReport {

  private static final String TEMPLATES = "org/cjoip/rules/report/html/";

  // Built once: a PebbleEngine and its compiled templates are thread-safe.
  private static final PebbleTemplate REPORT =
      HtmlTemplates.load(HtmlReport.class, TEMPLATES, "report.peb");

  private HtmlReport() {}

  /** The report of one assessment, its edition's texts taken from the bundled frameworks. */
  public static String write(Assessment assessment) {
    return write(List.of(assessment));
  }

  /**
   * One page reporting several assessments, a section for each in the order given, with a list
   * of the plans and their counts at the top.
   */
  public static String write(List<Assessment> assessments) {
    return write(assessments, Frameworks.bundled());
  }

  /**
   * One page reporting several assessments; the priority actions' texts come from the editions
   * in {@code frameworks} (an edition not there is reported by number only).
   */
  public static String write(List<Assessment> assessments, Frameworks frameworks) {
    StringWriter out = new StringWriter();
    write(assessments, frameworks, out);
    return out.toString();
  }

  /**
   * Writes the page to a writer as the template produces it, so the page is never held whole
   * as one string.
   */
  public static void write(List<Assessment> assessments, Frameworks frameworks, Writer out) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("assessments must not be empty");
    }
    Map<String, Object> model = HtmlView.document(assessments, frameworks);
    try {
      REPORT.evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
