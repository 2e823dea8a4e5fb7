package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.framework.Edition;

/** Reading the documents a command names: files, or bundled examples as {@code example:NAME}. */
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
   * @throws DocumentException when the file is not a valid edition, with located problems
   */
  static Edition edition(String idOrFile, Frameworks frameworks, String option)
      throws DocumentException {
    if (frameworks.find(idOrFile).isPresent()) {
      return frameworks.get(idOrFile);
    }
    Path file = Path.of(idOrFile);
    if (!Files.exists(file)) {
      throw new Main.UsageException((option.isEmpty() ? "" : option + ": ") + "'" + idOrFile
          + "' is neither a bundled framework edition nor a file; bundled editions: "
          + String.join(", ", frameworks.ids()));
    }
    return Frameworks.load(file);
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
    return reader.read(Path.of(argument));
  }

  static void print(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(p.describe()));
  }

  /**
   * Writes a report to a file only once it is whole: to a temporary file beside it, then moved
   * into place, so a failed run never leaves a partial report.
   */
  static void writeAtomically(Path target, String content) {
    try {
      Path tmp = tempBeside(target);
      try {
        Files.writeString(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new Main.UsageException("cannot write " + target + ": " + e.getMessage());
    }
  }

  /**
   * A temporary file beside a target, to be moved onto it once whole. It gets the target's
   * permissions, or a report's usual rw-r--r-- for a new file: a temporary file is created
   * private to its owner, and a report left so would surprise whoever shares it.
   */
  static Path tempBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".cjoip-", ".tmp");
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> permissions = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, permissions);
    }
    return tmp;
  }
}
