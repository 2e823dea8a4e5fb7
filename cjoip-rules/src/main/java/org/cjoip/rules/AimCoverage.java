package org.cjoip.rules;

import java.util.List;
import org.immutables.value.Value;

/** How far the plan covers one aim of the National Strategy, across its priority actions. */
@Value.Immutable
public abstract class AimCoverage {

  public abstract int number();

  public abstract String text();

  /** The aim's priority actions, in order. */
  public abstract List<Integer> priorityActions();

  /** How many of them the plan addresses. */
  public abstract int addressed();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AimCoverage}. */
  public static class Builder extends ImmutableAimCoverage.Builder {}
}
