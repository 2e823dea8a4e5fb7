package org.cjoip.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleDescription;
import org.junit.jupiter.api.Test;

/**
 * One plan that breaks nearly every rule, and everything each finding says about it: rule,
 * severity, place, priority action, deliverable, message and suggestion, pinned in
 * {@code src/test/resources/org/cjoip/rules/checks/every-rule.txt}. A change to a message shows
 * here as a diff to review; to accept it, run the tests with {@code -Dcjoip.golden.update=true}.
 */
final class EveryRuleTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/cjoip/rules/checks");

  private static Deliverable.Builder deliverable(String id) {
    return Deliverable.builder().from(RuleTesting.deliverable(id));
  }

  private static PriorityActionResponse change(PriorityActionResponse s) {
    UnaryOperator<PriorityActionResponse.Builder> c = switch (s.number()) {
      case 1 -> b -> b.deliverables(List.of(deliverable("1.1").owners(List.of())
          .impactMeasures(List.of("TBC")).timescale("TBC").build()));
      case 2 -> b -> b.nationalOutcome(RuleTesting.CJPF.outcomeFor(3).orElseThrow().text())
          .deliverables(List.of(deliverable("2.1").timescale("Ongoing").build()));
      case 3 -> b -> b.deliverables(List.of(
          deliverable("3.1").due(LocalDate.of(2023, 12, 1)).build(),
          deliverable("3.1").description("Deliver improvement 3.1 with partners!")
              .status(Status.NOT_STARTED).due(LocalDate.of(2025, 3, 1)).build()));
      // A measure of priority action 5's indicator, filed under 4.
      case 4 -> b -> b.addNationalIndicators(
          "Percentage of community payback orders successfully completed");
      case 5 -> b -> b.deliverables(List.of(
          deliverable("5.1").due(LocalDate.of(2029, 1, 1)).priority(Optional.empty()).build(),
          deliverable("5.2").timescale("soon").build(),
          deliverable("5.3").timescale("31 March 2024").status(Status.COMPLETE)
              .completed(LocalDate.of(2024, 3, 1)).build(),
          deliverable("5.4").timescale("31 May 2024 (Annually)").build()));
      // The national measure only as a deliverable's impact measure.
      case 7 -> b -> b.localIndicators(List.of("TBC")).nationalIndicators(List.of())
          .deliverables(List.of(deliverable("7.1").addImpactMeasures(
              "Number of transfers in drug/alcohol treatments from custody to community")
              .build()));
      case 8 -> b -> b.localIndicators(List.of());
      case 9 -> b -> b.nationalOutcome("Fewer bicycles are left unrepaired in the town centre");
      // Without ids, messages name deliverables by their description, cut after 60 characters.
      case 10 -> b -> b.addDeliverables(
          Deliverable.builder().from(RuleTesting.deliverable("x")).id(Optional.empty())
              .description("a".repeat(60)).owners(List.of()).build(),
          Deliverable.builder().from(RuleTesting.deliverable("x")).id(Optional.empty())
              .description("b".repeat(61)).owners(List.of()).build());
      case 12 -> b -> b.prioritised(false).deliverables(List.of()).localIndicators(List.of())
          .assessment("Lived experience work is led by the community planning partnership.");
      case 13 -> b -> b.assessment(Optional.empty()).prioritised(Optional.empty())
          .addNationalIndicators("Number of bicycles repaired");
      default -> b -> b;
    };
    return c.apply(PriorityActionResponse.builder().from(s)).build();
  }

  static Plan everything() {
    Plan good = RuleTesting.good();
    List<Indicator> indicators = new ArrayList<>(good.indicators());
    String measure = RuleTesting.CJPF.outcomeFor(1).orElseThrow().indicator().orElseThrow()
        .measures().get(0).text();
    indicators.add(Indicator.builder().name(measure).priorityAction(1).national(true)
        .target(Target.builder().direction(Direction.DECREASE).build()).build());
    indicators.add(Indicator.builder().name("Local survey of wellbeing").priorityAction(8)
        .national(false)
        .baseline(RuleTesting.figure("2022/23", "50"))
        .target(Target.builder().direction(Direction.INCREASE).value(new BigDecimal("60"))
            .period(FinancialYear.parse("2027/28")).build())
        .addResults(RuleTesting.figure("2023/24", "45"),
            Figure.builder().period(FinancialYear.parse("2024/25")).text("lower").build())
        .build());
    indicators.add(Indicator.builder().name("Volunteers recruited").priorityAction(8)
        .baseline(RuleTesting.figure("2022/23", "12"))
        .addResults(RuleTesting.figure("2023/24", "14"), RuleTesting.figure("2024/25", "15"))
        .build());
    return Plan.builder().from(good)
        .partnership(Partnership.builder().from(good.partnership())
            .statutoryPartners(List.of(StatutoryPartner.LOCAL_AUTHORITY,
                StatutoryPartner.HEALTH_BOARD))
            .build())
        .reporting(Optional.empty())
        .priorityActions(good.priorityActions().stream().filter(s -> s.number() != 11)
            .map(EveryRuleTest::change).toList())
        .addOutcomes(StatedOutcome.builder().id("L1")
            .text("Staff across the partnership feel valued and supported").national(false)
            .build())
        .addOutcomes(StatedOutcome.builder().id("N5")
            .text("More people access services to support desistance from offending")
            .national(true).build())
        .indicators(indicators)
        .build();
  }

  private static String line(Finding f) {
    return String.join(" | ", f.ruleId(), f.severity().name(), f.path(),
        f.priorityAction().map(String::valueOf).orElse("-"), f.deliverable().orElse("-"),
        f.message(), f.suggestion().orElse("-"), f.source().orElse("-"));
  }

  @Test
  void assess_everythingSaidAboutAPlanThatBreaksTheRules() throws Exception {
    Assessment a = Assessor.standard().assess(everything(), RuleTesting.AS_OF);
    String actual = a.findings().stream().map(EveryRuleTest::line)
        .collect(Collectors.joining("\n")) + "\n";
    Path file = GOLDEN.resolve("every-rule.txt");
    if (Boolean.getBoolean("cjoip.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }

    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void assess_breaksEveryPlanRuleButTheConfigurationOnes() {
    Assessment a = Assessor.standard().assess(everything(), RuleTesting.AS_OF);
    TreeSet<String> fired = a.findings().stream().map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> all = Catalogue.builtIn().rules().stream().map(RuleDescription::id)
        .filter(id -> !id.startsWith("CJ-CFG-") && !id.startsWith("CJ-ANN-")
            && !id.equals("CJ-PLAN-001")
            && !id.equals("CJ-PLAN-002") && !id.equals("CJ-PLAN-003")
            && !id.equals("CJ-PLAN-006"))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(fired).containsExactlyElementsOf(all);
  }
}
