package org.cjoip.rules.facts;

import java.math.BigDecimal;
import org.cjoip.model.time.FinancialYear;

/**
 * One figure of an indicator: its baseline or a result, for a reporting year.
 *
 * @param indicator the indicator
 * @param year the reporting year it is for, or null when the plan gives none
 * @param value the figure, or null when the plan gives only text
 * @param baseline whether it is the baseline rather than a result
 * @param laterResults how many of the indicator's results with a figure and a year are for a
 *     later year than this one's; 0 for a figure without a year
 */
public record FigureFact(IndicatorFact indicator, FinancialYear year, BigDecimal value,
    boolean baseline, int laterResults) {}
