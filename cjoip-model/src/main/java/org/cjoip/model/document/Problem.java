package org.cjoip.model.document;

import java.util.Optional;
import org.cjoip.model.text.Printable;
import org.immutables.value.Value;

/**
 * One thing wrong with a document, at one place: the line and column in its text (or the cell,
 * for a workbook) and the JSON Pointer of the node in its tree. A {@link Severity#WARNING} is
 * reported but does not stop the document being read (an unknown field in lenient mode, say);
 * an {@link Severity#ERROR} does.
 */
@Value.Immutable
public abstract class Problem {

  // A pointer through a key of fifty thousand characters is shown cut, not whole.
  private static final int POINTER_SHOWN = 200;

  /** Whether a problem stops the document being read. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public abstract Severity severity();

  /** The document's name as the caller gave it (a file path, {@code example:NAME}, …). */
  public abstract Optional<String> source();

  /** 1-based line of the offending text; 0 when the place has no text position. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** 1-based column of the offending text; 0 when the place has no text position. */
  @Value.Default
  public int column() {
    return 0;
  }

  /**
   * The spreadsheet cell of the offending value, for a document read from a workbook:
   * {@code Deliverables!E12}. Printed instead of the line and column.
   */
  public abstract Optional<String> cell();

  /** RFC 6901 JSON Pointer of the offending node; {@code ""} for the document itself. */
  public abstract String pointer();

  /**
   * Whether the document is read as a tree of values, so that the pointer says where in it the
   * problem is; a rule file is text alone, placed by line and column.
   */
  @Value.Default
  public boolean inTree() {
    return true;
  }

  /** One sentence that says what is wrong and what was expected. */
  public abstract String message();

  @Value.Check
  protected void check() {
    if (line() < 0 || column() < 0) {
      throw new IllegalStateException("line and column must not be negative");
    }
    if (cell().isPresent() && cell().get().isBlank()) {
      throw new IllegalStateException("cell must not be blank");
    }
    if (!pointer().isEmpty() && !pointer().startsWith("/")) {
      throw new IllegalStateException("pointer must be empty or start with '/': " + pointer());
    }
  }

  /**
   * The problem as a compiler would print it: {@code file:line:col: /pointer: message}, with a
   * {@code warning: } marker for warnings; for a workbook, the cell instead of line and column:
   * {@code plan.xlsx: Deliverables!E12: /pointer: message}. It is one line safe to print on a
   * terminal: control characters from the document (in its name, a key or a quoted value) are
   * shown escaped.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(source().orElse("<input>"));
    if (cell().isPresent()) {
      out.append(": ").append(cell().get());
    } else if (line() > 0) {
      out.append(':').append(line()).append(':').append(column());
    }
    out.append(": ");
    if (severity() == Severity.WARNING) {
      out.append("warning: ");
    }
    String at = pointer().length() <= POINTER_SHOWN ? pointer()
        : pointer().substring(0, POINTER_SHOWN) + "…";
    if (inTree()) {
      out.append(pointer().isEmpty() ? "(document)" : at).append(": ");
    }
    out.append(message());
    return Printable.escape(out);
  }

  @Override
  public String toString() {
    return describe();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}. */
  public static class Builder extends ImmutableProblem.Builder {}
}
