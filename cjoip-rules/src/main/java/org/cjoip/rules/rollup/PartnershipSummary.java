package org.cjoip.rules.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.PriorityActionCoverage;
import org.immutables.value.Value;

/**
 * What the national picture keeps of one partnership: its plan's coverage, its figures for the
 * reporting year, how complete its return is, the national outcomes it reports action on and
 * whether its plan is due for review. Made from the partnership's assessments, which are then
 * dropped: a summary is small, whatever the size of the plan.
 */
@Value.Immutable
public abstract class PartnershipSummary {

  /** The partnership's name, as its plan gives it. */
  public abstract String partnership();

  /** The plan document's name as the caller gave it. */
  public abstract String planSource();

  public abstract String planTitle();

  /** The framework edition the plan was assessed against. */
  public abstract String edition();

  /** The last day of the plan's period, where it gives one. */
  public abstract Optional<LocalDate> periodEnd();

  /**
   * The plan's coverage per priority action, exactly as {@code assess PLAN --returns} reports it
   * with the partnership's returns up to the reporting year.
   */
  public abstract List<PriorityActionCoverage> coverage();

  /** The year the figures are for. */
  public abstract FinancialYear reportingYear();

  /** Whether the plan's period includes any of the reporting year, so that a return is due. */
  public abstract boolean returnExpected();

  /** The return for the reporting year, by the name the caller gave it, if one was given. */
  public abstract Optional<String> returnSource();

  /** The day the return says it went to Community Justice Scotland. */
  public abstract Optional<LocalDate> submitted();

  /** The day the edition's calendar says the year's return is due, if it says. */
  public abstract Optional<LocalDate> returnDue();

  /**
   * Whether the return is late: submitted after its due day, or not given when the due day has
   * passed.
   */
  public abstract boolean late();

  /** One figure per national measure of every addressed priority action, in edition order. */
  public abstract List<RollupFigure> figures();

  /** How many addressed priority actions the return states action taken on (s23(a)). */
  public abstract int actionsWithActionTaken();

  /** The national outcomes, by id, whose priority action the return states action taken on. */
  public abstract List<String> outcomesReportedOn();

  /**
   * Why the plan is due for review: the CJ-PLAN-003 finding (a superseded edition), or its
   * period having ended. Empty when it is not.
   */
  public abstract List<String> reviewReasons();

  /** Whether a return for the reporting year was given. */
  public boolean returnSubmitted() {
    return returnSource().isPresent();
  }

  /** How many measures' figures the return is due to give. */
  public int measuresDue() {
    return figures().size();
  }

  /** How many of them it gives: a value, a suppression or a reason it is unavailable. */
  public int measuresWithFigure() {
    return (int) figures().stream().filter(RollupFigure::hasFigure).count();
  }

  /** How many priority actions the plan addresses. */
  public int actionsAddressed() {
    return (int) coverage().stream().filter(PriorityActionCoverage::addressed).count();
  }

  public boolean reviewDue() {
    return !reviewReasons().isEmpty();
  }

  @Value.Check
  protected void check() {
    if (partnership().isBlank()) {
      throw new IllegalStateException("partnership must not be blank");
    }
    if (actionsWithActionTaken() < 0) {
      throw new IllegalStateException("actionsWithActionTaken must not be negative");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnershipSummary}. */
  public static class Builder extends ImmutablePartnershipSummary.Builder {}
}
