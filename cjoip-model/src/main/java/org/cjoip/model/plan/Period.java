package org.cjoip.model.plan;

import java.time.LocalDate;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/**
 * The period a plan covers, first and last day inclusive. A period that ends before it starts
 * is kept as written: the assessment reports it (CJ-PLAN-001) rather than the reader refusing
 * the whole plan.
 */
@Value.Immutable
public abstract class Period {

  public abstract LocalDate start();

  public abstract LocalDate end();

  @Value.Check
  protected void check() {
    Dates.requireInRange(start(), "start");
    Dates.requireInRange(end(), "end");
  }

  /** Whether the period runs forwards: it ends on or after the day it starts. */
  public boolean isWellFormed() {
    return !end().isBefore(start());
  }

  /** Whether the day lies within the period, both ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  public static Period of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static class Builder extends ImmutablePeriod.Builder {}
}
