package org.cjoip.rules.facts;

import java.time.LocalDate;

/**
 * What every assessment is relative to: the day it is made as of, the framework edition the
 * plan is assessed against, and the thresholds in force (data, not literals in the rules).
 *
 * @param asOf the assessment date; deadlines and reporting years are judged against it
 * @param edition the id of the framework edition the plan is assessed against
 * @param overdueErrorDays how many days overdue make CJ-DEL-005 an error
 */
public record AssessmentContext(LocalDate asOf, String edition, int overdueErrorDays) {}
