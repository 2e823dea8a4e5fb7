package org.cjoip.model.framework;

import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * The reporting year's calendar under an edition, as data: by when the partners publish their
 * s23 report on a reporting year, by when their annual return reaches Community Justice
 * Scotland, and the disclosure threshold the figures in it follow. A revised edition changes
 * these without a change to code.
 */
@Value.Immutable
public abstract class ReportingCalendar {

  /**
   * The disclosure threshold where an edition gives none: the annual return format's default.
   * A count from 1 to 4 is suppressed.
   */
  public static final int DEFAULT_DISCLOSURE_THRESHOLD = 5;

  /** By when the s23 report on a reporting year is published. */
  public abstract AnnualDeadline publication();

  /** By when the annual return reaches Community Justice Scotland, where the edition says. */
  public abstract Optional<AnnualDeadline> returnToCjs();

  /** The disclosure control of published figures, where the edition says. */
  public abstract Optional<DisclosureControl> disclosure();

  /** The day by which the report on a reporting year is published. */
  public LocalDate publicationDeadline(FinancialYear year) {
    return publication().after(year);
  }

  /** The day by which the return on a reporting year reaches CJS, where the edition says. */
  public Optional<LocalDate> returnDate(FinancialYear year) {
    return returnToCjs().map(d -> d.after(year));
  }

  /** The edition's disclosure threshold, or {@link #DEFAULT_DISCLOSURE_THRESHOLD}. */
  public int disclosureThreshold() {
    return disclosure().map(DisclosureControl::threshold).orElse(DEFAULT_DISCLOSURE_THRESHOLD);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingCalendar}. */
  public static class Builder extends ImmutableReportingCalendar.Builder {}
}
