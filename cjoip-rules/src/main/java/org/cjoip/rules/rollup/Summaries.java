package org.cjoip.rules.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalIndicator;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Period;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.facts.Keys;

/**
 * The map step: one partnership's plan and returns, assessed as {@code assess PLAN --returns}
 * and {@code assess RETURN --plan PLAN --previous …} assess them, made into a summary.
 */
final class Summaries {

  /**
   * The rule that flags a published count small enough to identify people: a count, or the
   * count behind a percentage or rate, from 1 to below the edition's disclosure threshold.
   */
  static final String SMALL_COUNT_RULE = "CJ-ANN-011";

  /** The rule that flags a plan written against a superseded edition (s22 review). */
  static final String REVIEW_RULE = "CJ-PLAN-003";

  private Summaries() {}

  /**
   * The summary of one partnership for the year.
   *
   * @param returns the partnership's returns up to and including the reporting year, one per
   *     year
   */
  static PartnershipSummary of(Assessor assessor, Frameworks frameworks, PlanDocument plan,
      List<ReturnDocument> returns, FinancialYear year, LocalDate asOf) {
    Assessment assessed = assessor.assess(plan, returns, asOf);
    Optional<Edition> edition = frameworks.find(assessed.edition());
    Set<Integer> addressed = new HashSet<>();
    assessed.coverage().stream().filter(PriorityActionCoverage::addressed)
        .forEach(c -> addressed.add(c.number()));
    // A return submitted after the day the picture is as of was not yet submitted that day.
    Optional<ReturnDocument> current = returns.stream()
        .filter(r -> r.annualReturn().reportingYear().equals(year))
        .filter(r -> r.annualReturn().submitted().filter(d -> d.isAfter(asOf)).isEmpty())
        .findFirst();
    Optional<Period> period = plan.plan().period();
    boolean expected = period.map(p -> !p.start().isAfter(year.end())
        && !p.end().isBefore(year.start())).orElse(true);
    List<RollupFigure> figures = new ArrayList<>();
    if (current.isPresent()) {
      List<ReturnDocument> earlier = returns.stream()
          .filter(r -> r.annualReturn().reportingYear().compareTo(year) < 0).toList();
      Assessment checked = assessor.assess(current.get(), plan, earlier, asOf);
      int threshold = edition.flatMap(Edition::reporting)
          .map(ReportingCalendar::disclosureThreshold)
          .orElse(ReportingCalendar.DEFAULT_DISCLOSURE_THRESHOLD);
      Set<String> smallCounts = new HashSet<>();
      checked.findings().stream().filter(f -> f.ruleId().equals(SMALL_COUNT_RULE))
          .forEach(f -> smallCounts.add(f.key()));
      for (MeasureFigure f : checked.annualReturn().orElseThrow().figures()) {
        if (addressed.contains(f.priorityAction())) {
          figures.add(figure(f, edition, threshold, smallCounts));
        }
      }
    } else if (expected) {
      edition.ifPresent(e -> missing(e, addressed, figures));
    }
    List<String> reported = new ArrayList<>();
    int actionsTaken = 0;
    if (current.isPresent()) {
      Placeholders placeholders = Placeholders.standard();
      for (ActionReport action : current.get().annualReturn().priorityActions()) {
        boolean taken = addressed.contains(action.number()) && action.actionTaken()
            .filter(t -> !t.isBlank() && !placeholders.isPlaceholder(t)).isPresent();
        if (taken) {
          actionsTaken++;
          edition.flatMap(e -> e.outcomeFor(action.number()))
              .map(NationalOutcome::id)
              .filter(id -> !reported.contains(id))
              .ifPresent(reported::add);
        }
      }
    }
    Optional<LocalDate> submitted =
        current.flatMap(r -> r.annualReturn().submitted());
    Optional<LocalDate> due = edition.flatMap(Edition::reporting)
        .flatMap((ReportingCalendar c) -> c.returnDate(year));
    boolean late = expected && due.isPresent() && (current.isPresent()
        ? submitted.map(d -> d.isAfter(due.get())).orElse(false)
        : asOf.isAfter(due.get()));
    return PartnershipSummary.builder()
        .partnership(plan.plan().partnership().name())
        .planSource(plan.source())
        .planTitle(plan.plan().title())
        .edition(assessed.edition())
        .periodEnd(period.map(Period::end))
        .coverage(assessed.coverage())
        .reportingYear(year)
        .returnExpected(expected)
        .returnSource(current.map(ReturnDocument::source))
        .submitted(submitted)
        .returnDue(due)
        .late(late)
        .figures(figures)
        .actionsWithActionTaken(actionsTaken)
        .outcomesReportedOn(reported.stream().sorted().toList())
        .reviewReasons(reviewReasons(assessed, period, asOf))
        .build();
  }

  private static List<String> reviewReasons(Assessment assessed, Optional<Period> period,
      LocalDate asOf) {
    List<String> reasons = new ArrayList<>();
    assessed.findings().stream()
        .filter(f -> f.ruleId().equals(REVIEW_RULE) && !f.isWaived())
        .findFirst()
        .ifPresent(f -> reasons.add(REVIEW_RULE + ": " + f.message()));
    period.filter(p -> p.end().isBefore(asOf))
        .ifPresent(p -> reasons.add("the plan's period ended on " + p.end()));
    return reasons;
  }

  private static RollupFigure figure(MeasureFigure f, Optional<Edition> edition, int threshold,
      Set<String> smallCounts) {
    Optional<Measure> measure = edition.flatMap(e -> e.measure(f.measureId()));
    RollupFigure.Builder b = RollupFigure.builder()
        .priorityAction(f.priorityAction())
        .measure(f.measureId())
        .measureText(measure.map(Measure::text).orElse(f.measureId()));
    Optional<Unit> unit = f.unit().or(() -> measure.map(Measure::unit));
    boolean small = f.state() == MeasureFigure.State.REPORTED
        && (unit.orElse(null) == Unit.COUNT && f.value().filter(v -> v.signum() > 0
            && v.compareTo(BigDecimal.valueOf(threshold)) < 0).isPresent()
        || smallCounts.contains(Keys.join(SMALL_COUNT_RULE,
            Keys.priorityAction(f.priorityAction()), Keys.segment("measure", f.measureId()))));
    if (small) {
      // Published, it could identify people: the rollup withholds it as the return should have.
      return b.state(MeasureFigure.State.SUPPRESSED).build();
    }
    return b.state(f.state())
        .value(f.value())
        .unit(f.state() == MeasureFigure.State.REPORTED ? unit : Optional.empty())
        .build();
  }

  // No return for a year one is due: every measure of every addressed action is missing.
  private static void missing(Edition edition, Set<Integer> addressed,
      List<RollupFigure> figures) {
    for (var action : edition.priorityActions()) {
      if (!addressed.contains(action.number())) {
        continue;
      }
      List<Measure> measures = edition.outcomeFor(action.number())
          .flatMap(NationalOutcome::indicator)
          .map(NationalIndicator::measures)
          .orElse(List.of());
      for (Measure m : measures) {
        figures.add(RollupFigure.builder()
            .priorityAction(action.number())
            .measure(m.id())
            .measureText(m.text())
            .state(MeasureFigure.State.MISSING)
            .build());
      }
    }
  }
}
