package org.cjoip.model.framework;

import java.util.List;

/**
 * An edition, or one of its items, that breaks the framework's invariants: thrown by the
 * builders of this package. It carries every violation, each located by a JSON Pointer into the
 * document form of the value being built, so that a reader can report it where the file has
 * it. The message names the field as a path ({@code priorityActions[3].aim: …}).
 */
public final class InvalidEditionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /**
   * One broken invariant.
   *
   * @param pointer where, as a JSON Pointer relative to the value being built ({@code ""} for
   *     the value itself)
   * @param message what is wrong, in one sentence
   */
  public record Violation(String pointer, String message) {

    /** The violation as an exception message: the field path, then what is wrong. */
    String describe() {
      return EditionChecks.fieldPath(pointer) + ": " + message;
    }
  }

  private final transient List<Violation> violations;

  InvalidEditionException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in document order; at least one. */
  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    String first = violations.get(0).describe();
    return violations.size() == 1
        ? first
        : first + " (and " + (violations.size() - 1) + " more)";
  }
}
