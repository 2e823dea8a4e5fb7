package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class FinancialYearTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"2022/23", "2022-23", "2022/2023", "2022-2023", "2022\u201323", " 2022/23 "})
  void parse_acceptsTheWrittenForms(String text) {
    assertThat(FinancialYear.parse(text)).isEqualTo(FinancialYear.of(2022));
  }

  @Test
  void parse_acrossACentury() {
    assertThat(FinancialYear.parse("1999/00").startYear()).isEqualTo(1999);
    assertThat(FinancialYear.parse("2099/2100").startYear()).isEqualTo(2099);
    assertThat(FinancialYear.of(1999).toString()).isEqualTo("1999/00");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2022/24", "2022/22", "2022/2024", "2022/21", "1999/99"})
  void parse_rejectsASecondYearThatDoesNotFollow(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("the second year must be the year after");
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "2022", "22/23", "2022/3", "2022/023", "2022 / 23", "FY2022/23",
      "2022/23x", "abcd/ef"})
  void parse_rejectsOtherText(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a financial year: '" + text + "' (expected YYYY/YY, e.g. 2022/23)");
  }

  @Test
  void parse_rejectsYearsOutOfRange() {
    assertThatThrownBy(() -> FinancialYear.parse("0999/00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000 to 9998");
    assertThatThrownBy(() -> FinancialYear.parse("9999/00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_rejectsYearsOutOfRange() {
    assertThatThrownBy(() -> FinancialYear.of(999))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("startYear must be 1000 to 9998, not 999");
  }

  @Test
  void startAndEnd_areFirstAprilAndThirtyFirstMarch() {
    FinancialYear year = FinancialYear.parse("2022/23");

    assertThat(year.start()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(year.startYear()).isEqualTo(2022);
    assertThat(year.endYear()).isEqualTo(2023);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
    "2025-03-31, 2024/25",
    "2025-04-01, 2025/26",
    "2025-01-01, 2024/25",
    "2025-12-31, 2025/26",
    "2028-02-29, 2027/28"
  })
  void containing_findsTheYearOfADay(LocalDate day, String expected) {
    assertThat(FinancialYear.containing(day).toString()).isEqualTo(expected);
    assertThat(FinancialYear.containing(day).contains(day)).isTrue();
  }

  @Test
  void contains_includesBothEnds() {
    FinancialYear year = FinancialYear.of(2024);

    assertThat(year.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
  }

  @ParameterizedTest(name = "[{index}] Q{0} -> {1}")
  @CsvSource({"1, 2025-06-30", "2, 2025-09-30", "3, 2025-12-31", "4, 2026-03-31"})
  void quarterEnd_followsTheFinancialYear(int quarter, LocalDate expected) {
    assertThat(FinancialYear.parse("2025/26").quarterEnd(quarter)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] Q{0}")
  @ValueSource(ints = {0, 5, -1})
  void quarterEnd_rejectsOtherQuarters(int quarter) {
    assertThatThrownBy(() -> FinancialYear.of(2025).quarterEnd(quarter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be 1 to 4, not " + quarter);
  }

  @Test
  void nextAndPrevious_stepOneYear() {
    assertThat(FinancialYear.parse("2022/23").next()).isEqualTo(FinancialYear.parse("2023/24"));
    assertThat(FinancialYear.parse("2022/23").previous())
        .isEqualTo(FinancialYear.parse("2021/22"));
    assertThat(FinancialYear.of(2024).next().start())
        .isEqualTo(FinancialYear.of(2024).end().plusDays(1));
  }

  @Test
  void compareTo_ordersByTime() {
    List<FinancialYear> years =
        new ArrayList<>(
            List.of(FinancialYear.of(2025), FinancialYear.of(2022), FinancialYear.of(2023)));
    Collections.sort(years);

    assertThat(years).extracting(FinancialYear::toString)
        .containsExactly("2022/23", "2023/24", "2025/26");
    assertThat(FinancialYear.of(2022).compareTo(FinancialYear.parse("2022-2023"))).isZero();
  }

  @Test
  void equals_isByValue() {
    assertThat(FinancialYear.parse("2022-23"))
        .isEqualTo(FinancialYear.builder().startYear(2022).build())
        .hasSameHashCodeAs(FinancialYear.of(2022))
        .isNotEqualTo(FinancialYear.of(2023));
  }

  @Test
  void toString_isTheWrittenForm() {
    assertThat(FinancialYear.parse("2022/2023").toString()).isEqualTo("2022/23");
    assertThat(FinancialYear.of(2009).toString()).isEqualTo("2009/10");
  }
}
