package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.plan.Plan;

/**
 * The plan as a statutory document: its root, the edition it declares and its period.
 *
 * @param plan the plan
 * @param place its root node
 * @param framework the id of the edition the plan declares
 * @param periodStart the first day of the plan period, or null when none is stated
 * @param periodEnd the last day of the plan period, or null when none is stated
 */
public record PlanFact(Plan plan, Place place, String framework, LocalDate periodStart,
    LocalDate periodEnd) implements Subject {

  @Override
  public String key() {
    return "";
  }

  public String at(String member) {
    return place.at(member);
  }

  /** The pointer of a member's member, or of the deepest node on the way that exists. */
  public String at(String member, String inner) {
    return place.at(member, inner);
  }

  /**
   * Whether the plan lists any member of its partnership. The rules ask here rather than
   * whether any {@link Member} exists, so that a partnership of many other members costs the
   * rule engine nothing for them.
   */
  public boolean listsMembers() {
    return plan.partnership().listsMembers();
  }

  /** Whether the plan states a period. */
  public boolean hasPeriod() {
    return periodStart != null;
  }

  /** Whether the stated period ends before it starts. */
  public boolean isPeriodBackwards() {
    return periodStart != null && periodEnd.isBefore(periodStart);
  }

  /** Whether a reporting year lies wholly within a well-formed stated period. */
  public boolean coversYear(org.cjoip.model.time.FinancialYear year) {
    // A plan that starts or ends within a year reports on that year too.
    return periodStart != null && !isPeriodBackwards()
        && !year.end().isBefore(periodStart) && !year.start().isAfter(periodEnd);
  }

  /** Whether a day lies outside a well-formed stated period; false without one. */
  public boolean isOutsidePeriod(LocalDate day) {
    return periodStart != null && !isPeriodBackwards()
        && (day.isBefore(periodStart) || day.isAfter(periodEnd));
  }
}
