package org.cjoip.model.workbook;

/**
 * A workbook refused while it is read: past a limit, not a workbook at all, or malformed. It
 * carries one sentence for the officer; where it happened (the sheet and cell) is added by
 * whoever knows.
 */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient String cell;

  Refusal(String message) {
    this(message, null);
  }

  Refusal(String message, String cell) {
    super(message, null, false, false);
    this.cell = cell;
  }

  /** The cell it happened at, if known: {@code Deliverables!C50}. */
  String cell() {
    return cell;
  }

  Refusal at(String where) {
    return cell != null || where == null ? this : new Refusal(getMessage(), where);
  }
}
