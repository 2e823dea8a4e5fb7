package org.cjoip.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Scottish public-sector reporting year, 1 April to 31 March, written {@code YYYY/YY}
 * ("2022/23" runs from 1 April 2022 to 31 March 2023). Plans report figures and annual
 * progress by these years. Ordered by time.
 */
@Value.Immutable
public abstract class FinancialYear implements Comparable<FinancialYear> {

  /** The earliest start year a financial year may have, so that it is written with 4 digits. */
  public static final int MIN_START_YEAR = 1000;

  /** The latest start year a financial year may have, so that it ends in a 4-digit year. */
  public static final int MAX_START_YEAR = 9998;

  private static final Pattern FORM = Pattern.compile("([0-9]{4})[/\\-\u2013]([0-9]{4}|[0-9]{2})");

  /** The calendar year in which the financial year starts, on 1 April. */
  @Value.Parameter
  public abstract int startYear();

  /** The calendar year in which the financial year ends, on 31 March. */
  public int endYear() {
    return startYear() + 1;
  }

  /** The first day: 1 April of the start year. */
  public LocalDate start() {
    return LocalDate.of(startYear(), Month.APRIL, 1);
  }

  /** The last day: 31 March of the end year. */
  public LocalDate end() {
    return LocalDate.of(endYear(), Month.MARCH, 31);
  }

  /** Whether the day lies within the year, both ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * The last day of one of the year's quarters: Q1 April–June, Q2 July–September, Q3
   * October–December, Q4 January–March (so Q4 ends with the year).
   *
   * @throws IllegalArgumentException unless {@code quarter} is 1 to 4
   */
  public LocalDate quarterEnd(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
    }
    return start().plusMonths(3L * quarter).minusDays(1);
  }

  /** The year after this one. */
  public FinancialYear next() {
    return of(startYear() + 1);
  }

  /** The year before this one. */
  public FinancialYear previous() {
    return of(startYear() - 1);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear(), other.startYear());
  }

  /** The year as plans write it: {@code 2022/23}. */
  @Override
  public String toString() {
    return String.format("%d/%02d", startYear(), endYear() % 100);
  }

  @Value.Check
  protected void check() {
    if (startYear() < MIN_START_YEAR || startYear() > MAX_START_YEAR) {
      throw new IllegalStateException(
          "startYear must be " + MIN_START_YEAR + " to " + MAX_START_YEAR + ", not "
              + startYear());
    }
  }

  /** The financial year that starts on 1 April of {@code startYear}. */
  public static FinancialYear of(int startYear) {
    return ImmutableFinancialYear.of(startYear);
  }

  /** The financial year the day falls in: 31 March 2025 is in 2024/25, 1 April 2025 in 2025/26. */
  public static FinancialYear containing(LocalDate day) {
    int year = day.getYear();
    return of(day.getMonthValue() >= Month.APRIL.getValue() ? year : year - 1);
  }

  /**
   * Reads a financial year written {@code 2022/23}; {@code 2022-23}, {@code 2022/2023} and
   * {@code 2022-2023} are accepted too. Surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException if the text is not a financial year, or its second year
   *     is not the year after its first ("2022/24")
   */
  public static FinancialYear parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a financial year: '" + text + "' (expected YYYY/YY, e.g. 2022/23)");
    }
    int first = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int expected = second.length() == 2 ? (first + 1) % 100 : first + 1;
    if (Integer.parseInt(second) != expected) {
      throw new IllegalArgumentException(
          "not a financial year: '" + text + "' (the second year must be the year after "
              + first + ", as in " + first + "/" + String.format("%02d", (first + 1) % 100)
              + ")");
    }
    if (first < MIN_START_YEAR || first > MAX_START_YEAR) {
      throw new IllegalArgumentException(
          "not a financial year: '" + text + "' (the first year must be " + MIN_START_YEAR
              + " to " + MAX_START_YEAR + ")");
    }
    return of(first);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FinancialYear}. */
  public static class Builder extends ImmutableFinancialYear.Builder {}
}
