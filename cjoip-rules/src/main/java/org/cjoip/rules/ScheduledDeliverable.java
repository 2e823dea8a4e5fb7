package org.cjoip.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Status;
import org.immutables.value.Value;

/**
 * A deliverable on the plan's timeline as the assessment sees it: when it is due (the date the
 * rules derived), and its state as of the assessment date. It is overdue exactly when a finding
 * of CJ-DEL-005 that no waiver covers says so, and overdue-waived when a waiver covers it.
 */
@Value.Immutable
public abstract class ScheduledDeliverable {

  /** A deliverable's state on the timeline. */
  public enum State {
    /** Due before the assessment date and not closed, and reported so. */
    OVERDUE,
    /** Due on a date, not yet passed (or passed, where the overdue rule is disabled). */
    DUE,
    /** Due before the assessment date and not closed, where a waiver covers the finding. */
    OVERDUE_WAIVED,
    /** Recurs from a first date that has passed ("31 May 2025 (Annually)"). */
    RECURRING,
    /** Recorded as complete. */
    COMPLETE,
    /** Recorded as dropped. */
    DROPPED,
    /** Open-ended: "Ongoing", "Lifetime of CJOIP", "December 2025 onwards". */
    OPEN_ENDED,
    /** No date to place it by. */
    NO_DATE
  }

  /** JSON Pointer of the deliverable in the plan document. */
  public abstract String path();

  /**
   * Where it stands, as a reader finds it: "1st deliverable of priority action 2", "2nd
   * deliverable of outcome 3".
   */
  public abstract String position();

  /** The priority action it serves, if any. */
  public abstract Optional<Integer> priorityAction();

  /** The plan's id for it, if any. */
  public abstract Optional<String> id();

  public abstract String description();

  /** The owners as the plan names them. */
  public abstract List<String> owners();

  /** The status the plan records, if any. */
  public abstract Optional<Status> status();

  /** The timescale as written, if any. */
  public abstract Optional<String> timescale();

  /** The day it is due, or first due when it recurs, if the plan gives one. */
  public abstract Optional<LocalDate> due();

  /** The day an open-ended deliverable starts, where the plan gives one. */
  public abstract Optional<LocalDate> from();

  /** How it recurs, in the plan's words folded to lower case ("annually"), if it does. */
  public abstract Optional<String> recurrence();

  public abstract State state();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduledDeliverable}. */
  public static class Builder extends ImmutableScheduledDeliverable.Builder {}
}
