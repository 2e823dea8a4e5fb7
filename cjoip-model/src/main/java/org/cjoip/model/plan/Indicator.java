package org.cjoip.model.plan;

import java.util.List;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.immutables.value.Value;

/**
 * An indicator the plan reports figures for: its baseline, its target and its results by
 * reporting year.
 */
@Value.Immutable
public abstract class Indicator {

  public abstract String name();

  public abstract Optional<Integer> priorityAction();

  /** Whether the plan presents it as a national indicator (measure); absent when unlabelled. */
  public abstract Optional<Boolean> national();

  public abstract Optional<Unit> unit();

  public abstract Optional<Figure> baseline();

  public abstract Optional<Target> target();

  /** Figures for other years, earlier ones too, in the plan's order. */
  public abstract List<Figure> results();

  /** Whether the plan presents this indicator as national. */
  public boolean isNational() {
    return national().orElse(false);
  }

  @Value.Check
  protected void check() {
    priorityAction()
        .ifPresent(
            pa -> {
              if (pa < PriorityActionResponse.FIRST || pa > PriorityActionResponse.LAST) {
                throw new IllegalStateException("priorityAction must be from 1 to 13: " + pa);
              }
            });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static class Builder extends ImmutableIndicator.Builder {}
}
