package org.cjoip.model.framework;

import org.immutables.value.Value;

/** One of the four national aims of the National Strategy for Community Justice (2022). */
@Value.Immutable
public abstract class Aim {

  /** The aim's number, 1 to 4. */
  public abstract int number();

  /** The aim as the strategy words it. */
  public abstract String text();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireRange(number(), 1, 4, "number");
    EditionChecks.requireText(text(), "text");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Aim}. */
  public static class Builder extends ImmutableAim.Builder {}
}
