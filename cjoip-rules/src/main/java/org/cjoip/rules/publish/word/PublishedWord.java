package org.cjoip.rules.publish.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cjoip.rules.Finding;
import org.cjoip.rules.publish.PublishedReport;
import org.cjoip.rules.publish.ReportSection;
import org.cjoip.rules.publish.ReportedDeliverable;
import org.cjoip.rules.publish.ReportedFigure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link PublishedReport} as a Word document: the same content, in the same order and
 * words, as {@link org.cjoip.rules.publish.PublishedHtml}'s page. The report's title is in the
 * {@code Title} style; its parts are {@code Heading1}, each priority action and outcome a
 * {@code Heading2}, and each one's parts a {@code Heading3}. Figures, deliverables and findings
 * are tables with a header row that repeats on every page.
 *
 * <p>The same report always gives the same bytes: the document's creation and modification
 * dates are the end of the reporting year, and so are the dates of the parts in the package,
 * never the day it is written. Thread-safe: nothing is shared between calls.
 */
public final class PublishedWord {

  /** The styles the document defines: its own, so that it needs no template. */
  public static final String TITLE = "Title";

  public static final String HEADING_1 = "Heading1";

  public static final String HEADING_2 = "Heading2";

  public static final String HEADING_3 = "Heading3";

  // A4 in twentieths of a point, and margins of 2 cm.
  private static final long A4_WIDTH = 11_906;
  private static final long A4_HEIGHT = 16_838;
  private static final long MARGIN = 1_134;

  private PublishedWord() {}

  /** Writes the report's document to a stream; the stream is left open. */
  public static void write(PublishedReport report, OutputStream out) {
    Date fixed = Date.from(report.reportingYear().end().atStartOfDay(ZoneOffset.UTC).toInstant());
    ByteArrayOutputStream made = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      Styles.define(doc);
      Lists bullets = Lists.define(doc);
      page(doc);
      properties(doc, report, fixed);
      new Writing(doc, bullets).report(report);
      doc.write(made);
      fixDates(made.toByteArray(), fixed.getTime(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's bytes. */
  public static byte[] bytes(PublishedReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out);
    return out.toByteArray();
  }

  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    BigInteger m = BigInteger.valueOf(MARGIN);
    margins.setTop(m);
    margins.setBottom(m);
    margins.setLeft(m);
    margins.setRight(m);
  }

  private static void properties(XWPFDocument doc, PublishedReport report, Date fixed) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(Texts.xml(report.title()));
    core.setCreator(Texts.xml(report.partnership()));
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
  }

