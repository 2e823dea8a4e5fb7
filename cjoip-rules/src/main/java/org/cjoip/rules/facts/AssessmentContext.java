package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.framework.Edition;

/**
 * What every assessment is relative to: the day it is made as of, the framework edition the
 * plan is assessed against, and the thresholds in force.
 *
 * @param asOf the assessment date; deadlines and reporting years are judged against it
 * @param edition the framework edition
 * @param overdueErrorDays how many days overdue make CJ-DEL-005 an error
 */
public record AssessmentContext(LocalDate asOf, Edition edition, int overdueErrorDays) {}
