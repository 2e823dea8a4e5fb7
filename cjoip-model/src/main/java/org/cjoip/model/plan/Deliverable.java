package org.cjoip.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/**
 * One improvement action the plan commits to: what will be done, by whom, how its impact will
 * be judged and by when. Owners, measures and timescale keep the plan's wording ("TBC",
 * "Lifetime of COIP"); {@link #due()}, when given, wins over whatever the timescale says.
 */
@Value.Immutable
public abstract class Deliverable {

  /** The number the plan gives the action ("1.1", "10.3"), always as text. */
  public abstract Optional<String> id();

  public abstract String description();

  public abstract Optional<Priority> priority();

  /** Who is responsible, as the plan names them. */
  public abstract List<String> owners();

  /** How the plan says impact will be assessed. */
  public abstract List<String> impactMeasures();

  /** The timescale as written: a date, "Ongoing", "Lifetime of CJOIP", "TBC", … */
  public abstract Optional<String> timescale();

  /** An explicit due date; it overrides the timescale's reading. */
  public abstract Optional<LocalDate> due();

  public abstract Optional<Status> status();

  /** When the deliverable was completed; only with {@link Status#COMPLETE}. */
  public abstract Optional<LocalDate> completed();

  @Value.Check
  protected void check() {
    if (completed().isPresent() && status().orElse(null) != Status.COMPLETE) {
      throw new IllegalStateException("completed is allowed only when status is COMPLETE");
    }
    due().ifPresent(d -> Dates.requireInRange(d, "due"));
    completed().ifPresent(d -> Dates.requireInRange(d, "completed"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deliverable}. */
  public static class Builder extends ImmutableDeliverable.Builder {}
}