  /**
   * Copies the package with every part dated {@code time}: the zip library dates each part
   * with the moment it is written, which would make every run's bytes differ.
   */
  private static void fixDates(byte[] made, long time, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(made))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
  }

  /** One report being written into one document. */
  private static final class Writing {
    private final XWPFDocument doc;
    private final Lists bullets;

    Writing(XWPFDocument doc, Lists bullets) {
      this.doc = doc;
      this.bullets = bullets;
    }

    void report(PublishedReport r) {
      paragraph(TITLE).text(r.title());
      paragraph(null).text(r.partnership() + ": the annual report on the community justice"
          + " outcomes improvement plan for " + r.reportingYear() + " (" + r.yearText() + ").");
      heading(HEADING_1, "About this report");
      fact("Partnership", r.partnership());
      fact("Local authority areas", r.localAuthorities().isEmpty()
          ? PublishedReport.NOT_REPORTED : String.join(", ", r.localAuthorities()));
      fact("Reporting year", r.reportingYear() + ": " + r.yearText());
      fact("Plan", r.planTitle() + " (" + r.planPeriodText() + ")");
      fact("Signed off", r.signOffText());
      fact("Published", r.publishedText());
      fact("Submitted to Community Justice Scotland", r.submittedText());
      heading(HEADING_1, "Action taken and progress, by priority action and outcome");
      if (r.sections().isEmpty()) {
        paragraph(null).text("The return reports on no priority action or outcome.");
      }
      for (ReportSection s : r.sections()) {
        section(r, s);
      }
      heading(HEADING_1, "Achievements");
      list(r.achievements());
      heading(HEADING_1, "Challenges");
      list(r.challenges());
      heading(HEADING_1, "Next steps");
      list(r.nextSteps());
      heading(HEADING_1, "Consultation and governance");
      heading(HEADING_2, "Consultation");
      paragraph(null).text(r.consultation().orElse(PublishedReport.NOT_REPORTED));
      heading(HEADING_2, "Governance");
      paragraph(null).text(r.governance().orElse(PublishedReport.NOT_REPORTED));
      heading(HEADING_1, "Appendix: the checks' findings");
      paragraph(null).text(r.findingsSummary());
      if (r.findings().isEmpty()) {
        paragraph(null).text("No findings.");
      } else {
        Table t = table("Rule", "Severity", "Finding", "Where");
        for (Finding f : r.findings()) {
          t.row(f.ruleId(), PublishedReport.severity(f.severity()),
              f.message() + f.waiver().map(w -> "\nWaived: " + w.reason()).orElse(""),
              r.where(f));
        }
      }
    }

    private void section(PublishedReport r, ReportSection s) {
      heading(HEADING_2, s.heading());
      s.outcome().ifPresent(o -> paragraph(null).label("Outcome: ").text(o));
      heading(HEADING_3, "Action taken");
      paragraph(null).text(s.actionTaken().orElse(PublishedReport.NOT_REPORTED));
      s.selfEvaluation().ifPresent(e -> paragraph(null).label("Self-evaluation: ").text(e));
      heading(HEADING_3, "Figures for " + r.reportingYear());
      if (s.figures().isEmpty()) {
        paragraph(null).text("No figures reported, and none asked for.");
      } else {
        Table t = table("Indicator", r.reportingYear().toString(), r.yearBeforeText(),
            "Baseline", "Target");
        for (ReportedFigure f : s.figures()) {
          t.row(f.indicator() + f.source().map(src -> "\nSource: " + src).orElse(""),
              f.figure(), f.yearBefore().orElse("–"), f.baseline().orElse("–"),
              f.target().orElse("–"));
        }
      }
      heading(HEADING_3, "Deliverables");
      if (s.deliverables().isEmpty()) {
        paragraph(null).text("The plan gives no deliverables here, and the return reports on"
            + " none.");
      } else {
        Table t = table("Deliverable", "What the plan commits to", "Status", "Dates",
            "Progress");
        for (ReportedDeliverable d : s.deliverables()) {
          t.row(d.id(), d.description().orElse("Not in the plan"), d.statusText(),
              d.datesText(), d.progress().orElse(d.status().isPresent() ? "–"
                  : PublishedReport.NOT_REPORTED));
        }
      }
    }

    private void fact(String label, String value) {
      paragraph(null).label(label + ": ").text(value);
    }

    private void heading(String style, String text) {
      paragraph(style).text(text);
    }

    private void list(List<String> items) {
      if (items.isEmpty()) {
        paragraph(null).text(PublishedReport.NOT_REPORTED);
      }
      for (String item : items) {
        XWPFParagraph p = doc.createParagraph();
        bullets.bullet(p);
        new Para(p).text(item);
      }
    }

    private Para paragraph(String style) {
      XWPFParagraph p = doc.createParagraph();
      if (style != null) {
        p.setStyle(style);
      }
      return new Para(p);
    }

    private Table table(String... headers) {
      XWPFTable t = doc.createTable(1, headers.length);
      t.setWidth("100%");
      XWPFTableRow head = t.getRow(0);
      head.setRepeatHeader(true);
      head.setCantSplitRow(true);
      for (int i = 0; i < headers.length; i++) {
        XWPFTableCell cell = head.getCell(i);
        cell.setColor("E8EDF2");
        new Para(cell.getParagraphs().get(0)).label(headers[i]);
      }
      return new Table(t, headers.length);
    }
  }

  /** A table being filled, a row at a time. */
  private record Table(XWPFTable table, int columns) {
    void row(String... cells) {
      XWPFTableRow row = table.createRow();
      row.setCantSplitRow(true);
      for (int i = 0; i < columns; i++) {
        new Para(row.getCell(i).getParagraphs().get(0)).text(cells[i]);
      }
    }
  }

  /** A paragraph being written: bold labels and plain text, line breaks kept. */
  private record Para(XWPFParagraph paragraph) {
    Para label(String text) {
      run(text, true);
      return this;
    }

    Para text(String text) {
      run(text, false);
      return this;
    }

    private void run(String text, boolean bold) {
      String[] lines = Texts.xml(text).split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines[i]);
      }
    }
  }
}
