package org.cjoip.model.time;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a deliverable's free-text timescale says, as the library understands it. The text is
 * always kept as written, so an assessment can quote it; {@link #due()} is there only when the
 * text gives a date ("31 March 2025", "Q3 2025/26", "31 May 2025 (Annually)").
 */
@Value.Immutable
public abstract class Timescale {

  /** The kinds of timescale a plan writes. */
  public enum Kind {
    /** A date by which the deliverable is due. */
    DUE_DATE,
    /** No end: "Ongoing", "Lifetime of CJOIP", "Annually", "Throughout". */
    OPEN_ENDED,
    /** Stands for nothing yet: "TBC", "To be confirmed", blank. */
    PLACEHOLDER,
    /** None of the above: the text is kept so that it can be quoted. */
    NOT_UNDERSTOOD
  }

  public abstract Kind kind();

  /** The timescale as written; {@code ""} when the plan gives none. */
  public abstract String text();

  /** The day the deliverable is due; present exactly when the kind is {@link Kind#DUE_DATE}. */
  public abstract Optional<LocalDate> due();

  /**
   * What the plan wrote after the date, without brackets or leading separators: "Annually" in
   * "31 May 2025 (Annually)", "ongoing" in "March 2025 - ongoing". Only with a due date.
   */
  public abstract Optional<String> remark();

  @Value.Check
  protected void check() {
    if (due().isPresent() != (kind() == Kind.DUE_DATE)) {
      throw new IllegalStateException("due must be present exactly when kind is DUE_DATE");
    }
    if (remark().isPresent() && kind() != Kind.DUE_DATE) {
      throw new IllegalStateException("remark is allowed only when kind is DUE_DATE");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timescale}. */
  public static class Builder extends ImmutableTimescale.Builder {}
}
