package org.cjoip.model.framework;

import org.immutables.value.Value;

/**
 * One point of the Care Inspectorate's six-point scale for self-evaluation, from 6 Excellent to
 * 1 Unsatisfactory.
 */
@Value.Immutable
public abstract class ScalePoint {

  /** The point's value, 1 to 6. */
  public abstract int value();

  /** Its name ("Very good"). */
  public abstract String label();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireRange(value(), 1, 6, "value");
    EditionChecks.requireText(label(), "label");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScalePoint}. */
  public static class Builder extends ImmutableScalePoint.Builder {}
}
