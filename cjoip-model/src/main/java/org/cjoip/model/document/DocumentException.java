package org.cjoip.model.document;

import java.util.List;

/**
 * A document could not be read. It carries every problem found, each located; a reader never
 * returns a partial result instead.
 */
public final class DocumentException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public DocumentException(List<Problem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  public DocumentException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem found, errors and warnings, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "no problems";
    }
    String first = problems.get(0).describe();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
