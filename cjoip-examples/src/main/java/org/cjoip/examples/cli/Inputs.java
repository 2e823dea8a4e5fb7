package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.workbook.WorkbookLimits;
import org.cjoip.model.workbook.WorkbookReader;

/**
 * Reading the documents a command names: files (plan documents, or plan workbooks by their
 * name), or bundled examples as {@code example:NAME}.
 */
final class Inputs {

  /** The documents read, or the problems that stopped them. */
  record Read(List<PlanDocument> documents, List<Problem> problems) {
    boolean ok() {
      return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
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

  /** Reads every argument; problems of all of them are collected, none is skipped. */
  static Read readAll(List<String> arguments, PlanReader reader) {
    List<PlanDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String argument : arguments) {
      try {
        PlanDocument doc = read(argument, reader);
        documents.add(doc);
        problems.addAll(doc.warnings());
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      }
    }
    return new Read(documents, problems);
  }

  static PlanDocument read(String argument, PlanReader reader) throws DocumentException {
    Optional<String> example = Examples.named(argument);
    if (example.isPresent()) {
      if (!Examples.exists(example.get())) {
        throw new DocumentException(
            Problem.builder()
                .severity(Problem.Severity.ERROR)
                .source(argument)
                .pointer("")
                .message("no bundled example of that name; examples: "
                    + String.join(", ", Examples.NAMES))
                .build());
      }
      return Examples.read(example.get(), reader);
    }
    if (WorkbookReader.isWorkbookName(argument)) {
      return WorkbookReader.of(reader, WorkbookLimits.defaults()).read(Path.of(argument));
    }
    return reader.read(Path.of(argument));
  }

  /** Prints each problem on a line of its own, safe for a terminal ({@link Problem#describe}). */
  static void print(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(p.describe()));
  }
}
