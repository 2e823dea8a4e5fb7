package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.time.FinancialYear;

/**
 * Derived: the day a deliverable is due: the latest revised date an earlier annual return gives
 * it, else its explicit due date, else the date its timescale gives.
 *
 * @param deliverable the deliverable
 * @param date the day it is due
 * @param revisedIn the reporting year of the return that set the date; null when the plan did
 */
public record Due(DeliverableFact deliverable, LocalDate date, FinancialYear revisedIn) {

  /** A due date the plan gives. */
  public Due(DeliverableFact deliverable, LocalDate date) {
    this(deliverable, date, null);
  }

  /** Whether an annual return, not the plan, set the date. */
  public boolean isRevised() {
    return revisedIn != null;
  }
}
