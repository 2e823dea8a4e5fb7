package org.cjoip.rules.facts;

import org.cjoip.model.time.FinancialYear;

/**
 * Derived: a reporting year within the plan period that ended before the assessment date, so
 * the s23 annual report for it is due and its figures should be recorded.
 *
 * @param year the financial year
 */
public record ReportingYear(FinancialYear year) {}
