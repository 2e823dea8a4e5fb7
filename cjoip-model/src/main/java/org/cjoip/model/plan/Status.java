package org.cjoip.model.plan;

/** Where a deliverable stands, as the partnership last reported it. */
public enum Status {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  /** The partnership decided not to deliver it. */
  DROPPED
}
