package org.cjoip.rules.facts;

import java.time.LocalDate;

/**
 * The edition's reporting calendar for the year a return reports on (edition data).
 *
 * @param publicationDeadline the day by which the s23 report is published (statutory guidance)
 * @param returnDate the day by which the return reaches Community Justice Scotland (practice)
 * @param disclosureThreshold the smallest count that may be published; counts from 1 below it
 *     are suppressed
 */
public record ReturnCalendar(LocalDate publicationDeadline, LocalDate returnDate,
    int disclosureThreshold) {}
