package org.cjoip.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.Problem;

/**
 * The documents a rollup's arguments name: bundled examples, files, and folders searched
 * through every subfolder (links followed) for {@code .json}, {@code .yaml}, {@code .yml} and
 * {@code .xlsx} files, each folder's in name order. A national team keeps a folder per
 * partnership, so a folder stands for everything under it. A file named twice (a folder and a
 * file in it, one file given twice, or a link to it) is read once. What cannot be listed (a
 * subfolder that cannot be opened, a link back to a folder above it) is a located problem; a
 * link to nothing with a document's name is kept, so that reading it says what is wrong.
 * Other files are not documents and are not read.
 */
final class RollupInputs {

  /** The documents to read, in order, and why parts of folders could not be searched. */
  record Scan(List<String> documents, List<Problem> problems) {}

  private RollupInputs() {}

  /**
   * The documents the arguments name.
   *
   * @throws Main.UsageException when a folder holds no document at all
   */
  static Scan scan(List<String> arguments) {
    List<String> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Examples.named(argument).isEmpty() && Files.isDirectory(path)) {
        int before = found.size();
        int problemsBefore = problems.size();
        walk(path, found, problems);
        if (found.size() == before && problems.size() == problemsBefore) {
          throw new Main.UsageException(argument + " holds no plan or annual return documents"
              + " (.json, .yaml, .yml, .xlsx) in it or its subfolders");
        }
      } else {
        found.add(argument);
      }
    }
    List<String> documents = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (String document : found) {
      if (seen.add(identity(document))) {
        documents.add(document);
      }
    }
    return new Scan(List.copyOf(documents), List.copyOf(problems));
  }

  /** What makes two names one document: the file itself, wherever it is named from. */
  private static Object identity(String document) {
    if (Examples.named(document).isPresent()) {
      return document;
    }
    Path path = Path.of(document);
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      // It cannot be read; reading it says why, once.
      return path.toAbsolutePath().normalize();
    }
  }

  private static void walk(Path folder, List<String> found, List<Problem> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // A link to nothing is visited as the link itself: kept, its reading says so.
              if (Inputs.isDocumentName(file) && !attributes.isDirectory()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (Inputs.isDocumentName(file) && !(e instanceof FileSystemLoopException)) {
                files.add(file);
              } else {
                problems.add(problem(file, e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(problem(folder, e));
    }
    // Name order, whatever order the file system lists them in.
    files.stream().map(Path::toString).sorted().forEach(found::add);
  }

  private static Problem problem(Path file, IOException e) {
    String why;
    if (e instanceof FileSystemLoopException) {
      why = "is a link to a folder that holds it; it is not searched again";
    } else if (e instanceof AccessDeniedException) {
      why = "cannot be searched: permission denied";
    } else {
      why = "cannot be searched: " + Output.reason(e);
    }
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(file.toString())
        .pointer("")
        .message(why)
        .build();
  }
}
