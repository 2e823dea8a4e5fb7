package org.cjoip.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;

/**
 * Generators of plans that the model accepts: any content a document of format version 1 can
 * carry, built from small composable parts so that jqwik shrinks a failing plan to a minimal
 * one (fewer priority actions, outcomes, indicators and deliverables, shorter texts, absent
 * optional fields). Shared with the other modules' tests through this module's test jar.
 */
public final class PlanArbitraries {

  /** Texts plans really write, and texts that are hard to write down as JSON or YAML. */
  private static final List<String> WORDINGS =
      List.of(
          "TBC",
          "N/A",
          "-",
          "To be confirmed",
          "Ongoing",
          "Lifetime of CJOIP",
          "31 March 2025",
          "2025/26",
          "Q3 2025/26",
          "Police Scotland",
          "Community Justice Partnership",
          "More people successfully complete diversion from prosecution",
          "1.10",
          "007",
          "yes",
          "no",
          "null",
          "~",
          "true",
          "2025-02-30",
          "- item",
          "key: value",
          "# not a comment",
          "&anchor",
          "*alias",
          "!!str tagged",
          "'quoted'",
          "\"double\"",
          " leading space",
          "trailing space ",
          "line one\nline two",
          "tab\there",
          "Gàidhlig: Ceartas Coimhearsnachd",
          "£5,000 — “quoted” ‘text’ …",
          "emoji \uD83D\uDE80 in a plan");

  private PlanArbitraries() {}

