package org.cjoip.model.annualreturn;

import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/** When and where the partners published the s23 report. */
@Value.Immutable
public abstract class Publication {

  public abstract LocalDate date();

  /** Where it can be read, as the return says ("Partnership website"). */
  public abstract Optional<String> where();

  @Value.Check
  protected void check() {
    Dates.requireInRange(date(), "date");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  public static class Builder extends ImmutablePublication.Builder {}
}
