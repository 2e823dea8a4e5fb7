package org.cjoip.rules.facts;

import org.cjoip.model.time.FinancialYear;

/**
 * A reporting year (1 April to 31 March) that lies within the plan period and ended before the
 * assessment date: the s23 annual report for it is due, so its figures should be recorded.
 *
 * @param year the financial year
 */
public record ReportingYear(FinancialYear year) {}
