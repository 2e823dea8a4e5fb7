package org.cjoip.rules.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.ParticipationStatement;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Reporting;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;

/**
 * A plan that gives no rule anything to report, built from the framework edition itself, and
 * ways to spoil it one thing at a time: each rule's bad fixture is the good plan with one
 * change.
 */
public final class RuleTesting {

  public static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");

  private RuleTesting() {}

  static Deliverable deliverable(String id) {
    return Deliverable.builder()
        .id(id)
        .description("Deliver improvement " + id + " with partners.")
        .priority(Priority.MUST)
        .addOwners("Community Justice Partnership")
        .addImpactMeasures("Numbers supported, from the annual report")
        .timescale("31 March 2026")
        .status(Status.IN_PROGRESS)
        .build();
  }

  static PriorityActionResponse section(PriorityAction pa) {
    int n = pa.number();
    PriorityActionResponse.Builder b =
        PriorityActionResponse.builder()
            .number(n)
            .assessment("Progress is steady.")
            .prioritised(true)
            .addDeliverables(deliverable(n + ".1"));
    CJPF.outcomeFor(n)
        .ifPresent(
            o -> {
              b.nationalOutcome(o.text());
              o.indicator().ifPresent(i -> i.measures().forEach(m -> b.addNationalIndicators(m.text())));
            });
    List<EvidenceItem> evidence =
        CJPF.evidence().stream().filter(e -> e.priorityAction() == n).toList();
    if (evidence.isEmpty()) {
      b.addLocalIndicators("Local survey of people supported under priority action " + n);
    } else {
      evidence.forEach(e -> b.addLocalIndicators(e.text()));
    }
    return b.build();
  }

  /** The measure the good plan's indicator with figures stands for: PA 10, voluntary throughcare. */
  static Measure throughcare() {
    return CJPF.outcomeFor(10).orElseThrow().indicator().orElseThrow().measures().get(0);
  }

  static Indicator indicator() {
    return Indicator.builder()
        .name(throughcare().text())
        .priorityAction(10)
        .national(true)
        .unit(Unit.COUNT)
        .baseline(figure("2022/23", "20"))
        .target(Target.builder().direction(Direction.INCREASE).value(new BigDecimal("40"))
            .period(FinancialYear.parse("2027/28")).build())
        .addResults(figure("2023/24", "25"), figure("2024/25", "31"))
        .build();
  }

  static Figure figure(String year, String value) {
    return Figure.builder().period(FinancialYear.parse(year)).value(new BigDecimal(value)).build();
  }

  public static Plan good() {
    Plan.Builder b =
        Plan.builder()
            .title("Good Community Justice Outcomes Improvement Plan 2023-2028")
            .framework("cjpf-2023")
            .period(Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31)))
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
            .addIndicators(indicator());
    CJPF.priorityActions().forEach(pa -> b.addPriorityActions(section(pa)));
    return b.build();
  }

  /** The good plan with one priority action's section changed. */
  public static Plan withSection(int number, UnaryOperator<PriorityActionResponse> change) {
    Plan good = good();
    return Plan.builder()
        .from(good)
        .priorityActions(good.priorityActions().stream()
            .map(s -> s.number() == number ? change.apply(s) : s).toList())
        .build();
  }

  /** The good plan with the first deliverable of a priority action changed. */
  public static Plan withDeliverable(int number, UnaryOperator<Deliverable> change) {
    return withSection(number, s -> PriorityActionResponse.builder().from(s)
        .deliverables(List.of(change.apply(s.deliverables().get(0)))).build());
  }

  static Assessment assess(Plan plan) {
    return Assessor.standard().assess(plan, AS_OF);
  }

  public static Tuple finding(String ruleId, String path, Severity severity) {
    return Tuple.tuple(ruleId, path, severity);
  }

  static org.assertj.core.api.AbstractListAssert<?, List<? extends Tuple>, Tuple,
      org.assertj.core.api.ObjectAssert<Tuple>> assertFindings(Plan plan) {
    return org.assertj.core.api.Assertions.assertThat(assess(plan).findings())
        .extracting(Finding::ruleId, Finding::path, Finding::severity);
  }
}
