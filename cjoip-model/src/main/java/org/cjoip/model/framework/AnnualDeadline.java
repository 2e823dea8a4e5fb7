package org.cjoip.model.framework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * A day each year by which something of a reporting year is due: the first such day after the
 * year ends on 31 March ("the 31 December after the reporting year"). Where statute or
 * statutory guidance does not set the day and partnerships' practice does, {@link #practice()}
 * says so.
 */
@Value.Immutable
public abstract class AnnualDeadline {

  /** The month, 1 (January) to 12 (December). */
  public abstract int month();

  /** The day of the month; 29 February falls on 28 February in a year that has none. */
  public abstract int day();

  /** Whether the day is practice (a plan says so) rather than statute or statutory guidance. */
  @Value.Default
  public boolean practice() {
    return false;
  }

  public abstract Provenance provenance();

  /** The deadline for a reporting year: the first day of this month and day after it ends. */
  public LocalDate after(FinancialYear year) {
    MonthDay day = MonthDay.of(month(), day());
    LocalDate due = day.atYear(year.endYear());
    return due.isAfter(year.end()) ? due : day.atYear(year.endYear() + 1);
  }

  /** The day in words: "31 December". */
  public String describe() {
    return day() + " " + Month.of(month()).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  @Value.Check
  protected void check() {
    EditionChecks.requireRange(month(), 1, 12, "month");
    try {
      MonthDay.of(month(), day());
    } catch (DateTimeException e) {
      throw EditionChecks.invalid("day", "expected a day that " + Month.of(month())
          .getDisplayName(TextStyle.FULL, Locale.UK) + " has, found " + day());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualDeadline}. */
  public static class Builder extends ImmutableAnnualDeadline.Builder {}
}
