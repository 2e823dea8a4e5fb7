package org.cjoip.model.annualreturn;

/** Where a deliverable of the plan stands at the end of the reporting year. */
public enum ProgressStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  /** Started or due, and running behind its due date. */
  DELAYED,
  /** The partnership decided not to deliver it. */
  DROPPED
}
