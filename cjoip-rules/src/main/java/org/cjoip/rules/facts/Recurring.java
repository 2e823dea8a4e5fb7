package org.cjoip.rules.facts;

/**
 * Derived: a deliverable that falls due on a first date and then again ("31 May 2025
 * (Annually)"). Once its first date has passed it is not overdue: its progress is reported
 * year by year in the annual returns (CJ-DEL-011).
 *
 * @param deliverable the deliverable
 * @param recurrence how it recurs, in the plan's words folded to lower case ("annually")
 */
public record Recurring(DeliverableFact deliverable, String recurrence) {}
