package org.cjoip.rules.facts;

import java.time.LocalDate;

/**
 * Derived: the day a deliverable is due: its explicit due date, else the date its timescale
 * gives.
 *
 * @param deliverable the deliverable
 * @param date the day it is due
 */
public record Due(DeliverableFact deliverable, LocalDate date) {}
