package org.cjoip.model.annualreturn;

import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/** Who approved the report for the partners, and when. */
@Value.Immutable
public abstract class SignOff {

  /** Who signed it off, as the return names them ("Chair, Community Justice Partnership"). */
  public abstract String by();

  public abstract Optional<LocalDate> date();

  @Value.Check
  protected void check() {
    date().ifPresent(d -> Dates.requireInRange(d, "date"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignOff}. */
  public static class Builder extends ImmutableSignOff.Builder {}
}
