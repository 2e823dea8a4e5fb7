package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The years a financial year may start in, and years that cross a century. */
final class FinancialYearRangeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1999/00 | 1999",
      "2099/2100 | 2099",
      "1000/01 | 1000",
      "9998/99 | 9998",
  })
  void parse_acceptsTheWholeRange(String text, int startYear) {
    assertThat(FinancialYear.parse(text).startYear()).isEqualTo(startYear);
    assertThat(FinancialYear.of(startYear).startYear()).isEqualTo(startYear);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0999/00 | not a financial year: '0999/00' (the first year must be 1000 to 9998)",
      "9999/00 | not a financial year: '9999/00' (the first year must be 1000 to 9998)",
      "1999/01 | not a financial year: '1999/01' (the second year must be the year after 1999,"
          + " as in 1999/00)",
  })
  void parse_refusesYearsOutsideTheRange(String text, String message) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(ints = {999, 9999})
  void of_refusesYearsOutsideTheRange(int startYear) {
    assertThatThrownBy(() -> FinancialYear.of(startYear))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("startYear must be 1000 to 9998, not " + startYear);
  }
}
