package org.cjoip.model.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome the plan states outside a priority-action section: Ayrshire lists its national
 * outcomes once for the whole plan, Clackmannanshire files national and local outcomes under
 * aims and areas for improvement. One that the framework does not recognise is a locally
 * determined outcome, which needs its own indicators and actions (s19).
 */
@Value.Immutable
public abstract class StatedOutcome {

  public abstract Optional<String> id();

  public abstract String text();

  /** As the plan labels it: national (true), local (false), or unlabelled (absent). */
  public abstract Optional<Boolean> national();

  /** The National Strategy aim (1–4) the plan files it under. */
  public abstract Optional<Integer> aim();

  /** The area for improvement or heading it sits under, for context. */
  public abstract Optional<String> area();

  /** Priority actions the plan itself names for this outcome. */
  public abstract List<Integer> priorityActions();

  public abstract List<String> indicators();

  public abstract List<Deliverable> deliverables();

  @Value.Check
  protected void check() {
    aim().ifPresent(
        a -> {
          if (a < 1 || a > 4) {
            throw new IllegalStateException("aim must be from 1 to 4: " + a);
          }
        });
    for (int pa : priorityActions()) {
      if (pa < PriorityActionResponse.FIRST || pa > PriorityActionResponse.LAST) {
        throw new IllegalStateException("priorityActions must be from 1 to 13: " + pa);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedOutcome}. */
  public static class Builder extends ImmutableStatedOutcome.Builder {}
}
