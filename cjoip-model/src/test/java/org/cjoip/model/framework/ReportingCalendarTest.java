package org.cjoip.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.time.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reporting year's calendar: dates worked out from edition data, with their provenance. */
final class ReportingCalendarTest {

  private static final FinancialYear Y2023 = FinancialYear.parse("2023/24");

  private static final Provenance SOURCE = Provenance.builder().source("test").build();

  private static AnnualDeadline deadline(int month, int day) {
    return AnnualDeadline.builder().month(month).day(day).provenance(SOURCE).build();
  }

  @Test
  void cjpf2023_publishesBy31DecemberAndReturnsBy30SeptemberInPractice() {
    ReportingCalendar calendar = Frameworks.bundled().get("cjpf-2023").reporting().orElseThrow();

    assertThat(calendar.publicationDeadline(Y2023)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(calendar.returnDate(Y2023)).contains(LocalDate.of(2024, 9, 30));
    assertThat(calendar.disclosureThreshold()).isEqualTo(5);
    assertThat(calendar.publication().practice()).isFalse();
    assertThat(calendar.publication().provenance().location())
        .contains("5. Reporting on performance");
    assertThat(calendar.returnToCjs().orElseThrow().practice()).isTrue();
    assertThat(calendar.returnToCjs().orElseThrow().provenance().source())
        .isEqualTo("Perth and Kinross CJOIP 2023-2028");
  }

  @Test
  void opif2016_givesThePublicationDeadlineOnly() {
    ReportingCalendar calendar = Frameworks.bundled().get("opif-2016").reporting().orElseThrow();

    assertThat(calendar.publicationDeadline(FinancialYear.parse("2021/22")))
        .isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(calendar.returnDate(Y2023)).isEmpty();
    assertThat(calendar.disclosure()).isEmpty();
    assertThat(calendar.disclosureThreshold())
        .isEqualTo(ReportingCalendar.DEFAULT_DISCLOSURE_THRESHOLD).isEqualTo(5);
  }

  @Test
  void revisedEdition_changesTheDatesWithoutCode() throws Exception {
    ReportingCalendar revised = EditionDiffTest.revised().reporting().orElseThrow();

    assertThat(revised.publicationDeadline(Y2023)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(revised.returnDate(Y2023)).contains(LocalDate.of(2024, 10, 31));
    assertThat(revised.disclosureThreshold()).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}-{1} after 2023/24 is {2}")
  @CsvSource({
    "4, 1, 2024-04-01",
    "9, 30, 2024-09-30",
    "12, 31, 2024-12-31",
    "1, 31, 2025-01-31",
    // The year's own last day is not after it: the deadline is a year on.
    "3, 31, 2025-03-31",
    "2, 29, 2025-02-28"
  })
  void after_isTheFirstSuchDayOnceTheYearHasEnded(int month, int day, LocalDate expected) {
    assertThat(deadline(month, day).after(Y2023)).isEqualTo(expected);
  }

  @Test
  void after_29FebruaryInALeapYear() {
    assertThat(deadline(2, 29).after(FinancialYear.parse("2026/27")))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void describe_namesTheDay() {
    assertThat(deadline(12, 31).describe()).isEqualTo("31 December");
    assertThat(deadline(9, 30).describe()).isEqualTo("30 September");
  }

  @Test
  void invariants_nameTheField() {
    assertThatThrownBy(() -> deadline(13, 1))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage("month: expected a whole number from 1 to 12, found 13");
    assertThatThrownBy(() -> deadline(9, 31))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage("day: expected a day that September has, found 31");
    assertThatThrownBy(() -> DisclosureControl.builder().threshold(0).provenance(SOURCE).build())
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage("threshold: expected a whole number of 1 or more, found 0");
  }
}
