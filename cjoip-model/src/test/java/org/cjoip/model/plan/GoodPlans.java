package org.cjoip.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.time.FinancialYear;

/**
 * Generators of good plans: plans written against {@code cjpf-2023} that answer every priority
 * action with the framework's own outcome, national measures and Improvement Tool evidence, and
 * whose deliverables are owned, measured, distinct and due within the plan period after
 * {@link #AS_OF}. Assessed as of {@link #AS_OF}, such a plan has nothing to report; what
 * varies is what a good plan may freely choose (how many deliverables, their owners, measures,
 * dates and statuses, the order of its sections).
 */
public final class GoodPlans {

  /** The date good plans are assessed as of: the start of the 2025/26 reporting year. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  /** The edition good plans are written against. */
  public static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");

  public static final Period PERIOD =
      Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31));

  private static final List<String> OWNERS =
      List.of("Community Justice Partnership", "Police Scotland", "Justice Social Work",
          "Alcohol and Drug Partnership", "NHS Tayside", "Scottish Prison Service",
          "Third Sector Interface");

  private static final List<String> MEASURES =
      List.of("Numbers supported, from the annual report", "Post training survey",
          "Referral trends", "Feedback from people with lived experience",
          "Quarterly performance report");

  private GoodPlans() {}

  /** A due date after {@link #AS_OF} and within the plan period. */
  static Arbitrary<LocalDate> dueDates() {
    int days = (int) ChronoUnit.DAYS.between(AS_OF, PERIOD.end());
    return Arbitraries.integers().between(1, days).map(AS_OF::plusDays);
  }

  /**
   * A deliverable with nothing to report: the k-th of priority action n, due by a written date,
   * a month, a financial year or an explicit due date, all after {@link #AS_OF}.
   */
  static Arbitrary<Deliverable> deliverable(int n, int k) {
    Arbitrary<List<String>> owners = Arbitraries.of(OWNERS).list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<List<String>> measures = Arbitraries.of(MEASURES).list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<Status> statuses = Arbitraries.of(Status.class);
    return Combinators.combine(owners, measures, dueDates(), Arbitraries.integers().between(0, 3),
            Arbitraries.of(Priority.class), statuses)
        .as((o, m, due, style, priority, status) -> {
          Deliverable.Builder b =
              Deliverable.builder()
                  .id(n + "." + k)
                  .description("Deliver improvement " + k + " of priority action " + n
                      + " with partners.")
                  .priority(priority)
                  .owners(o)
                  .impactMeasures(m)
                  .status(status);
          switch (style) {
            case 0 -> b.timescale(due.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK)));
            case 1 -> b.timescale(due.withDayOfMonth(due.lengthOfMonth())
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
            case 2 -> b.timescale(FinancialYear.containing(due).toString());
            default -> b.timescale("By the end of the plan").due(due);
          }
          if (status == Status.COMPLETE) {
            b.completed(AS_OF.minusDays(1));
          }
          return b.build();
        });
  }

  /** The good section for a priority action, with one to three deliverables. */
  static Arbitrary<PriorityActionResponse> section(PriorityAction pa) {
    int n = pa.number();
    PriorityActionResponse.Builder b =
        PriorityActionResponse.builder()
            .number(n)
            .assessment("Progress is steady.")
            .prioritised(true);
    CJPF.outcomeFor(n)
        .ifPresent(
            o -> {
              b.nationalOutcome(o.text());
              o.indicator().ifPresent(i -> i.measures().forEach(m ->
                  b.addNationalIndicators(m.text())));
            });
    List<EvidenceItem> evidence = CJPF.evidenceFor(n);
    if (evidence.isEmpty()) {
      b.addLocalIndicators("Local survey of people supported under priority action " + n);
    } else {
      evidence.forEach(e -> b.addLocalIndicators(e.text()));
    }
    PriorityActionResponse head = b.build();
    // The count shrinks towards one deliverable.
    return Combinators.combine(Arbitraries.integers().between(1, 3), deliverable(n, 1),
            deliverable(n, 2), deliverable(n, 3))
        .as((count, first, second, third) ->
            PriorityActionResponse.builder().from(head)
                .deliverables(List.of(first, second, third).subList(0, count)).build());
  }

  /** Figures for the indicator of priority action 10, one for each year up to 2024/25. */
  static Indicator throughcare() {
    String measure =
        CJPF.outcomeFor(10).orElseThrow().indicator().orElseThrow().measures().get(0).text();
    return Indicator.builder()
        .name(measure)
        .priorityAction(10)
        .national(true)
        .unit(Unit.COUNT)
        .baseline(figure("2022/23", "20"))
        .target(Target.builder().direction(Direction.INCREASE).value(new BigDecimal("40"))
            .period(FinancialYear.parse("2027/28")).build())
        .addResults(figure("2023/24", "25"), figure("2024/25", "31"))
        .build();
  }

  private static Figure figure(String year, String value) {
    return Figure.builder().period(FinancialYear.parse(year)).value(new BigDecimal(value))
        .build();
  }

  private static Plan head() {
    return Plan.builder()
        .title("Good Community Justice Outcomes Improvement Plan 2023-2028")
        .framework(CJPF.id())
        .period(PERIOD)
        .partnership(
            Partnership.builder()
                .name("Good Community Justice Partnership")
                .addLocalAuthorities("Goodshire")
                .addStatutoryPartners(StatutoryPartner.values())
                .build())
        .participationStatement(
            ParticipationStatement.builder()
                .summary("Third sector and community bodies helped to prepare the plan.")
                .addActivities("Development sessions in January 2023")
                .build())
        .reporting(Reporting.builder()
            .annualReport("Annual report to Community Justice Scotland by 30 September")
            .reviewCycle("Quarterly").build())
        .addIndicators(throughcare())
        .build();
  }

  /** Good plans: every priority action answered, in the edition's order or any other. */
  public static Arbitrary<Plan> plans() {
    List<Arbitrary<PriorityActionResponse>> sections =
        CJPF.priorityActions().stream().map(GoodPlans::section).toList();
    Plan head = head();
    return Combinators.combine(sections).as(List::copyOf)
        .flatMap(Arbitraries::shuffle)
        .map(all -> Plan.builder().from(head).priorityActions(all).build());
  }
}
