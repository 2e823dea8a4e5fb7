package org.cjoip.rules.facts;

import java.util.List;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.StatutoryPartner;

/**
 * The plan as a statutory document: what the Act asks of it as a whole.
 *
 * @param plan the plan
 * @param root its root node
 * @param hasPeriod whether it states a period
 * @param periodWellFormed whether the period ends on or after its start (true when absent)
 * @param hasParticipationStatement whether it publishes an s21 participation statement with
 *     any content
 * @param hasAnnualReport whether it states an s23 annual reporting arrangement
 * @param listsMembers whether it lists the partnership's members at all
 * @param missingPartners the statutory partner categories it does not list, in Act order
 * @param successor the id of the edition that superseded the declared one, or null
 */
public record PlanFact(
    Plan plan,
    Place root,
    boolean hasPeriod,
    boolean periodWellFormed,
    boolean hasParticipationStatement,
    boolean hasAnnualReport,
    boolean listsMembers,
    List<StatutoryPartner> missingPartners,
    String successor) {

  public String at(String member) {
    return root.at(member);
  }

  public String framework() {
    return plan.framework();
  }
}
