package org.cjoip.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the model refuses: only what cannot be a plan at all, each at its bounds. */
final class PlanInvariantsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 13})
  void priorityActionNumbers_acceptTheStrategysRange(int n) {
    assertThat(PriorityActionResponse.builder().number(n).build().number()).isEqualTo(n);
    assertThat(Indicator.builder().name("I").priorityAction(n).build().priorityAction())
        .contains(n);
    assertThat(StatedOutcome.builder().text("O").addPriorityActions(n).build()
        .priorityActions()).containsExactly(n);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 14})
  void priorityActionNumbers_refuseOutsideTheRange(int n) {
    assertThatThrownBy(() -> PriorityActionResponse.builder().number(n).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("number must be a priority action from 1 to 13: " + n);
    assertThatThrownBy(() -> Indicator.builder().name("I").priorityAction(n).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("priorityAction must be from 1 to 13: " + n);
    assertThatThrownBy(() -> StatedOutcome.builder().text("O").addPriorityActions(1, n).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("priorityActions must be from 1 to 13: " + n);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void statedOutcomeAim_acceptsTheStrategysAims(int aim) {
    assertThat(StatedOutcome.builder().text("O").aim(aim).build().aim()).contains(aim);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void statedOutcomeAim_refusesOthers(int aim) {
    assertThatThrownBy(() -> StatedOutcome.builder().text("O").aim(aim).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("aim must be from 1 to 4: " + aim);
  }

  @Test
  void indicatorIsNational_onlyWhenLabelledSo() {
    assertThat(Indicator.builder().name("I").national(true).build().isNational()).isTrue();
    assertThat(Indicator.builder().name("I").national(false).build().isNational()).isFalse();
    assertThat(Indicator.builder().name("I").build().isNational()).isFalse();
  }
}
