package org.cjoip.rules.facts;

import org.cjoip.model.time.FinancialYear;

/**
 * A reporting year (1 April to 31 March) that lies wholly within the plan period.
 *
 * @param year the financial year
 */
public record PlanYear(FinancialYear year) {}
