package org.cjoip.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FigureTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.0", "999999999999999.9", "-999999999999999",
      "0.0000000001", "1.5000000000000000000000", "12E3", "3.14"})
  void isFigure_withinTheBounds(String number) {
    assertThat(Figure.isFigure(new BigDecimal(number))).isTrue();
    assertThat(Figure.builder().value(new BigDecimal(number)).build().value()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e15", "-1e15", "1e309", "1e100000000", "1e999999999",
      "0.00000000001", "1e-100000000", "1e2147483647", "-1e2147483647", "10e2147483646",
      "1E+2147483647", "123456e2147483640"})
  void isFigure_beyondTheBoundsWithoutArithmetic(String number) {
    BigDecimal value = new BigDecimal(number);

    assertThat(Figure.isFigure(value)).isFalse();
    assertThatThrownBy(() -> Figure.builder().value(value).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("value must be a number smaller than 10^15 in size, with at"
            + " most 10 decimal places, not ");
    assertThatThrownBy(() -> Target.builder().value(value).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
