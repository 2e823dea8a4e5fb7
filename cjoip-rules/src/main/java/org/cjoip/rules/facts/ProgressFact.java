package org.cjoip.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.time.FinancialYear;

/**
 * A return's progress entry for a deliverable of its plan, in the return checked or in one of
 * the returns before it.
 *
 * @param place the entry's node (in its own return)
 * @param priorityAction the priority action it is given under, or 0 under an outcome
 * @param outcome the key segment of the plan's outcome it is given under ({@code outcome=L1}),
 *     or null under a priority action
 * @param id the deliverable as the return names it
 * @param deliverable the plan's deliverable it names, or null when the plan has none of that
 *     id there
 * @param named when {@code deliverable} is null, the plan's deliverable its id stands for
 *     elsewhere: one of that id in another letter case or under another action or outcome,
 *     or the numbered one at the place {@code N#k} gives; else null
 * @param idsThere the ids by which a return names the plan's deliverables where the entry is
 *     (the plan's id, or {@code N#k} for one it does not number), in the plan's order
 * @param status the status reported, or null
 * @param revisedDue a new due date, or null
 * @param revisionReason why the date was revised, or null
 * @param reasonGiven whether {@code revisionReason} says something: given, and not a
 *     placeholder ("TBC", blank)
 * @param year the reporting year of its return
 * @param current whether it is in the return being checked, not an earlier one
 * @param completed the date it was completed, or null
 */
public record ProgressFact(Place place, int priorityAction, String outcome, String id,
    DeliverableFact deliverable, DeliverableFact named, List<String> idsThere,
    ProgressStatus status, LocalDate revisedDue, String revisionReason, boolean reasonGiven,
    FinancialYear year, boolean current, LocalDate completed) implements Subject {

  public ProgressFact {
    idsThere = List.copyOf(idsThere);
  }

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

  /** Whether it gives a due date without saying why. */
  public boolean isRevisedWithoutReason() {
    return revisedDue != null && !reasonGiven;
  }

  /** Whether the deliverable its id stands for sits where the entry is, in another form. */
  public boolean isNamedHere() {
    return named != null && named.section() == priorityAction
        && java.util.Objects.equals(named.outcome(), outcome);
  }
}
