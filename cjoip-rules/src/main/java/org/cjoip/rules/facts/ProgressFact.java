package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.time.FinancialYear;

/**
 * A return's progress entry for a deliverable of its plan, in the return checked or in one of
 * the returns before it.
 *
 * @param place the entry's node (in its own return)
 * @param priorityAction the priority action it is given under, or 0 under an outcome
 * @param id the deliverable as the return names it
 * @param deliverable the plan's deliverable it names, or null when the plan has none of that
 *     id there
 * @param status the status reported, or null
 * @param revisedDue a new due date, or null
 * @param revisionReason why the date was revised, or null
 * @param year the reporting year of its return
 * @param current whether it is in the return being checked, not an earlier one
 * @param completed the date it was completed, or null
 */
public record ProgressFact(Place place, int priorityAction, String id,
    DeliverableFact deliverable, ProgressStatus status, LocalDate revisedDue,
    String revisionReason, FinancialYear year, boolean current, LocalDate completed)
    implements Subject {

  @Override
  public String deliverableId() {
    return id;
  }

  @Override
  public String key() {
    return Keys.segment("deliverable", id);
  }

  public String at(String member) {
    return place.at(member);
  }

  /** Whether it reports the deliverable finished with: complete or dropped. */
  public boolean isClosing() {
    return status == ProgressStatus.COMPLETE || status == ProgressStatus.DROPPED;
  }

  /**
   * Whether, as of a date, it reports the deliverable finished with: dropped, or complete on
   * or before that date (a completion dated later had not happened yet).
   */
  public boolean isClosingBy(LocalDate asOf) {
    return status == ProgressStatus.DROPPED
        || status == ProgressStatus.COMPLETE && (completed == null || !completed.isAfter(asOf));
  }

  /** Whether it reports the deliverable dropped. */
  public boolean isDropped() {
    return status == ProgressStatus.DROPPED;
  }

  /** Whether it revises the due date without saying why. */
  public boolean isRevisedWithoutReason() {
    return revisedDue != null && (revisionReason == null || revisionReason.isBlank());
  }
}
