package org.cjoip.rules;

import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * An annual return given with a plan assessed with its history: which year it reports on,
 * which document it was, and whether the assessment used it. A return is used when its
 * reporting year had ended by the as-of date; one for a later year is left out, so that an
 * assessment as of a past date sees only what was known then.
 */
@Value.Immutable
public abstract class GivenReturn {

  /** The year the return reports on. */
  public abstract FinancialYear reportingYear();

  /** The return document's name as the caller gave it. */
  public abstract String source();

  /**
   * Whether the assessment used it: its figures, completions and revised dates. False when its
   * reporting year had not ended by the as-of date.
   */
  public abstract boolean used();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GivenReturn}. */
  public static class Builder extends ImmutableGivenReturn.Builder {}
}