  /**
   * Text as a plan may hold it: mostly words, sometimes the awkward wordings above, sometimes
   * any characters outside the surrogate range but NUL, which no document may hold. Shrinks
   * towards short, plain text.
   */
  public static Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',', '(', ')')
            .ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> anything =
        Arbitraries.strings().withCharRange('\u0001', '\uD7FF').withCharRange('\uE000', '\uFFFD')
            .ofMaxLength(20);
    return Arbitraries.frequencyOf(
        Tuple.of(6, words), Tuple.of(3, Arbitraries.of(WORDINGS)), Tuple.of(1, anything));
  }

  /** A short list of texts; shrinks towards the empty list. */
  public static Arbitrary<List<String>> textLists() {
    return texts().list().ofMaxSize(3);
  }

  /** Dates around the plans' lifetime. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 12)
        .map(days -> LocalDate.of(2020, 4, 1).plusDays(days));
  }

  public static Arbitrary<FinancialYear> financialYears() {
    return Arbitraries.integers().between(2016, 2032).map(FinancialYear::of);
  }

  /**
   * Figures as plans give them: whole numbers, percentages with decimals, or large counts, up
   * to the largest a figure may be.
   */
  public static Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 1000).map(BigDecimal::valueOf),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
        Arbitraries.longs().between(0, 999_999_999_999_999L).map(BigDecimal::valueOf));
  }

  /**
   * Any deliverable; a completion date comes only with COMPLETE, as the model requires. Shrinks
   * towards a bare description.
   */
  public static Arbitrary<Deliverable> deliverables() {
    Arbitrary<Deliverable> base =
        Combinators.combine(
                ids().optional(),
                texts(),
                Arbitraries.of(Priority.class).optional(),
                textLists(),
                textLists(),
                texts().optional(),
                dates().optional())
            .as((id, description, priority, owners, measures, timescale, due) ->
                Deliverable.builder()
                    .id(id)
                    .description(description)
                    .priority(priority)
                    .owners(owners)
                    .impactMeasures(measures)
                    .timescale(timescale)
                    .due(due)
                    .build());
    return Combinators.combine(base, Arbitraries.of(Status.class).optional(), dates().optional())
        .as((d, status, completed) ->
            Deliverable.builder()
                .from(d)
                .status(status)
                .completed(status.orElse(null) == Status.COMPLETE ? completed : Optional.empty())
                .build());
  }

  /** Ids as plans number things, "1.1" or "10.3", or any text. */
  public static Arbitrary<String> ids() {
    Arbitrary<String> numbered =
        Combinators.combine(Arbitraries.integers().between(1, 13),
                Arbitraries.integers().between(1, 12))
            .as((a, b) -> a + "." + b);
    return Arbitraries.oneOf(numbered, texts());
  }

  public static Arbitrary<PriorityActionResponse> priorityActionResponses() {
    return Combinators.combine(
            Arbitraries.integers().between(PriorityActionResponse.FIRST,
                PriorityActionResponse.LAST),
            texts().optional(),
            Arbitraries.of(true, false).optional(),
            texts().optional(),
            textLists(),
            textLists(),
            deliverables().list().ofMaxSize(3))
        .as((number, assessment, prioritised, outcome, national, local, deliverables) ->
            PriorityActionResponse.builder()
                .number(number)
                .assessment(assessment)
                .prioritised(prioritised)
                .nationalOutcome(outcome)
                .nationalIndicators(national)
                .localIndicators(local)
                .deliverables(deliverables)
                .build());
  }

  public static Arbitrary<StatedOutcome> statedOutcomes() {
    return Combinators.combine(
            ids().optional(),
            texts(),
            Arbitraries.of(true, false).optional(),
            Arbitraries.integers().between(1, 4).optional(),
            texts().optional(),
            Arbitraries.integers().between(1, 13).list().ofMaxSize(2),
            textLists(),
            deliverables().list().ofMaxSize(2))
        .as((id, text, national, aim, area, actions, indicators, deliverables) ->
            StatedOutcome.builder()
                .id(id)
                .text(text)
                .national(national)
                .aim(aim)
                .area(area)
                .priorityActions(actions)
                .indicators(indicators)
                .deliverables(deliverables)
                .build());
  }

  public static Arbitrary<Figure> figures() {
    return Combinators.combine(financialYears().optional(), values().optional(),
            texts().optional())
        .as((period, value, text) ->
            Figure.builder().period(period).value(value).text(text).build());
  }

  public static Arbitrary<Target> targets() {
    return Combinators.combine(Arbitraries.of(Direction.class).optional(), values().optional(),
            financialYears().optional(), texts().optional())
        .as((direction, value, period, text) ->
            Target.builder().direction(direction).value(value).period(period).text(text)
                .build());
  }

  public static Arbitrary<Indicator> indicators() {
    return Combinators.combine(
            texts(),
            Arbitraries.integers().between(1, 13).optional(),
            Arbitraries.of(true, false).optional(),
            Arbitraries.of(Unit.class).optional(),
            figures().optional(),
            targets().optional(),
            figures().list().ofMaxSize(3))
        .as((name, action, national, unit, baseline, target, results) ->
            Indicator.builder()
                .name(name)
                .priorityAction(action)
                .national(national)
                .unit(unit)
                .baseline(baseline)
                .target(target)
                .results(results)
                .build());
  }

  public static Arbitrary<Partnership> partnerships() {
    return Combinators.combine(texts(), textLists(),
            Arbitraries.of(StatutoryPartner.class).list().ofMaxSize(8), textLists())
        .as((name, authorities, partners, others) ->
            Partnership.builder().name(name).localAuthorities(authorities)
                .statutoryPartners(partners).otherMembers(others).build());
  }

  /** A period; it may end before it starts, which the model keeps for the rules to report. */
  public static Arbitrary<Period> periods() {
    return Combinators.combine(dates(), dates()).as(Period::of);
  }

  /** The plan-level parts, the statutory document's statements, with no sections yet. */
  private static Arbitrary<Plan> heads() {
    Arbitrary<Optional<ParticipationStatement>> participation =
        Combinators.combine(texts().optional(), textLists())
            .as((summary, activities) -> ParticipationStatement.builder().summary(summary)
                .activities(activities).build())
            .optional();
    Arbitrary<Optional<Reporting>> reporting =
        Combinators.combine(texts().optional(), texts().optional())
            .as((annual, review) -> Reporting.builder().annualReport(annual)
                .reviewCycle(review).build())
            .optional();
    return Combinators.combine(
            texts(),
            Arbitraries.of("cjpf-2023", "opif-2016"),
            periods().optional(),
            dates().optional(),
            partnerships(),
            participation,
            reporting,
            texts().optional())
        .as((title, framework, period, approved, partnership, statement, report, assessment) ->
            Plan.builder()
                .title(title)
                .framework(framework)
                .period(period)
                .approved(approved)
                .partnership(partnership)
                .participationStatement(statement)
                .reporting(report)
                .outcomesAssessment(assessment)
                .build());
  }

  /**
   * Any plan the model accepts, with a bundled framework edition declared. Priority-action
   * sections have distinct numbers, as the model requires.
   */
  public static Arbitrary<Plan> plans() {
    return Combinators.combine(
            heads(),
            priorityActionResponses().list().ofMaxSize(4)
                .uniqueElements(PriorityActionResponse::number),
            statedOutcomes().list().ofMaxSize(2),
            indicators().list().ofMaxSize(2))
        .as((head, actions, outcomes, indicators) -> {
          // The reader refuses a deliverable id given twice in a plan, so a later repeat
          // loses its id.
          java.util.Set<String> seen = new java.util.HashSet<>();
          java.util.function.UnaryOperator<List<Deliverable>> unique = list -> list.stream()
              .map(d -> d.id().isPresent() && !seen.add(d.id().get())
                  ? Deliverable.builder().from(d).id(java.util.Optional.empty()).build() : d)
              .toList();
          List<PriorityActionResponse> a = actions.stream()
              .map(r -> PriorityActionResponse.builder().from(r)
                  .deliverables(unique.apply(r.deliverables())).build())
              .toList();
          List<StatedOutcome> o = outcomes.stream()
              .map(x -> StatedOutcome.builder().from(x)
                  .deliverables(unique.apply(x.deliverables())).build())
              .toList();
          return Plan.builder().from(head).priorityActions(a).outcomes(o)
              .indicators(indicators).build();
        });
  }
}
