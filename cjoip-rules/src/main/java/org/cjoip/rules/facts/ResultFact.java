package org.cjoip.rules.facts;

import java.math.BigDecimal;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;

/**
 * A figure a return gives for an indicator, recognised as one of its plan's indicators for
 * that action or outcome, or as one of the framework's national measures for the action.
 *
 * @param place the figure's node
 * @param priorityAction the priority action it is given under, or 0 under an outcome
 * @param outcome the plan's outcome it is given under, or null
 * @param indicator the indicator as the return names it
 * @param measureId the national measure of the action it is recognised as, or null
 * @param planIndicator whether it is recognised as one of the plan's indicators there
 * @param entry the plan's {@code indicators[]} entry it gives the year's figure of (by the
 *     national measure both are recognised as, or by the entry's wording), or null
 * @param elsewhere when it is recognised as nothing there, the national measure of another
 *     priority action it names (by id or wording), or null
 * @param value the figure, or null
 * @param unit its unit, or null
 * @param numerator the count behind a rate, or null
 * @param suppressed whether it is withheld as too small to publish
 * @param unavailable why there is no figure, or null (blank when no reason is given)
 * @param year the reporting year of its return
 * @param current whether it is in the return being checked
 */
public record ResultFact(Place place, int priorityAction, OutcomeStatement outcome,
    String indicator, String measureId, boolean planIndicator, IndicatorFact entry,
    NationalMeasure elsewhere, BigDecimal value, Unit unit,
    BigDecimal numerator, boolean suppressed, String unavailable, FinancialYear year,
    boolean current) implements Subject {

  @Override
  public String key() {
    return Keys.join(outcome != null ? outcome.key() : Keys.priorityAction(priorityAction),
        measureId != null ? Keys.segment("measure", measureId)
            : Keys.text("indicator", indicator));
  }

  public String at(String member) {
    return place.at(member);
  }

  /** Whether it is a figure at all: a value, suppressed, or unavailable for a reason given. */
  public boolean isFigure() {
    return value != null || suppressed || (unavailable != null && !unavailable.isBlank());
  }

  /** Whether the return's plan or the framework knows the indicator it names. */
  public boolean isRecognised() {
    return measureId != null || planIndicator;
  }

  /** Whether a number it publishes counts so few that they might be identified. */
  public boolean publishesFewerThan(int threshold) {
    if (suppressed) {
      return false;
    }
    return isSmallCount(unit == Unit.COUNT ? value : null, threshold)
        || isSmallCount(numerator, threshold);
  }

  private static boolean isSmallCount(BigDecimal n, int threshold) {
    return n != null && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(threshold)) < 0;
  }
}
