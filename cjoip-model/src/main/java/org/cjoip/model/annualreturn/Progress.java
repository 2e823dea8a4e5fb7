package org.cjoip.model.annualreturn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.time.Dates;
import org.immutables.value.Value;

/**
 * Progress in the reporting year on one deliverable of the plan: where it stands, when it was
 * completed, what was done, and a new due date with the reason for it.
 *
 * <p>{@link #id()} names the plan's deliverable: its id as the plan numbers it, or, for a
 * deliverable the plan gives no id, its place: {@code N#k} for the k-th deliverable (from 1) of
 * priority action N's section, {@code #k} for the k-th of a local outcome's. A deliverable the
 * plan numbers is named by its id only.
 */
@Value.Immutable
public abstract class Progress {

  /** The plan's id for the deliverable, or its place ({@code 1#2}, {@code #2}). */
  public abstract String id();

  public abstract Optional<ProgressStatus> status();

  /** When it was completed; only with {@link ProgressStatus#COMPLETE}. */
  public abstract Optional<LocalDate> completed();

  /** What was done in the year, in the return's words. */
  public abstract Optional<String> progress();

  /** A new due date; from this year on it replaces the plan's. */
  public abstract Optional<LocalDate> revisedDue();

  /** Why the due date was revised. */
  public abstract Optional<String> revisionReason();

  /** Whether the entry gives the deliverable a new due date. */
  public boolean isRevised() {
    return revisedDue().isPresent();
  }

  /** Whether the entry reports the deliverable complete. */
  public boolean isComplete() {
    return status().orElse(null) == ProgressStatus.COMPLETE;
  }

  /**
   * The deliverable of a priority action's section in the plan that this entry reports on:
   * the one with this entry's id, or, for {@code N#k} with N the section's number, its k-th
   * deliverable when the plan gives that one no id. Empty when the section has no such
   * deliverable.
   */
  public Optional<Deliverable> findIn(PriorityActionResponse section) {
    return find(section.deliverables(), Integer.toString(section.number()));
  }

  /**
   * The deliverable of a local outcome in the plan that this entry reports on: the one with
   * this entry's id, or, for {@code #k}, the outcome's k-th deliverable when the plan gives
   * that one no id. Empty when the outcome has no such deliverable.
   */
  public Optional<Deliverable> findIn(StatedOutcome outcome) {
    return find(outcome.deliverables(), "");
  }

  private Optional<Deliverable> find(List<Deliverable> deliverables, String prefix) {
    for (Deliverable d : deliverables) {
      if (d.id().filter(id()::equals).isPresent()) {
        return Optional.of(d);
      }
    }
    if (!id().startsWith(prefix + "#")) {
      return Optional.empty();
    }
    String k = id().substring(prefix.length() + 1);
    // Digits only, and few enough to be a place in a list: "1#02" names nothing.
    if (k.isEmpty() || k.length() > 9 || k.startsWith("0")
        || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int index = Integer.parseInt(k) - 1;
    return index < deliverables.size() && deliverables.get(index).id().isEmpty()
        ? Optional.of(deliverables.get(index))
        : Optional.empty();
  }

  /**
   * The id a return gives the deliverable at {@code index} (from 0) of a priority action's
   * section: the plan's id, or {@code N#k}.
   */
  public static String idOf(PriorityActionResponse section, int index) {
    return section.deliverables().get(index).id()
        .orElse(section.number() + "#" + (index + 1));
  }

  /**
   * The id a return gives the deliverable at {@code index} (from 0) of a local outcome: the
   * plan's id, or {@code #k}.
   */
  public static String idOf(StatedOutcome outcome, int index) {
    return outcome.deliverables().get(index).id().orElse("#" + (index + 1));
  }

  @Value.Check
  protected void check() {
    if (completed().isPresent() && !isComplete()) {
      throw new IllegalStateException("completed is allowed only when status is COMPLETE");
    }
    completed().ifPresent(d -> Dates.requireInRange(d, "completed"));
    revisedDue().ifPresent(d -> Dates.requireInRange(d, "revisedDue"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Progress}. */
  public static class Builder extends ImmutableProgress.Builder {}
}
