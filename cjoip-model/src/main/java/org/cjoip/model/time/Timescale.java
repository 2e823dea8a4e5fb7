package org.cjoip.model.time;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a deliverable's free-text timescale says, as the library understands it. The text is
 * always kept as written, so an assessment can quote it; {@link #due()} is there only when the
 * text gives a date ("31 March 2025", "Q3 2025/26", "31 May 2025 (Annually)"). A date that
 * recurs ("31 May 2025 (Annually)") is first due on that date and has a {@link #recurrence()};
 * a date that starts something ("December 2025 onwards") is open-ended {@link #from()} then.
 */
@Value.Immutable
public abstract class Timescale {

  /** The kinds of timescale a plan writes. */
  public enum Kind {
    /** A date by which the deliverable is due. */
    DUE_DATE,
    /**
     * No end: "Ongoing", "Lifetime of CJOIP", "Annually", "Throughout", or a start without an
     * end ("December 2025 onwards").
     */
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

  /**
   * How the deliverable recurs, in the plan's words folded to lower case ("annually", "each
   * year", "quarterly"): for a date that recurs, and for a bare recurrence ("Annually").
   */
  public abstract Optional<String> recurrence();

  /** The day an open-ended deliverable starts ("December 2025 onwards": 1 December 2025). */
  public abstract Optional<LocalDate> from();

  /** Whether the deliverable falls due on a first date and then again, year by year say. */
  public boolean isRecurringFromDate() {
    return kind() == Kind.DUE_DATE && recurrence().isPresent();
  }

  @Value.Check
  protected void check() {
    if (due().isPresent() != (kind() == Kind.DUE_DATE)) {
      throw new IllegalStateException("due must be present exactly when kind is DUE_DATE");
    }
    if (remark().isPresent() && kind() != Kind.DUE_DATE) {
      throw new IllegalStateException("remark is allowed only when kind is DUE_DATE");
    }
    if (from().isPresent() && kind() != Kind.OPEN_ENDED) {
      throw new IllegalStateException("from is allowed only when kind is OPEN_ENDED");
    }
    if (recurrence().isPresent() && kind() != Kind.DUE_DATE && kind() != Kind.OPEN_ENDED) {
      throw new IllegalStateException("recurrence is allowed only with a date or open-ended");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timescale}. */
  public static class Builder extends ImmutableTimescale.Builder {}
}
