package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DatesTest {

  @ParameterizedTest
  @CsvSource({"1000-04-01", "2025-02-28", "2024-02-29", "9998-03-31"})
  void parse_readsADayOfTheRange(String text) {
    assertThat(Dates.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "+10000-01-01", "-0001-01-01", "25-01-01",
      "2025-1-01", "2025-01-01 ", " 2025-01-01", "2025/01/01", "２０２５-01-01", ""})
  void parse_refusesWhatIsNotYyyyMmDdOfADayThatExists(String text) {
    assertThatThrownBy(() -> Dates.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date as YYYY-MM-DD that exists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "0999-12-31", "1000-03-31", "9998-04-01",
      "9999-12-31"})
  void parse_refusesADayOutsideTheRange(String text) {
    assertThatThrownBy(() -> Dates.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date from 1000-04-01 to 9998-03-31");
  }

  @Test
  void range_holdsWholeFinancialYearsAndTheYearAfterTheLast() {
    assertThat(FinancialYear.containing(Dates.FIRST).start()).isEqualTo(Dates.FIRST);
    assertThat(FinancialYear.containing(Dates.LAST).end()).isEqualTo(Dates.LAST);
    // Every stage that steps to the next financial year still has one to step to.
    assertThat(FinancialYear.containing(Dates.LAST).next().startYear())
        .isEqualTo(FinancialYear.MAX_START_YEAR);
  }

  @Test
  void requireInRange_namesTheField() {
    assertThatThrownBy(() -> Dates.requireInRange(LocalDate.of(500, 1, 1), "due"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("due must be a date from 1000-04-01 to 9998-03-31, not 0500-01-01");
  }
}
