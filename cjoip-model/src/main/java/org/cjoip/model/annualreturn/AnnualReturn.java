package org.cjoip.model.annualreturn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.time.Dates;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * A partnership's annual return: its s23 report on one reporting year (1 April to 31 March) of
 * its Community Justice Outcome Improvement Plan, the content Community Justice Scotland
 * collects each year and the partners publish. It sets out the action taken on each national
 * and local outcome of the plan, assesses it against the indicators, and reports progress on
 * the plan's deliverables; it is read beside the plan it names.
 */
@Value.Immutable
public abstract class AnnualReturn {

  /** The annual return document format version this model corresponds to. */
  public static final int FORMAT_VERSION = 1;

  public abstract String title();

  /** The id of the framework edition the return is written against ("cjpf-2023"). */
  public abstract String framework();

  /** The reporting year, 1 April to 31 March, that the return covers. */
  public abstract FinancialYear reportingYear();

  /** The plan the year is reported against. */
  public abstract PlanReference plan();

  /** The partnership, as its plan names it. */
  public abstract Partnership partnership();

  /** Who approved the report for the partners, and when. */
  public abstract Optional<SignOff> signOff();

  /** The day the return went to Community Justice Scotland. */
  public abstract Optional<LocalDate> submitted();

  /** When and where the report was published. */
  public abstract Optional<Publication> published();

  /** How the partners consulted third sector and community bodies on the report (s23). */
  public abstract Optional<String> consultation();

  /** How the partnership is governed and reports locally. */
  public abstract Optional<String> governance();

  /** The year's report on each priority action, in the return's order. */
  public abstract List<ActionReport> priorityActions();

  /** The year's report on outcomes the plan states outside a priority action's section. */
  public abstract List<OutcomeReport> outcomes();

  public abstract List<String> achievements();

  public abstract List<String> challenges();

  public abstract List<String> nextSteps();

  /** The return's report on a priority action, if it has one. */
  public Optional<ActionReport> priorityAction(int number) {
    return priorityActions().stream().filter(p -> p.number() == number).findFirst();
  }

  /** Every result: those under priority actions, then those under outcomes. */
  public Stream<Result> results() {
    return Stream.concat(
        priorityActions().stream().flatMap(p -> p.results().stream()),
        outcomes().stream().flatMap(o -> o.results().stream()));
  }

  /** Every progress entry: those under priority actions, then those under outcomes. */
  public Stream<Progress> progress() {
    return Stream.concat(
        priorityActions().stream().flatMap(p -> p.deliverables().stream()),
        outcomes().stream().flatMap(o -> o.deliverables().stream()));
  }

  @Value.Check
  protected void check() {
    long distinct = priorityActions().stream().mapToInt(ActionReport::number).distinct().count();
    if (distinct != priorityActions().size()) {
      throw new IllegalStateException("priorityActions must not give a priority action twice");
    }
    submitted().ifPresent(d -> Dates.requireInRange(d, "submitted"));
    FinancialYear first = FinancialYear.containing(Dates.FIRST);
    FinancialYear last = FinancialYear.containing(Dates.LAST);
    if (reportingYear().compareTo(first) < 0 || reportingYear().compareTo(last) > 0) {
      // Every day of the year is then a date the model holds.
      throw new IllegalStateException("reportingYear must be from " + first + " to " + last
          + ", not " + reportingYear());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualReturn}. */
  public static class Builder extends ImmutableAnnualReturn.Builder {}
}
