package org.cjoip.rules.rollup;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.Problem;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * The national picture for a reporting year: a summary per partnership in name order, the
 * national totals per measure, the partnerships reporting action on each national outcome,
 * and the documents left out of it with why. The same documents, in any order, give an equal
 * picture.
 */
@Value.Immutable
public abstract class NationalPicture {

  public abstract FinancialYear reportingYear();

  public abstract LocalDate asOf();

  /** One summary per partnership, in partnership name order. */
  public abstract List<PartnershipSummary> partnerships();

  /** One total per national measure any partnership is due to report, by action then id. */
  public abstract List<MeasureTotal> totals();

  /** Each national outcome of the editions the plans use, by action then id. */
  public abstract List<OutcomeReach> outcomes();

  /**
   * The documents that could not be read or paired, each located, in source order: they are
   * left out of the picture, and the rest still make it.
   */
  public abstract List<Problem> problems();

  /** The partnerships whose plan is due for review, in name order. */
  public List<PartnershipSummary> reviewDue() {
    return partnerships().stream().filter(PartnershipSummary::reviewDue).toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalPicture}. */
  public static class Builder extends ImmutableNationalPicture.Builder {}
}
