package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.input.Documents;
import org.cjoip.model.time.Dates;
import org.cjoip.model.workbook.WorkbookLimits;
import org.cjoip.model.workbook.WorkbookReader;

/**
 * Reading the documents a command names: files (plan documents, plan workbooks by their name,
 * or annual returns where a command reads either kind), or bundled examples as
 * {@code example:NAME}.
 */
final class Inputs {

  /** The plans read, or the problems that stopped them. */
  record Read(List<PlanDocument> documents, List<Problem> problems) {
    boolean ok() {
      return noErrors(problems);
    }
  }

  /** The documents read, plans and annual returns alike, or the problems that stopped them. */
  record ReadAny(List<Document> documents, List<Problem> problems) {
    boolean ok() {
      return noErrors(problems);
    }
  }

  /** How one argument is read. */
  private interface Reading<D extends Document> {
    D read(String argument) throws DocumentException;
  }

  private Inputs() {}

  /**
   * The framework edition an argument names: a bundled edition's id, else an edition file.
   *
   * @param checked whether an edition file must fit beside the bundled editions, as one
   *     assessed against must: an id of theirs only for the same content, a superseded edition
   *     that exists and that no other edition supersedes
   * @throws DocumentException when the file is not a valid edition, with located problems
   */
  static Edition edition(String idOrFile, Frameworks frameworks, String option, boolean checked)
      throws DocumentException {
    if (frameworks.find(idOrFile).isPresent()) {
      return frameworks.get(idOrFile);
    }
    Path file = Path.of(idOrFile);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new Main.UsageException((option.isEmpty() ? "" : option + ": ") + "'" + idOrFile
          + "' is neither a bundled framework edition nor a file; bundled editions: "
          + String.join(", ", frameworks.ids()));
    }
    return checked ? Frameworks.load(file, frameworks) : Frameworks.load(file);
  }

  /**
   * The day {@code --as-of} names, today when it is not given.
   *
   * @throws Main.UsageException when it is not a date the model holds
   */
  static LocalDate asOf(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    try {
      return Dates.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--as-of expects " + e.getMessage() + ", found '" + text
          + "'");
    }
  }

  /** The files among the arguments: what an output file may not be. */
  static List<Path> files(List<String> arguments) {
    List<Path> out = new ArrayList<>();
    for (String argument : arguments) {
      if (Examples.named(argument).isEmpty()) {
        out.add(Path.of(argument));
      }
    }
    return out;
  }

  /**
   * Whether a file found in a folder is one a command reads: a JSON, YAML or workbook document,
   * by its name, in any letter case.
   */
  static boolean isDocumentName(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return text.endsWith(".json") || text.endsWith(".yaml") || text.endsWith(".yml")
        || text.endsWith(".xlsx");
  }

  /** Reads every argument as a plan; the problems of all of them are collected. */
  static Read readAll(List<String> arguments, PlanReader reader) {
    List<PlanDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    readEach(arguments, a -> read(a, reader), documents, problems);
    return new Read(documents, problems);
  }

  /**
   * Reads every argument as the kind of document it says it is, a plan or an annual return;
   * the problems of all of them are collected.
   */
  static ReadAny readAll(List<String> arguments, Documents reader) {
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    readEach(arguments, a -> read(a, reader), documents, problems);
    return new ReadAny(documents, problems);
  }

  // None is skipped: a document that cannot be read adds its problems and the rest are read.
  private static <D extends Document> void readEach(List<String> arguments, Reading<D> reading,
      List<? super D> documents, List<Problem> problems) {
    for (String argument : arguments) {
      try {
        D doc = reading.read(argument);
        documents.add(doc);
        problems.addAll(doc.warnings());
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      }
    }
  }

  private static boolean noErrors(List<Problem> problems) {
    return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  static PlanDocument read(String argument, PlanReader reader) throws DocumentException {
    Optional<String> example = example(argument);
    if (example.isPresent()) {
      return Examples.read(example.get(), reader);
    }
    if (WorkbookReader.isWorkbookName(argument)) {
      return WorkbookReader.of(reader, WorkbookLimits.defaults()).read(Path.of(argument));
    }
    return reader.read(Path.of(argument));
  }

  /** Reads a plan or an annual return, whichever the argument names. */
  static Document read(String argument, Documents reader) throws DocumentException {
    Optional<String> example = example(argument);
    if (example.isPresent()) {
      return Examples.readDocument(example.get(), reader);
    }
    return reader.read(Path.of(argument));
  }

  /** The bundled example an argument names, if it names one; an unknown name is a problem. */
  private static Optional<String> example(String argument) throws DocumentException {
    Optional<String> example = Examples.named(argument);
    if (example.isPresent() && !Examples.exists(example.get())) {
      throw new DocumentException(
          Problem.builder()
              .severity(Problem.Severity.ERROR)
              .source(argument)
              .pointer("")
              .message("no bundled example of that name; examples: "
                  + String.join(", ", Examples.ALL))
              .build());
    }
    return example;
  }

  /**
   * Reads a plan or an annual return, whichever the argument is (a bundled example or a file);
   * its problems, and its warnings, join {@code problems}.
   */
  static Optional<Document> readDocument(String argument, Documents documents,
      List<Problem> problems) {
    try {
      Document doc = read(argument, documents);
      problems.addAll(doc.warnings());
      return Optional.of(doc);
    } catch (DocumentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  /** Reads a plan; an annual return in its place is a problem that says what to give. */
  static Optional<PlanDocument> readPlan(String argument, Documents documents,
      List<Problem> problems) {
    Optional<Document> doc = readDocument(argument, documents, problems);
    if (doc.isPresent() && !(doc.get() instanceof PlanDocument)) {
      problems.add(wrongKind(doc.get(), "the document is an annual return (document:"
          + " annual-return), not a plan; check it against its plan with --plan PLAN"));
      return Optional.empty();
    }
    return doc.map(PlanDocument.class::cast);
  }

  /** Reads an annual return; a plan in its place is a problem that says what to give. */
  static Optional<ReturnDocument> readReturn(String argument, Documents documents,
      List<Problem> problems) {
    Optional<Document> doc = readDocument(argument, documents, problems);
    if (doc.isPresent() && !(doc.get() instanceof ReturnDocument)) {
      problems.add(wrongKind(doc.get(), "the document is a plan, not an annual return (an"
          + " annual return says document: annual-return)"));
      return Optional.empty();
    }
    return doc.map(ReturnDocument.class::cast);
  }

  /** A document of the other kind than wanted, placed at its {@code document} field if any. */
  private static Problem wrongKind(Document doc, String message) {
    return at(doc, "/document", message);
  }

  /**
   * A problem with a document read well, placed at a node of it, or at its root when it has
   * no such node.
   */
  static Problem at(Document doc, String pointer, String message) {
    String at = doc.sourceMap().contains(pointer) ? pointer : "";
    SourceMap.Position position =
        doc.sourceMap().position(at).orElse(SourceMap.Position.NONE);
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(doc.source())
        .line(position.line())
        .column(position.column())
        .cell(position.cellReference())
        .pointer(at)
        .message(message)
        .build();
  }

  /** Prints each problem on a line of its own, safe for a terminal ({@link Problem#describe}). */
  static void print(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(p.describe()));
  }
}
