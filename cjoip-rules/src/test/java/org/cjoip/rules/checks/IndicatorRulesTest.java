package org.cjoip.rules.checks;

import static org.cjoip.rules.checks.RuleTesting.assertFindings;
import static org.cjoip.rules.checks.RuleTesting.figure;
import static org.cjoip.rules.checks.RuleTesting.finding;
import static org.cjoip.rules.checks.RuleTesting.good;
import static org.cjoip.rules.checks.RuleTesting.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Target;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

final class IndicatorRulesTest {

  private static Plan withIndicator(UnaryOperator<Indicator.Builder> change) {
    return Plan.builder().from(good())
        .indicators(List.of(change.apply(Indicator.builder().from(indicator())).build()))
        .build();
  }

  @Test
  void ind001_baselineWithTextOnly() {
    Plan plan = withIndicator(i -> i.baseline(Figure.builder().text("below national average")
        .build()));

    assertFindings(plan)
        .containsExactly(finding("CJ-IND-001", "/indicators/0/baseline", Severity.WARNING));
  }

  @Test
  void ind002_noTarget() {
    Plan plan = withIndicator(i -> i.target(Optional.empty()));

    assertFindings(plan).containsExactly(finding("CJ-IND-002", "/indicators/0", Severity.WARNING));
  }

  @Test
  void ind003_targetAgainstDesiredDirection() {
    Plan plan = withIndicator(i -> i.target(Target.builder().direction(Direction.DECREASE)
        .build()));

    // Falling is then also "towards" the target, so the rising results move away from it.
    assertFindings(plan).containsExactly(
        finding("CJ-IND-005", "/indicators/0/results", Severity.INFO),
        finding("CJ-IND-003", "/indicators/0/target", Severity.WARNING));
  }

  @Test
  void ind004_reportingYearWithoutFigure() {
    Plan plan = withIndicator(i -> i.results(List.of(figure("2023/24", "25"))));

    assertFindings(plan)
        .containsExactly(finding("CJ-IND-004", "/indicators/0/results", Severity.WARNING));
  }

  @Test
  void ind005_movingAwayFromValueTarget() {
    Plan plan = withIndicator(i -> i
        .target(Target.builder().value(new BigDecimal("40")).build())
        .results(List.of(figure("2023/24", "25"), figure("2024/25", "12"))));

    assertFindings(plan)
        .containsExactly(finding("CJ-IND-005", "/indicators/0/results", Severity.INFO));
  }

  @Test
  void ind003_maintainIsNotJudged() {
    Plan plan = withIndicator(i -> i.target(Target.builder().direction(Direction.MAINTAIN)
        .build()));

    assertFindings(plan).isEmpty();
  }

  @Test
  void ind005_maintainedButWorseInTheDesiredDirection() {
    Plan plan = withIndicator(i -> i.target(Target.builder().direction(Direction.MAINTAIN)
        .build()).results(List.of(figure("2023/24", "25"), figure("2024/25", "18"))));

    assertFindings(plan)
        .containsExactly(finding("CJ-IND-005", "/indicators/0/results", Severity.INFO));
  }

  @Test
  void ind005_maintainedAndBetterInTheDesiredDirection() {
    Plan plan = withIndicator(i -> i.target(Target.builder().direction(Direction.MAINTAIN)
        .build()).results(List.of(figure("2023/24", "25"), figure("2024/25", "21"))));

    assertFindings(plan).isEmpty();
  }
}
