package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.InputFiles;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;

/**
 * Imports plan workbooks (.xlsx, laid out as the workbook format says) into the same
 * {@link PlanDocument} the plan reader gives for the same plan: the workbook becomes the plan
 * document's tree, and the plan reader binds it, so a workbook meets exactly the errors and
 * warnings a JSON or YAML document would. Every problem names the sheet and cell
 * ({@link Problem#cell()}) as well as the JSON Pointer, and so does the document's source map
 * ({@link org.cjoip.model.document.SourceMap.Position#cell()}), so findings can be located by
 * cell too.
 *
 * <p>The workbook is streamed, sheet by sheet, within {@link WorkbookLimits}: a zip bomb, a
 * macro-enabled or old binary workbook, a file that is not a workbook, or XML that declares a
 * document type, is refused with one located problem. Formulas are never evaluated (their
 * saved results are read), and macros, external links and embedded objects are never read.
 * Thread-safe.
 */
public final class WorkbookReader {

  // The plan reader's last problem when it listed only some: "and 7 more problems, not listed".
  private static final Pattern MORE = Pattern.compile("and ([0-9]+) more problems?, not listed");

  private final PlanReader planReader;
  private final WorkbookLimits limits;

  private WorkbookReader(PlanReader planReader, WorkbookLimits limits) {
    this.planReader = planReader;
    this.limits = limits;
  }

  /** A strict reader with the default limits that knows the bundled framework editions. */
  public static WorkbookReader standard() {
    return of(PlanReader.standard(), WorkbookLimits.defaults());
  }

  /**
   * A reader that binds with {@code planReader} (its options decide strictness, the editions
   * a plan may declare and the text limits) within the given workbook limits. In lenient mode,
   * an unknown sheet, column or Plan field is a warning rather than an error.
   */
  public static WorkbookReader of(PlanReader planReader, WorkbookLimits limits) {
    return new WorkbookReader(planReader, limits);
  }

  public WorkbookLimits limits() {
    return limits;
  }

  /**
   * Whether a file's name says it is a workbook: it ends {@code .xlsx}, or {@code .xlsm} or
   * {@code .xls}, which this reader refuses saying how to save them as {@code .xlsx}.
   */
  public static boolean isWorkbookName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  /** Reads a workbook file; its path, as given, names it in every problem. */
  public PlanDocument read(Path file) throws DocumentException {
    return read(file, file.toString());
  }

  /** Reads a workbook file, naming it {@code source} in every problem. */
  public PlanDocument read(Path file, String source) throws DocumentException {
    // A named pipe or a device would never end, and /dev/zero never run dry: refused first.
    // Its size is the workbook's own limit, checked as the zip is opened.
    InputFiles.requireRegular(file, source, Long.MAX_VALUE, "a workbook");
    Importer importer = new Importer(source, limits,
        planReader.options().limits().maxStringLength(), planReader.options().lenient());
    Importer.Result result;
    try {
      result = importer.run(file);
    } catch (Refusal r) {
      Problem.Builder p = Problem.builder().severity(Problem.Severity.ERROR).source(source)
          .pointer("").message(r.getMessage());
      if (r.cell() != null) {
        p.cell(r.cell());
      }
      throw new DocumentException(p.build());
    } catch (NoSuchFileException e) {
      throw new DocumentException(problem(source, "no such file"));
    } catch (IOException e) {
      throw new DocumentException(problem(source, "could not be read: " + e.getMessage()));
    }
    return bind(result, source);
  }

  /**
   * Reads a workbook from a stream, up to the file size limit. The stream is copied to a
   * temporary file first (a zip is read from its end), which is removed before this returns.
   */
  public PlanDocument read(InputStream in, String source) throws DocumentException {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("cjoip-workbook-", ".xlsx");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > limits.maxFileBytes()) {
            throw new DocumentException(problem(source, "the workbook is larger than the "
                + "limit of " + limits.maxFileBytes() + " bytes"));
          }
          out.write(buffer, 0, n);
        }
      }
      return read(tmp, source);
    } catch (IOException e) {
      throw new DocumentException(problem(source, "could not be read: " + e.getMessage()));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // Left in the temporary folder, which the system clears.
        }
      }
    }
  }

  /**
   * Binds the tree with the plan reader. Where the import already said what is wrong with a
   * cell, the plan reader's word on the same field gives way to it; every problem is then put
   * in the workbook's order (sheet, row, column).
   */
  private PlanDocument bind(Importer.Result result, String source) throws DocumentException {
    List<Problem> own = result.problems();
    boolean failed = own.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    PlanDocument doc = null;
    List<Problem> bound;
    try {
      doc = planReader.read(result.tree(), result.sourceMap(), source);
      bound = doc.warnings();
    } catch (DocumentException e) {
      failed = true;
      bound = e.problems();
    }
    Set<String> flagged = result.flagged();
    List<Problem> all = new ArrayList<>(own);
    long unlisted = result.unlisted();
    for (Problem p : bound) {
      Matcher more = MORE.matcher(p.message());
      if (p.pointer().isEmpty() && p.line() == 0 && p.cell().isEmpty() && more.matches()) {
        unlisted += Long.parseLong(more.group(1));
      } else if (!flagged.contains(p.pointer())) {
        result.blanks().place(p, result.sourceMap()).ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparingLong(p -> p.cell().map(c -> order(c, result.sheets()))
        .orElse(-1L)));
    // The import's problems and the plan reader's share one cap, and one line for the rest.
    int max = planReader.options().limits().maxProblems();
    if (all.size() > max) {
      unlisted += all.size() - max;
      all = new ArrayList<>(all.subList(0, max));
    }
    if (unlisted > 0) {
      all.add(Problem.builder()
          .severity(failed ? Problem.Severity.ERROR : Problem.Severity.WARNING).source(source)
          .pointer("").message("and " + unlisted + " more problem" + (unlisted == 1 ? "" : "s")
              + ", not listed")
          .build());
    }
    if (failed) {
      throw new DocumentException(all);
    }
    return PlanDocument.builder().from(doc).format(Format.XLSX).warnings(all).build();
  }

  /** Where a cell stands in the workbook: by sheet, then row, then column. */
  static long order(String cell, List<String> sheets) {
    int bang = cell.lastIndexOf('!');
    String ref = cell.substring(bang + 1);
    long sheet = 0;
    for (int i = 0; i < sheets.size(); i++) {
      if (SourceMap.Position.cell(sheets.get(i), ref).cell().equals(cell)) {
        sheet = i + 1;
        break;
      }
    }
    int column = Math.max(0, SheetReader.column(ref));
    String digits = ref.substring(SheetReader.letters(column).length());
    long row = digits.isEmpty() ? 0 : Long.parseLong(digits);
    return (sheet << 40) | (row << 14) | column;
  }

  private static Problem problem(String source, String message) {
    return Problem.builder().severity(Problem.Severity.ERROR).source(source).pointer("")
        .message(message).build();
  }
}
