package org.cjoip.model.input;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentKind;
import org.cjoip.model.document.DocumentTree;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.workbook.WorkbookLimits;
import org.cjoip.model.workbook.WorkbookReader;

/**
 * Reads a plan or an annual return, whichever a document is: a JSON or YAML document is an
 * annual return when it says {@code document: annual-return}, and a plan otherwise; a workbook
 * ({@code .xlsx} by its name) is always a plan. The result is a {@link Document}: a
 * {@link org.cjoip.model.document.PlanDocument} or a
 * {@link org.cjoip.model.document.ReturnDocument}, read exactly as {@link PlanReader},
 * {@link AnnualReturnReader} or {@link WorkbookReader} read it, with the same options, limits
 * and located problems; deliverables (a return's progress entries) are counted as they are
 * read, as those readers count them. Thread-safe.
 *
 * <pre>{@code
 * Document doc = Documents.standard().read(file);
 * if (doc instanceof ReturnDocument r) { ... r.annualReturn() ... }
 * }</pre>
 */
public final class Documents {

  /** What a file handed in should be, for the messages that refuse one. */
  private static final String WHAT = "a plan or annual return document";

  private final PlanReader plans;
  private final AnnualReturnReader returns;
  private final WorkbookLimits workbookLimits;

  private Documents(PlanReader.Options options, WorkbookLimits workbookLimits) {
    this.plans = PlanReader.of(options);
    this.returns = AnnualReturnReader.of(options);
    this.workbookLimits = workbookLimits;
  }

  /** A strict reader with the default limits that knows the bundled framework editions. */
  public static Documents standard() {
    return of(PlanReader.Options.builder().build());
  }

  /** A reader with these options, for plans and returns alike, and default workbook limits. */
  public static Documents of(PlanReader.Options options) {
    return of(options, WorkbookLimits.defaults());
  }

  public static Documents of(PlanReader.Options options, WorkbookLimits workbookLimits) {
    return new Documents(options, workbookLimits);
  }

  public PlanReader.Options options() {
    return plans.options();
  }

  /**
   * Reads a file: a workbook by its name, otherwise a JSON or YAML document, by its name or
   * else its first character. A missing file, a directory, a special file or an unreadable
   * file is a problem.
   */
  public Document read(Path file) throws DocumentException {
    if (WorkbookReader.isWorkbookName(file.toString())) {
      return workbooks().read(file);
    }
    return bind(DocumentTree.readPlanOrReturn(file, options().limits(), WHAT));
  }

  /** Reads a stream to its end, up to the size limit: a workbook by its name, else text. */
  public Document read(InputStream in, String source) throws DocumentException {
    if (WorkbookReader.isWorkbookName(source)) {
      return workbooks().read(in, source);
    }
    return bind(DocumentTree.readPlanOrReturn(in, source, options().limits()));
  }

  /** Reads a document's bytes: a workbook by its name, else UTF-8 text. */
  public Document read(byte[] bytes, String source) throws DocumentException {
    if (WorkbookReader.isWorkbookName(source)) {
      return workbooks().read(new ByteArrayInputStream(bytes), source);
    }
    return bind(DocumentTree.readPlanOrReturn(new ByteArrayInputStream(bytes), source,
        options().limits()));
  }

  /** Reads a document's text; the format is guessed from the name, then the content. */
  public Document read(String text, String source) throws DocumentException {
    return bind(DocumentTree.readPlanOrReturn(text, source, options().limits()));
  }

  private Document bind(DocumentTree tree) throws DocumentException {
    return DocumentKind.of(tree.root()) == DocumentKind.ANNUAL_RETURN
        ? returns.read(tree)
        : plans.read(tree);
  }

  // Made when first needed: an application that never reads a workbook needs no POI.
  private WorkbookReader workbooks() {
    return WorkbookReader.of(plans, workbookLimits);
  }
}
