package org.cjoip.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Derived: a deliverable due before the assessment date and not closed (CJ-DEL-005).
 *
 * @param deliverable the deliverable
 * @param due the day it was due
 * @param days how many days it is overdue as of the assessment date
 */
public record Overdue(DeliverableFact deliverable, LocalDate due, long days) {

  /** A deliverable due on a day, overdue as of another. */
  public static Overdue of(DeliverableFact deliverable, LocalDate due, LocalDate asOf) {
    return new Overdue(deliverable, due, ChronoUnit.DAYS.between(due, asOf));
  }
}
