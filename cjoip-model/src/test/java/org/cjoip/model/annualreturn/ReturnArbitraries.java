package org.cjoip.model.annualreturn;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.time.FinancialYear;

/**
 * Generators of annual returns that the model accepts: any content a return document of format
 * version 1 can carry, including what is well-formed but wrong (a value together with
 * {@code suppressed}, an empty {@code unavailable}, a revised date without a reason), built
 * from the plan generators' texts, dates and figures so that jqwik shrinks a failing return to
 * a small one. Shared with the other modules' tests through this module's test jar.
 */
public final class ReturnArbitraries {

  private ReturnArbitraries() {}

  /** Progress ids as returns write them: the plan's "1.1", a place "1#2" or "#2", any text. */
  public static Arbitrary<String> progressIds() {
    Arbitrary<String> placed = Combinators.combine(Arbitraries.integers().between(1, 13),
            Arbitraries.integers().between(1, 5))
        .as((n, k) -> n + "#" + k);
    return Arbitraries.oneOf(PlanArbitraries.ids(), placed,
        Arbitraries.integers().between(1, 5).map(k -> "#" + k));
  }

  /** Any progress entry; a completion date comes only with COMPLETE, as the model requires. */
  public static Arbitrary<Progress> progress() {
    return Combinators.combine(
            progressIds(),
            Arbitraries.of(ProgressStatus.class).optional(),
            PlanArbitraries.dates().optional(),
            PlanArbitraries.texts().optional(),
            PlanArbitraries.dates().optional(),
            PlanArbitraries.texts().optional())
        .as((id, status, completed, progress, revisedDue, reason) ->
            Progress.builder()
                .id(id)
                .status(status)
                .completed(status.orElse(null) == ProgressStatus.COMPLETE ? completed
                    : Optional.empty())
                .progress(progress)
                .revisedDue(revisedDue)
                .revisionReason(reason)
                .build());
  }

  /** Any result: a value, suppressed, unavailable (with or without a reason), or several. */
  public static Arbitrary<Result> results() {
    Arbitrary<Result> base = Combinators.combine(
            PlanArbitraries.texts(),
            PlanArbitraries.values().optional(),
            Arbitraries.of(Unit.class).optional(),
            PlanArbitraries.values().optional(),
            PlanArbitraries.values().optional(),
            PlanArbitraries.texts().optional())
        .as((indicator, value, unit, numerator, denominator, source) ->
            Result.builder()
                .indicator(indicator)
                .value(value)
                .unit(unit)
                .numerator(numerator)
                .denominator(denominator)
                .source(source)
                .build());
    Arbitrary<Optional<String>> unavailable = Arbitraries.oneOf(
        PlanArbitraries.texts().optional(), Arbitraries.just(Optional.of("")));
    return Combinators.combine(base, Arbitraries.of(false, true), unavailable)
        .as((r, suppressed, reason) ->
            Result.builder().from(r).suppressed(suppressed).unavailable(reason).build());
  }

  public static Arbitrary<SelfEvaluation> selfEvaluations() {
    return Combinators.combine(
            Arbitraries.integers().between(SelfEvaluation.LOWEST, SelfEvaluation.HIGHEST),
            PlanArbitraries.textLists())
        .as((score, evidence) -> SelfEvaluation.builder().score(score).evidence(evidence)
            .build());
  }

  public static Arbitrary<ActionReport> actionReports() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 13),
            PlanArbitraries.texts().optional(),
            selfEvaluations().optional(),
            progress().list().ofMaxSize(3),
            results().list().ofMaxSize(3))
        .as((number, action, evaluation, progress, results) ->
            ActionReport.builder()
                .number(number)
                .actionTaken(action)
                .selfEvaluation(evaluation)
                .deliverables(distinctIds(progress))
                .results(results)
                .build());
  }

  public static Arbitrary<OutcomeReport> outcomeReports() {
    return Combinators.combine(
            PlanArbitraries.texts(),
            PlanArbitraries.texts().optional(),
            progress().list().ofMaxSize(2),
            results().list().ofMaxSize(2))
        .as((outcome, action, progress, results) ->
            OutcomeReport.builder()
                .outcome(outcome)
                .actionTaken(action)
                .deliverables(distinctIds(progress))
                .results(results)
                .build());
  }

  /** Reporting years around the plans' lifetime. */
  public static Arbitrary<FinancialYear> reportingYears() {
    return PlanArbitraries.financialYears();
  }

  private static Arbitrary<AnnualReturn> heads() {
    Arbitrary<PlanReference> plans = Combinators.combine(PlanArbitraries.texts(),
            PlanArbitraries.periods().optional())
        .as((title, period) -> PlanReference.builder().title(title).period(period).build());
    Arbitrary<SignOff> signOffs = Combinators.combine(PlanArbitraries.texts(),
            PlanArbitraries.dates().optional())
        .as((by, date) -> SignOff.builder().by(by).date(date).build());
    Arbitrary<Publication> publications = Combinators.combine(PlanArbitraries.dates(),
            PlanArbitraries.texts().optional())
        .as((date, where) -> Publication.builder().date(date).where(where).build());
    Arbitrary<AnnualReturn> first = Combinators.combine(
            PlanArbitraries.texts(),
            Arbitraries.of("cjpf-2023", "opif-2016"),
            reportingYears(),
            plans,
            PlanArbitraries.partnerships(),
            signOffs.optional(),
            PlanArbitraries.dates().optional(),
            publications.optional())
        .as((title, framework, year, plan, partnership, signOff, submitted, published) ->
            AnnualReturn.builder()
                .title(title)
                .framework(framework)
                .reportingYear(year)
                .plan(plan)
                .partnership(partnership)
                .signOff(signOff)
                .submitted(submitted)
                .published(published)
                .build());
    return Combinators.combine(first, PlanArbitraries.texts().optional(),
            PlanArbitraries.texts().optional(), PlanArbitraries.textLists(),
            PlanArbitraries.textLists(), PlanArbitraries.textLists())
        .as((head, consultation, governance, achievements, challenges, nextSteps) ->
            AnnualReturn.builder().from(head)
                .consultation(consultation)
                .governance(governance)
                .achievements(achievements)
                .challenges(challenges)
                .nextSteps(nextSteps)
                .build());
  }

  /**
   * Any annual return the model accepts, with a bundled framework edition declared. Reports on
   * priority actions have distinct numbers, as the model requires.
   */
  public static Arbitrary<AnnualReturn> annualReturns() {
    return Combinators.combine(
            heads(),
            actionReports().list().ofMaxSize(4).uniqueElements(ActionReport::number),
            outcomeReports().list().ofMaxSize(2))
        .as((head, actions, outcomes) -> AnnualReturn.builder().from(head)
            .priorityActions(actions).outcomes(outcomes).build());
  }

  /**
   * The entries with an id not given before: the reader warns of an id given twice, and a
   * generated return reads back without warnings.
   */
  private static List<Progress> distinctIds(List<Progress> entries) {
    Set<String> seen = new HashSet<>();
    return entries.stream().filter(p -> seen.add(p.id())).toList();
  }
}
